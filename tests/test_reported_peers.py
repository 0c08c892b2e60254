"""In a reported clause, "her colleagues" owned by the speaker's own possessive are others of
the speaker's body, as "my colleagues" are in a quotation (events.yaml quoted_peers,
reported_evaluations.ReportedSpeakers.mark_peers): the speaker can criticise them. Invented
sentences, with the look-alikes: another's colleagues, no evaluation, the speaker's own party,
a third person's colleagues inside a quotation."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "111", "112")]


def test_her_colleagues_in_a_reported_clause_are_the_speakers_body(code):
    got = _evals(code, "Regina Ip, a Hong Kong lawmaker, said the behaviour of her colleagues was disgraceful.")
    assert got == [("111", "HKGLEG", "HKG")]
    got = [(c, s, t) for _, c, s, t, _ in coded(code, "The Chilean senator said his colleagues had behaved irresponsibly.")]
    assert got == [("111", "CHLLEG", "CHLLEG")]


def test_no_evaluation_or_the_speakers_own_party_is_none(code):
    assert _evals(code, "The Chilean senator said his colleagues had worked hard.") == []
    assert _evals(code, "The Chilean senator said his party had made the right decision.") == []


def test_another_ones_colleagues_are_not_the_speakers(code):
    got = [(c, s, t) for _, c, s, t, _ in coded(code, "The Chilean senator said the minister's colleagues had behaved irresponsibly.")]
    assert got == [("111", "CHLLEG", "CHLGOV")]  # the minister's side, not the senator's
    assert _evals(code, '"Her colleagues behaved disgracefully," the Chilean senator said.') == []
