"""An event noun one takes part in ("took part in a rally on Saturday", "joined in the protests on
Monday") is the verb's argument, like a light verb's object ("joined a rally on Saturday"), and takes
its date (when/attach.py `_partaking`, dates.yaml partaking_*). Invented sentences beside negatives:
"took" without "part" is no taking part, and an event noun's own clause keeps it apart.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Wednesday 10 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Thousands of farmers took part in a rally in Accra on Sunday.", "rally", ("2021-03-07", "Sunday")),
        ("Thousands of farmers took part on Sunday in a rally in Accra.", "rally", ("2021-03-07", "Sunday")),
        ("Students joined in the protests outside the ministry on Wednesday.", "protests",
         ("2021-03-10", "Wednesday")),
    ],
)
def test_event_taken_part_in_takes_the_verbs_date(nlp, text, noun, expected):
    assert when_in(nlp, text, noun) == expected


@pytest.mark.parametrize(
    "text, noun",
    [
        # "took" with no "part": the noun is no event taken part in
        ("The rebels took the town in the offensive on Monday.", "offensive"),
        # the event noun named in a relative clause of its own: not the verb's
        ("Thousands of farmers who took part on Sunday said they would return for the strike.", "strike"),
    ],
)
def test_no_taking_part_gives_no_date(nlp, text, noun):
    assert when_in(nlp, text, noun) == UNDATED


def test_coded_rally_taken_part_in_has_the_verbs_day(code):
    c = code("Thousands of Sudanese took part in a rally against the government in Khartoum on Sunday.", "2021-03-12")
    rallies = [e for e in c.events if e.trigger == "rally"]
    assert rallies and all((e.date, e.date_text) == ("2021-03-07", "Sunday") for e in rallies)
