"""Which verbs' mood a coordinated act shares (events/syntax.py governors, events/mood.py): a
clause joined by "and"/"but" with its own subject and tense is a clause of its own ("X is not
illegal, but Y [was sentenced]"); a past tense after an infinitive is joined to the finite verb
above it ("planned to hold a funeral and [asked] for donations"), not to the plan; and the
meaning of the verb an act is joined to ("planned a rally and [asked]") is no mood of it, its
auxiliaries are ("will meet and [discuss]"). Invented sentences, each with the coordination that
does share the mood."""

from __future__ import annotations

from tests.event_rows import coded


def _mood(code, text: str, trigger: str) -> list[str]:
    return [m for t, _, _, _, m in coded(code, text) if t.lower() == trigger]


def test_a_past_after_an_infinitive_is_not_planned(code):
    text = "Kenya's president said he planned to hold a state funeral and asked for aid from Japan."
    assert _mood(code, text, "asked") == ["actual"]
    assert _mood(code, text, "hold") == ["planned"]


def test_a_second_infinitive_shares_the_plan(code):
    text = "The French ministers planned to meet in Paris and to sign the treaty with Germany."
    assert _mood(code, text, "sign") == ["planned"]


def test_a_but_clause_with_its_own_subject_keeps_its_own_mood(code):
    text = "Kenyan police did not arrest the men, but the men were detained by Kenyan soldiers."
    assert _mood(code, text, "detained") == ["actual"]
    assert _mood(code, text, "arrest") == ["negated"]


def test_a_passive_clause_of_its_own_after_a_negated_one_is_actual(code):
    text = "In Kenya, protest is not illegal, but last year a Kenyan activist was sentenced to ten years in prison."
    assert _mood(code, text, "sentenced") == ["actual"]


def test_a_shared_subject_shares_the_negation(code):
    text = "Kenyan police did not arrest the men or detain them."
    assert set(_mood(code, text, "detain")) <= {"negated"}


def test_a_verb_joined_to_a_plan_is_not_planned(code):
    # the first verb's meaning ("planned", "refused") is no mood of the verb joined to it
    assert _mood(code, "Kenyan rebels planned a rally and asked Uganda for aid.", "asked") == ["actual"]
    assert _mood(code, "Kenya refused and condemned the Ugandan proposal.", "condemned") == ["actual"]


def test_a_verb_joined_to_one_with_will_shares_the_will(code):
    assert set(_mood(code, "Russia will meet Japan and discuss the treaty.", "meet")) == {"planned"}


def test_a_clause_before_a_semicolon_takes_no_mood_from_the_one_after(code):
    # a semicolon joins clauses that each stand alone: "can seek" is not the arrest's mood
    text = "Kenyan police arrested the suspect on Monday; the prosecution can seek to extend his detention."
    assert _mood(code, text, "arrested") == ["actual"]


def test_a_noun_takes_the_mood_of_the_verbs_above_its_verb(code):
    # "would seek to extradite him to face charges": the charges are sought, not brought
    text = "Kenya would seek to extradite the Ugandan gunman to face charges in Kenya."
    assert _mood(code, text, "charges") == ["hypothetical"]
    assert _mood(code, "The Ugandan gunman faces charges in Kenya.", "charges") == ["actual"]
