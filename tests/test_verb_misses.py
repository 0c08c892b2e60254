"""Events on the verb that a careful coder codes and the coder missed (session 22's hand-judged
sample of the places bench's "no event on the verb" lines, grouped by general cause):

- a reduced relative participle with its own "by" phrase acts on the noun it modifies
  (events/unnamed.py `agented_participle_patient`); one of coercion (CAMEO 17) with its own doer is
  reported, not background (events/clauses.py `reports_on_a_noun`);
- a gerund coordinated with a preposition's object names an act as the object does ("died in
  fighting and [shelling] by X", events/force_acts.py `act_gerund`, syntax.py `coordinated_object`);
- a verb joined by "then" alone, which the parser leaves loose, has the clause's subject
  (syntax.py `sequel_verb`);
- words: "locals", "inhabitants" (CVL), "fundamentalists" (RAD, as Phoenix), "fend off" an
  attack (190, as "repel"), a "chunk", "swathe" or "much" of a place captured (events.yaml
  group_nouns).

Sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import coded


def on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cameo, source, target, modality) of the events on one trigger word."""
    return [(c, s, t, m) for trig, c, s, t, m in coded(code, text) if trig.lower() == trigger]


def test_a_participle_with_a_by_phrase_acts_on_its_noun(code):
    assert on(code, "A soldier killed by Taliban fighters was buried in Kabul on Friday.", "killed")[0][2] is not None
    assert on(code, "Iraqi troops attacked by militants near Mosul returned fire.", "attacked") == [
        ("190", "IRQREB", "IRQMIL", "actual")
    ]
    assert on(code, "Villagers attacked by Boko Haram fled to Maiduguri.", "attacked") == [
        ("190", "NGAREB", "NGACVL", "actual")
    ]
    # the journalists were kidnapped, not Yemen
    assert on(code, "Two journalists kidnapped by gunmen in Yemen were freed on Sunday.", "kidnapped") == [
        ("181", "UAF", "YEMMED", "actual")
    ]


def test_a_participle_of_arrest_with_its_doer_is_reported(code):
    assert on(code, "The protesters arrested by police in Cairo were released on Monday.", "arrested") == [
        ("173", "EGYCOP", "EGYCVL", "actual")
    ]
    assert on(code, "Four U.S. soldiers captured by Iranians have been identified by family members.", "captured") == [
        ("173", "IRN", "USAMIL", "actual")
    ]
    # with no doer of its own it only says who the noun is: no event
    assert on(code, "The protesters arrested in Cairo last year were released on Monday.", "arrested") == []
    # a participle of another kind stays background
    assert on(code, "The laws passed by the Russian parliament ban street protests.", "passed") == []


def test_a_gerund_coordinated_under_a_preposition_takes_its_by_phrase(code):
    assert on(code, "Ten civilians died in fighting and shelling by Syrian government forces.", "died") == [
        ("194", "SYRMIL", "SYRCVL", "actual")
    ]
    assert on(code, "Five Afghan police officers died in fighting and shooting by Taliban insurgents.", "died") == [
        ("193", "AFGGOV", "AFGCOP", "actual")
    ]
    # with no "by" phrase the doer is unnamed, never the victims
    assert on(code, "Ten Syrian civilians died in fighting and shelling.", "died") == [
        ("194", None, "SYRCVL", "actual")
    ]


def test_a_verb_joined_by_then_has_the_clauses_subject(code):
    assert on(code, "Rebels seized the town, then attacked an army base nearby.", "attacked") == [
        ("190", "REB", "MIL", "actual")
    ]
    assert on(code, "Police surrounded the protesters in Harare, then arrested twenty of them.", "arrested") == [
        ("173", "ZWECOP", "ZWECVL", "actual")
    ]
    # a verb with its own subject keeps it
    assert on(code, "Rebels seized the town, then the army attacked it.", "attacked")[0][1] == "MIL"


def test_locals_and_fundamentalists_are_actors(code):
    assert on(code, "An Islamic State commander was killed by locals in Mosul.", "killed")[0][1] == "IRQCVL"
    assert on(code, "Inhabitants of the town protested against the Nigerian army.", "protested") == [
        ("141", "NGACVL", "NGAMIL", "actual")
    ]
    assert on(code, "Moslem fundamentalists stepped up their attacks on the Algerian government.", "attacks") == [
        ("190", "RAD", "DZAGOV", "actual")
    ]
    # the adjective is no actor: "local officials" are officials
    assert on(code, "Local officials in Kenya said the police killed three men.", "killed") == [
        ("190", "KENCOP", "KENCVL", "actual")
    ]


def test_fending_off_an_attack_is_fighting(code):
    assert on(code, "Kurdish fighters fended off an assault by Islamic State militants on Kobani.", "fended") == [
        ("190", "SYRREB", "IMGISI", "actual")
    ]
    # questions and challenges fended off are no act of force
    assert coded(code, "The minister fended off questions about the budget.") == []
    assert coded(code, "The president fended off a challenge from his party.") == []


def test_a_large_part_of_a_place_captured(code):
    assert on(code, "The Syrian Arab Army recaptured a large chunk of the Al-Manishiyah District.", "recaptured") == [
        ("192", "SYRMIL", None, "actual")
    ]
    assert on(code, "The Iraqi army recaptured much of the city of Mosul.", "recaptured") == [
        ("192", "IRQMIL", "IRQ", "actual")
    ]
