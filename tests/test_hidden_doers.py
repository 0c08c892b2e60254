"""Doers of acts of force the coder missed (issue 14): a subject the parser hung on a fronted
phrase before the verb ("According to X, [the army and its allies] stormed Y"), armed groups the
KB lacked (SPLA, RCD, ...), a national warship as its country's military. Each beside a negative.
All sentences are invented; the misparses are built by hand (tests/handdoc.py)."""

from __future__ import annotations

from tests.handdoc import parse

from .violence_checks import events, of, scode

# "According to reports from Homs, the Syrian army and its allies stormed the village."
# as the model parses it: the subject a conjunct of the fronted phrase's "Homs"
FRONTED_LIST = """
According according VERB:VBG prep 12
to to ADP prep 0
reports report NOUN:NNS pobj 1
from from ADP prep 2
Homs Homs PROPN pobj 3 B-GPE
, , PUNCT punct 4
the the DET det 8
Syrian syrian ADJ:JJ amod 8 B-NORP
army army NOUN conj 4
and and CCONJ cc 8
its its PRON:PRP$ poss 11
allies ally NOUN:NNS conj 8
stormed storm VERB:VBD ROOT 12
the the DET det 14
village village NOUN dobj 12
. . PUNCT punct 12
"""

# the same with no comma: the words before the verb are the fronted phrase's own list
NO_COMMA = """
According according VERB:VBG prep 9
to to ADP prep 0
reports report NOUN:NNS pobj 1
from from ADP prep 2
Homs Homs PROPN pobj 3 B-GPE
and and CCONJ cc 4
the the DET det 8
Syrian syrian ADJ:JJ amod 8 B-NORP
army army NOUN conj 4
stormed storm VERB:VBD ROOT 9
the the DET det 11
village village NOUN dobj 9
. . PUNCT punct 9
"""

# "Led by a colonel, the Syrian army (SAA) stormed the village.": an apposition of the fronted
# phrase's noun, its abbreviation in brackets
FRONTED_APPOS = """
Led lead VERB:VBN advcl 11
by by ADP agent 0
a a DET det 3
colonel colonel NOUN pobj 1
, , PUNCT punct 3
the the DET det 7
Syrian syrian ADJ:JJ amod 7 B-NORP
army army NOUN appos 3
( ( PUNCT punct 7
SAA SAA PROPN appos 7 B-ORG
) ) PUNCT punct 7
stormed storm VERB:VBD ROOT 11
the the DET det 13
village village NOUN dobj 11
. . PUNCT punct 11
"""

# the same verb as a participle: no finite verb, no subject to look for
PARTICIPLE = """
Led lead VERB:VBN advcl 8
by by ADP agent 0
a a DET det 3
colonel colonel NOUN pobj 1
, , PUNCT punct 3
the the DET det 7
Syrian syrian ADJ:JJ amod 7 B-NORP
army army NOUN appos 3
storming storm VERB:VBG ROOT 8
the the DET det 10
village village NOUN dobj 8
. . PUNCT punct 8
"""


def _subject_codes(nlp, table: str, verb: str):
    doc = parse(nlp, table)
    who = nlp.get_pipe("newsgraph_events").who
    tok = next(t for t in doc if t.text == verb)
    return [a.code for a in who.subject(tok).actors]


def test_a_subject_hung_on_a_fronted_phrase_is_the_doer(nlp):
    assert _subject_codes(nlp, FRONTED_LIST, "stormed") == ["SYRMIL"]


def test_a_fronted_phrases_own_list_is_no_subject(nlp):
    assert _subject_codes(nlp, NO_COMMA, "stormed") == []


def test_an_apposition_of_a_fronted_phrase_before_the_verb_is_the_doer(nlp):
    assert _subject_codes(nlp, FRONTED_APPOS, "stormed") == ["SYRMIL"]


def test_a_participle_takes_no_stranded_subject(nlp):
    assert _subject_codes(nlp, PARTICIPLE, "storming") == []


# -- armed groups the KB now knows --------------------------------------------------------------
def test_the_spla_captured_towns(code):
    evs = of(events(code, "In recent weeks, the SPLA has captured a series of towns near Juba."), "19")
    assert evs and scode(evs[0]) == "SSDMIL"


def test_the_rcd_captured_towns_from_a_rival_faction(code):
    evs = of(events(code, "The RCD has captured a number of towns in eastern Congo from the RCD-ML."), "19")
    assert evs and scode(evs[0]) == "CODREB"


def test_an_unknown_acronym_captures_nothing(code):
    assert not of(events(code, "The XQZ has captured a number of towns in eastern Congo."), "19")


# -- a national warship -------------------------------------------------------------------------
def test_a_countrys_warship_is_its_military(code):
    evs = of(events(code, "Last weekend a Canadian warship captured two pirates off Somalia."), "17")
    assert evs and scode(evs[0]) == "CANMIL"


def test_a_countrys_cargo_ship_is_no_military(code):
    evs = events(code, "Last weekend a Canadian cargo ship carried two pirates to Mombasa.")
    assert not any((scode(e) or "").endswith("MIL") for e in evs)


# -- "<country>-led" ------------------------------------------------------------------------------
def test_raids_a_country_led_are_its_militarys(code):
    evs = of(events(code, "U.S.-led raids captured 33 suspects overnight across Iraq."), "17")
    assert evs and scode(evs[0]) == "USAMIL"


def test_rebels_a_country_backed_are_not_its_own(code):
    evs = of(events(code, "Turkish-backed rebels attacked a village near Afrin on Monday."), "19")
    assert evs and not (scode(evs[0]) or "").startswith("TUR")


# -- a subject the parser gave to a participle before the verb -----------------------------------
# "Gunmen suspected to be members of Boko Haram attacked the village.", "suspected" made a clause
# of its own with "Gunmen" its subject
SUSPECTED = """
Gunmen gunman NOUN:NNS nsubj 1
suspected suspect VERB:VBD advcl 8
to to PART aux 3
be be AUX:VB xcomp 1
members member NOUN:NNS attr 3
of of ADP prep 4
Boko Boko PROPN compound 7 B-ORG
Haram Haram PROPN pobj 5 I-ORG
attacked attack VERB:VBD ROOT 8
the the DET det 10
village village NOUN dobj 8
. . PUNCT punct 8
"""

# "Villagers fleeing, soldiers attacked the town.": the verb has its own subject
ABSOLUTE = """
Villagers villager NOUN:NNS nsubj 1
fleeing flee VERB:VBG advcl 4
, , PUNCT punct 4
soldiers soldier NOUN:NNS nsubj 4
attacked attack VERB:VBD ROOT 4
the the DET det 6
town town NOUN dobj 4
. . PUNCT punct 4
"""


def _doer(nlp, table: str, verb: str):
    doc = parse(nlp, table)
    who = nlp.get_pipe("newsgraph_events").who
    s = who.subject(next(t for t in doc if t.text == verb))
    return s.doer.text if s.doer is not None else None, [a.code for a in s.actors]


def test_gunmen_suspected_to_be_members_of_a_group_are_that_group(nlp):
    assert _doer(nlp, SUSPECTED, "attacked") == ("Gunmen", ["NGAREB"])


def test_a_verb_with_its_own_subject_keeps_it(nlp):
    assert _doer(nlp, ABSOLUTE, "attacked")[0] == "soldiers"


# -- agencies as the New York Times writes them ------------------------------------------------
def test_the_dotted_fbi_is_the_fbi(code):
    evs = of(events(code, "Its headquarters in Chicago were raided in April by the F.B.I. in a fraud inquiry."), "19")
    assert evs and scode(evs[0]) == "USACOP"


def test_an_unknown_dotted_name_is_no_agency(code):
    evs = of(events(code, "Its headquarters in Chicago were raided in April by the Q.X.Z. in a fraud inquiry."), "19")
    assert not any(scode(e) == "USACOP" for e in evs)
