"""Which verb carries one act, and who did a participle's or a misparsed verb's act (issue 14).
All sentences are invented.

- two passives of harm, each with its own auxiliary, that share one act noun ("fifty were killed
  and 266 were injured in the attack") code the act on the first, as the gapped form does; a
  first passive with a setting of its own ("three were killed in Kabul and two were injured in an
  attack in Kandahar") is another act (events/force_acts.py);
- a comma-set participle of harm at the end of the sentence that the parser hung on a subordinate
  clause ("stormed X as residents were preparing ..., killing 39") is the main clause's: its doer
  is the main clause's subject; not a participle that is no verb of harm ("as protesters marched,
  chanting slogans") or one with no comma (where/heads.py final_participle_main);
- a noun phrase headed by an adjective of allegiance ("youths loyal to X") that the parser cut
  off from the finite verb after it is that verb's subject (events/clauses.py allegiant_subject);
- a quantity noun ("dozens of attackers") carries its doers: an unnamed attacker still acts.
"""

from __future__ import annotations

from .handdoc import events as hand_events
from .handdoc import parse
from .violence_checks import events, scode, tcode


def _on(evs, word: str):
    return [e for e in evs if e.trigger == word]


# 1. which verb carries one act


def test_two_passives_of_harm_code_their_shared_act_on_the_first(code):
    evs = events(code, "Fifty people were killed and 266 were injured in the attack on a market in Baghdad.")
    assert [e.cameo_root for e in _on(evs, "killed")] == ["19"]
    assert not _on(evs, "injured") and not _on(evs, "attack")


def test_two_passives_under_a_verb_of_saying_too(code):
    evs = events(code, "The governor said 12 soldiers were killed and 30 were wounded in the bombing in Kano.")
    assert _on(evs, "killed") and not _on(evs, "wounded")


def test_two_settings_are_two_acts(code):
    evs = events(code, "Three people were killed in Kabul and two were injured in an attack in Kandahar.")
    # the attack is the second passive's; the first is not left to it
    assert [e.cameo_root for e in _on(evs, "injured")] == ["19"]


# 2. a sentence-final participle of harm after a subordinate clause


def test_a_final_participle_of_harm_is_the_main_clauses(code):
    evs = events(
        code, "Gunmen stormed a village in Nigeria as residents were preparing for prayers, killing 39 people."
    )
    killing = _on(evs, "killing")
    assert [scode(e) for e in killing] == ["UAF"]
    assert [tcode(e) for e in killing] == ["NGACVL"]


def test_a_final_participle_of_no_harm_stays_in_its_clause(code):
    evs = events(code, "Police dispersed the crowd as protesters marched through the city, chanting slogans.")
    assert [scode(e) for e in _on(evs, "chanting")] == ["CVL"]


_PARTICIPLE = """
Gunmen gunman NOUN:NNS nsubj 1
stormed storm VERB:VBD ROOT 1
the the DET:DT det 3
village village NOUN:NN dobj 1
as as SCONJ:IN mark 7
residents resident NOUN:NNS nsubj 7
were be AUX:VBD aux 7
fleeing flee VERB:VBG advcl 1
{comma}
{verb} {lemma} VERB:VBG advcl 7
39 39 NUM:CD nummod 11 B-CARDINAL
people people NOUN:NNS dobj 9
. . PUNCT:. punct 1
"""


def _table(comma: bool, verb: str, lemma: str) -> str:
    rows = _PARTICIPLE.format(comma=", , PUNCT:, punct 7" if comma else "", verb=verb, lemma=lemma)
    if not comma:  # one row fewer: shift the heads after the comma's place
        rows = rows.replace("nummod 11", "nummod 10").replace("dobj 9", "dobj 8")
    return "\n".join(r for r in rows.splitlines() if r.strip())


def test_final_participle_main_needs_harm_and_a_comma(nlp):
    from newsgraph.coding.where.heads import final_participle_main

    doc = parse(nlp, _table(True, "killing", "kill"))
    assert final_participle_main(doc[9]).text == "stormed"
    doc = parse(nlp, _table(True, "shouting", "shout"))
    assert final_participle_main(doc[9]) is None  # no verb of harm
    doc = parse(nlp, _table(False, "killing", "kill"))
    assert final_participle_main(doc[8]) is None  # no comma: inside the subordinate clause


# 3. "youths loyal to X [killed]": the misparsed subject

_LOYAL = """
Witnesses witness NOUN:NNS nsubj 1
said say VERB:VBD ROOT 1
armed armed ADJ:JJ amod 3
youths youth NOUN:NNS npadvmod 4
{adj} {adj} ADJ:JJ ccomp 1
to to ADP:IN prep 4
the the DET:DT det 8
Congolese Congolese ADJ:JJ amod 8 B-NORP
army army NOUN:NN pobj 5
killed kill VERB:VBD ccomp 1
seven seven NUM:CD nummod 11 B-CARDINAL
people people NOUN:NNS dobj 9
in in ADP:IN prep 9
Goma Goma PROPN:NNP pobj 12 B-GPE
. . PUNCT:. punct 1
"""


def test_a_phrase_of_allegiance_before_a_verb_is_its_subject(nlp):
    from newsgraph.coding.events.clauses import allegiant_subject

    doc = parse(nlp, _LOYAL.format(adj="loyal"))
    assert allegiant_subject(doc[9]).text == "youths"
    assert [(c, s) for c, s, _, _ in hand_events(doc) if c == "190"][:1] == [("190", "CODUAF")]


def test_an_adjective_of_no_allegiance_gives_no_subject(nlp):
    from newsgraph.coding.events.clauses import allegiant_subject

    doc = parse(nlp, _LOYAL.format(adj="angry"))
    assert allegiant_subject(doc[9]) is None


def test_a_verb_with_a_subject_keeps_it(code):
    evs = events(code, "Fighters loyal to the rebel commander said soldiers killed seven people in Goma.")
    assert all(scode(e) != "UAF" for e in _on(evs, "killed"))


# a quantity noun carries its doers


def test_dozens_of_attackers_are_unnamed_attackers(code):
    evs = events(code, "Dozens of attackers killed five civilians in Kano on Monday.")
    assert [(scode(e), tcode(e)) for e in _on(evs, "killed")] == [(None, "NGACVL")]


def test_dozens_of_residents_are_no_attackers(code):
    evs = events(code, "Dozens of residents killed five civilians in Kano on Monday.")
    assert all(scode(e) is not None for e in _on(evs, "killed"))
