"""Role nouns standing for the person the article named ("the accused", "the gunman", "the
judge"; actors/roles.py), with the person's country from a demonym noun in apposition
(actors/origin.py) (invented texts, each rule beside a negative)."""

from __future__ import annotations

from tests.event_rows import acts


def role(nlp, text: str, word: str, nth: int = -1):
    """The actor (or None) the `nth` token `word` stands for."""
    doc = nlp(text)
    toks = [t for t in doc if t.lower_ == word]
    assert toks, f"no {word!r}"
    return doc._.actor_at.get(toks[nth].i)


def person(nlp, text: str, name: str):
    doc = nlp(text)
    return next(a for a in doc._.actors if a.text == name)


# -- a demonym noun in apposition gives the person's country --------------------------------
def test_demonym_before_name(nlp):
    a = person(nlp, "A Norwegian, Lars Berg, spoke to reporters in Paris on Monday.", "Lars Berg")
    assert a.country == "NOR"


def test_demonym_after_name(nlp):
    a = person(nlp, "Lars Berg, a Norwegian, spoke to reporters in Paris on Monday.", "Lars Berg")
    assert a.country == "NOR"


def test_demonym_not_in_apposition_is_not_nationality(nlp):
    # the Norwegian Lars Berg met is another person
    a = person(nlp, "Lars Berg met a Norwegian in Paris on Monday.", "Lars Berg")
    assert a.resolved_by != "appositive"


# -- the accused / the suspect: the one person police or courts act on -----------------------
TEXT_HELD = "Police in Oslo arrested Lars Berg on Monday. Prosecutors said the suspect had attacked a mosque."


def test_suspect_is_the_arrested_person(nlp):
    a = role(nlp, TEXT_HELD, "suspect")
    assert a is not None and a.text == "Lars Berg" and a.country == "NOR"


def test_suspect_takes_part_in_events(code):
    assert ("180", "NOR", "NOR") in acts(code, TEXT_HELD)


def test_two_suspects_none(nlp):
    text = "Police in Oslo arrested Lars Berg and Ola Dahl on Monday. Prosecutors said the suspect had attacked a mosque."
    a = role(nlp, text, "suspect")
    assert a is None or a.text not in ("Lars Berg", "Ola Dahl")


def test_indefinite_suspect_none(nlp):
    text = "Police in Oslo arrested Lars Berg on Monday. Prosecutors said a suspect had attacked a mosque."
    a = role(nlp, text, "suspect")
    assert a is None or a.text != "Lars Berg"


def test_role_noun_before_any_name_none(nlp):
    text = "The suspect had attacked a mosque, prosecutors said. Police in Oslo arrested Lars Berg on Monday."
    a = role(nlp, text, "suspect", 0)
    assert a is None or a.text != "Lars Berg"


# -- apposition: "the gunman, X" ------------------------------------------------------------
def test_gunman_in_apposition(nlp):
    text = "A Norwegian, Lars Berg, was named as the gunman by police on Monday. The gunman fled by car."
    a = role(nlp, text, "gunman")
    assert a is not None and a.text == "Lars Berg" and a.country == "NOR"


def test_plural_victims_none(nlp):
    text = "A Norwegian, Lars Berg, shot two men in Oslo on Monday. The victims were taken to hospital."
    a = role(nlp, text, "victims")
    assert a is None or a.text != "Lars Berg"


# -- the doer of a role verb: "X shot ... the attacker" ----------------------------------------
def test_attacker_is_the_shooter(nlp):
    text = "A Norwegian, Lars Berg, shot two men in Oslo on Monday. The attacker fled by car."
    a = role(nlp, text, "attacker")
    assert a is not None and a.text == "Lars Berg"


def test_victim_is_not_the_shooter(nlp):
    text = "A Norwegian, Lars Berg, shot two men in Oslo on Monday. The victim was taken to hospital."
    a = role(nlp, text, "victim")
    assert a is None or a.text != "Lars Berg"


# -- the judge: only a judge the text names -------------------------------------------------
def test_named_judge(nlp):
    text = "Judge Anna Holm, a Norwegian, heard the case in Oslo. The judge said the trial would open in May."
    a = role(nlp, text, "judge", -1)
    assert a is not None and a.text == "Anna Holm"


def test_unnamed_judge_stays_court(nlp):
    text = "Lars Berg appeared in court in Oslo on Monday. The judge said the trial would open in May."
    a = role(nlp, text, "judge")
    assert a is not None and a.text != "Lars Berg" and a.sector == "JUD"


def test_another_judge_between_none(nlp):
    text = (
        "Judge Anna Holm sentenced Lars Berg in Oslo on Monday. In March, another judge had fined Berg. "
        "The judge said Berg had lied."
    )
    a = role(nlp, text, "judge", -1)
    assert a is None or a.text not in ("Anna Holm", "Holm")


def test_gunman_identified_as(nlp):
    text = "Police in Oslo said the gunman, identified as Norwegian Lars Berg, had fled. The gunman was arrested on Tuesday."
    a = role(nlp, text, "gunman", -1)
    assert a is not None and a.text in ("Lars Berg", "Berg")


def test_official_is_not_the_suspect(nlp):
    # a minister the text names by office is no private suspect
    text = "Norwegian Justice Minister Emilie Mehl said police arrested a man on Monday. The suspect was held in Oslo."
    a = role(nlp, text, "suspect")
    assert a is None or "Mehl" not in a.text


# -- a participle after the clause: "X appeared in court, charged with Y" holds X ---------------
def test_accused_is_the_one_charged_in_a_participle(nlp, code):
    text = (
        "A Swede, Nils Ek, 31, appeared in a court in Oslo on Monday, charged with arson. "
        "Police said they had arrested the accused at his home."
    )
    a = role(nlp, text, "accused")
    assert a is not None and a.text == "Nils Ek" and a.country == "SWE"
    assert ("173", "NORCOP", "SWE") in acts(code, text)


def test_a_participle_that_holds_no_one_is_no_charge(nlp):
    text = (
        "A Swede, Nils Ek, 31, spoke to reporters in Oslo on Monday, accompanied by his lawyer. "
        "Police said they had arrested the accused at his home."
    )
    a = role(nlp, text, "accused")
    assert a is None or a.text != "Nils Ek"
