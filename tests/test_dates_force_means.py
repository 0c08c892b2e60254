"""An act of force told by the means it used ("police used tear gas") tells again the article's
earlier act of force, as a verb of force does (session 17). Invented texts, each beside negatives:
a means that is no force, a day named in between, "force" spoken of in general.

Publication date of every text: Friday 12 March 2021 (Monday 8, Wednesday 10 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in

LEAD = "On Monday, police fired live rounds at protesters in the capital, wounding two students.\n\n"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (LEAD + "In the north of the country, officers used tear gas against a crowd of farmers.", "used"),
        (LEAD + "Near the university, riot police used water cannon and rubber bullets against students.", "used"),
        (LEAD + "Soldiers deployed stun grenades against demonstrators outside the parliament.", "deployed"),
    ],
)
def test_a_means_of_force_tells_again_the_earlier_act_of_force(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == ("2021-03-08", "Monday")


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a means that is no force: no act of force told again
        (LEAD + "In the north of the country, officers used loudspeakers against a crowd of farmers.", "used"),
        # a day named in between: the story has moved on
        (LEAD + "The president met union leaders on Wednesday.\n\nOfficers used tear gas against farmers.", "used"),
        # no earlier act of force in the article
        ("The president met union leaders.\n\nOfficers used tear gas against farmers.", "used"),
    ],
)
def test_what_a_means_of_force_does_not_take(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


def test_force_in_general_is_no_act_told_between(nlp):
    # "have used force before" speaks of force in general: the act of force after it still tells
    # again Monday's shooting
    text = LEAD + "Police have used force against protesters before.\n\nAn officer shot a student in the leg."
    assert when_in(nlp, text, "shot") == ("2021-03-08", "Monday")
