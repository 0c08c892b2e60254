"""A negated attitude is another attitude, not a comment left unmade (modality.yaml
negated_attitudes, events/attitudes.py). Invented sentences: the negated adjective codes nothing,
the plain one its comment, and negated verbs and readiness keep their readings."""

from __future__ import annotations

from tests.event_rows import coded


def test_a_negated_attitude_codes_nothing(code):
    assert coded(code, "Officials in Lima said they are not concerned about the dam.") == []
    assert coded(code, "The Peruvian minister said he was not optimistic about the talks with Chile.") == []
    assert coded(code, "Peru is not worried about Chile's missile tests.") == []


def test_the_plain_attitude_is_a_comment(code):
    got = coded(code, "Officials in Lima said they are concerned about the dam.")
    assert [(c, m) for _, c, _, _, m in got] == [("012", "actual")]
    got = coded(code, "The Peruvian minister said he was optimistic about the talks with Chile.")
    assert [(c, m) for _, c, _, _, m in got] == [("013", "actual")]


def test_negated_acts_and_readiness_stay(code):
    assert ("criticize", "111", "PER", "CHL", "negated") in coded(code, "Peru did not criticize Chile.")
    got = coded(code, "Peru is not willing to negotiate with Chile.")
    assert ("willing", "036", "PER", "CHL", "negated") in got
