"""Words that describe or generalise are no events (GUIDELINE.md: events that happened, are
planned, negated or hypothetical; not lasting states, not descriptions): a participle that only
says which people a generic noun means ("anyone entering the country"), a habit ("ministers
usually visit"), and a body's own session with no partner ("the cabinet met on Tuesday"), which
CAMEO 04 does not count as a consultation (events/generic.py). Invented sentences, each beside a
negative; hand-built parses where the model's attachment is fragile (tests/handdoc.py)."""

from __future__ import annotations

import pytest

from newsgraph.coding.nlp import get_pipeline
from tests.handdoc import events, parse


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _codes(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code")) for e in nlp(text)._.events]


def _visits(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [c for c in _codes(nlp, text) if c[0].startswith("04")]


# -- 1. a participle that says which people a generic noun means --------------------------
# "The law would allow Kenyans living in or visiting Uganda to be extradited.", parsed (as the
# model does) with the participle a clause under "allow" and the people its subject
_ALLOW = """
The the DET:DT det 1
law law NOUN:NN nsubj 3
{aux} {aux_lemma} {aux_pos} aux 3
{allow} allow VERB:{tag} ROOT 3
{subj} {subj_lemma} {subj_pos} nsubj 5
living live VERB:VBG ccomp 3
in in ADP:IN prep 5
or or CCONJ:CC cc 5
visiting visit VERB:VBG conj 5
Uganda Uganda PROPN:NNP dobj 8 B-GPE
to to PART:TO aux 13
be be AUX:VB auxpass 13
extradited extradite VERB:VBN ccomp 3
. . PUNCT:. punct 3
"""


def test_people_visiting_in_a_possible_law_is_no_visit(nlp) -> None:
    doc = parse(
        nlp,
        _ALLOW.format(
            aux="would",
            aux_lemma="would",
            aux_pos="AUX:MD",
            allow="allow",
            tag="VB",
            subj="Kenyans",
            subj_lemma="Kenyan",
            subj_pos="PROPN:NNPS",
        ),
    )
    assert not [e for e in events(doc) if e[0] == "042"]


def test_ministers_visiting_under_a_plain_verb_still_visit(nlp) -> None:
    """Negative: "the law allowed ministers living in or visiting Uganda ..." (no modal) keeps the
    participle's own act: bare plurals in a past clause may be particular people."""
    doc = parse(
        nlp,
        _ALLOW.replace("{aux} {aux_lemma} {aux_pos} aux 3\n", "Kenyan kenyan ADJ:JJ amod 4 B-NORP\n").format(
            allow="allowed", tag="VBD", subj="ministers", subj_lemma="minister", subj_pos="NOUN:NNS"
        ),
    )
    assert [e for e in events(doc) if e[0] == "042"]


def test_anyone_entering_is_no_act_but_a_named_visitor_is(nlp) -> None:
    assert not _visits(nlp, "Anyone visiting Egypt must register with the police.")
    assert ("042", "FRAGOV", "RUSGOV") in _visits(
        nlp, "The French foreign minister, visiting Moscow, criticised Russia."
    )


def test_a_bare_plural_visiting_under_a_rule_is_no_visit(nlp) -> None:
    assert not _visits(nlp, "Foreigners visiting Egypt need a visa.")
    # negative: particular people, numbered, keep their visit
    assert any(c[0] == "042" for c in _visits(nlp, "Two Kenyan ministers visiting Uganda were arrested on Monday."))


def test_people_visiting_are_who_was_arrested_not_a_visit(nlp) -> None:
    codes = _codes(nlp, "Kenyans visiting Uganda were arrested on Monday.")
    assert not [c for c in codes if c[0] == "042"]
    assert [c for c in codes if c[0] == "173"]  # the arrest is the event


def test_people_protesting_where_police_fired_is_a_protest(nlp) -> None:
    """Negative: a participle of an act on a bare plural in a past clause reports that act."""
    codes = _codes(nlp, "Kenyan police fired on people protesting against the curfew in Nairobi.")
    assert [c for c in codes if c[0].startswith("14")]


# -- 2. habits ------------------------------------------------------------------------------
def test_a_habit_is_no_meeting(nlp) -> None:
    assert not _visits(nlp, "Iraqi ministers normally meet Iranian officials twice a year.")
    assert _visits(nlp, "Iraqi ministers met Iranian officials on Monday.")


# -- 3. a body's own session ---------------------------------------------------------------
def test_a_cabinet_meeting_alone_is_no_consultation(nlp) -> None:
    assert not _visits(nlp, "The Iraqi cabinet met on Tuesday.")
    assert not _visits(nlp, "The Kenyan parliament would meet briefly in early September.")


def test_a_cabinet_meeting_with_a_partner_is_one(nlp) -> None:
    assert ("040", "IRQGOV", "IRNGOV") in _visits(nlp, "The Iraqi cabinet met with Iranian officials on Tuesday.")
    assert ("040", "IRQGOV", "IRNGOV") in _visits(nlp, "The Iraqi prime minister met Iranian officials on Tuesday.")


def test_a_scheduled_session_and_its_agenda_are_no_consultation(nlp) -> None:
    """A to-infinitive's subject is the verb's it completes; "discuss" and "debate" take a topic as
    object, not a partner."""
    assert not _codes(nlp, "The Kenyan senate was set to meet on Wednesday.")
    assert not _codes(nlp, "The Kenyan senate was to meet Monday to discuss the governor's confirmation.")
    assert not _codes(nlp, "The Iraqi parliament will debate the budget on Sunday.")


def test_a_scheduled_meeting_or_talk_with_a_partner_is_one(nlp) -> None:
    """Negatives: a partner as object or in a with-phrase; a person's talks, not a body's session."""
    assert ("036", "KENGOV", "UGAGOV") in _codes(nlp, "The Kenyan president was set to meet Ugandan officials.")
    assert ("036", "IRQLEG", "IRNGOV") in _codes(nlp, "The Iraqi parliament will discuss the budget with Iranian officials.")
    assert _visits(nlp, "The Iraqi prime minister discussed the budget with Iranian officials on Sunday.")


def test_a_body_announcing_its_own_session_is_no_consultation(nlp) -> None:
    """A reported clause's "it" is the body that reports ("the senate said [it] would meet"); with a
    partner it is still a planned meeting; "it" under a person is left as it was."""
    assert not _codes(nlp, "The Kenyan senate announced it would meet on Monday.")
    assert ("036", "KENLEG", "UGAGOV") in _codes(nlp, "The Kenyan senate said it would meet the Ugandan president.")
    assert ("036", "KENLEG", "UGAGOV") in _codes(
        nlp, "The Kenyan senate announced it would meet with the Ugandan delegation on Monday."
    )


def test_leaders_meeting_for_a_summit_are_left_as_they_are(nlp) -> None:
    """Negative: a plural of leaders is several parties (meetings.py codes a summit); with no one
    named whom they met, the summit is no dyad and not coded (events/partnerless.py)."""
    assert _visits(nlp, "Leaders of the African Union met Chinese officials in Niamey for a summit.")
    assert not _visits(nlp, "Leaders of the African Union met in Niamey for a summit.")


def test_each_time_in_the_simple_present_is_no_act(nlp) -> None:
    """ "when"/"whenever" with both clauses in the simple present says what happens each time."""
    assert not _codes(nlp, "Those who remain silent when Gaza is attacked by Israel cannot lecture us.")
    assert not _codes(nlp, "Russia protests whenever NATO holds exercises near its border.")


def test_a_past_when_clause_reports(nlp) -> None:
    """Negative: the same pair in the past reports both acts; a progressive main clause too."""
    roots = {c[0][:2] for c in _codes(nlp, "Russia protested when NATO held exercises near its border.")}
    assert {"14", "15"} <= roots
    assert [
        c for c in _codes(nlp, "Iran says Israel is lying when it accuses Tehran of arming Hezbollah.") if c[0] == "112"
    ]


def _moods(nlp, text: str) -> dict[str, str]:
    return {e.trigger: e.modality for e in nlp(text)._.events}


def test_a_present_time_clause_under_a_future_is_planned(nlp) -> None:
    assert _moods(nlp, "Putin will meet Xi when he visits Beijing next week.").get("visits") == "planned"
    # negative: the same clause under a past main clause happened
    assert _moods(nlp, "Putin met Xi when he visited Beijing last week.").get("visited") == "actual"
