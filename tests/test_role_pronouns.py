"""A he/she may stand for one person named by a role or title alone ("a police officer ... he
drew his pistol"), as for a name (actors/pronouns.py): the same nearest-sentence, subject-first
search, with a singular agent phrase headed by a person title or role noun among the people.
Not for a plural ("police officers ... he"), nor for a spokesman or official, who speaks for
someone ("a spokesman for X said he": X). Invented sentences, each rule beside a negative."""

from __future__ import annotations

from tests.event_rows import coded


def actor(nlp, text: str, word: str, field: str = "code") -> str | None:
    """A field of the actor the first token `word` of `text` stands for, else None."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    a = doc._.actor_at.get(tok.i)
    return getattr(a, field) if a is not None else None


def test_he_is_the_officer_named_by_his_role(nlp, code):
    text = "A police officer in Paris stopped the man. He then shot the attacker."
    assert actor(nlp, text, "He") == "FRACOP"
    text = "The video showed a police officer surrounded by protesters in Hong Kong; he then drew his pistol and shot at a student."
    assert ("shot", "193", "HKGCOP", "HKGEDU", "actual") in coded(code, text)


def test_a_named_subject_still_comes_first(nlp):
    # negative: the person named as the subject of the sentence before is the topic
    text = "Russian President Vladimir Putin met a police officer in Moscow. He praised the police."
    assert actor(nlp, text, "He") == "RUSGOV"
    text = "A spokesman for Vladimir Putin said he would attend the summit."
    assert actor(nlp, text, "he", "kb_id") == "vladimir_putin"


def test_a_plural_role_is_no_he(nlp):
    # negative: "police officers" are several people, not a "he"
    assert actor(nlp, "Police officers in Paris stopped the man. He then fled.", "He") is None


PUTIN = "Russian President Vladimir Putin visited Paris on Monday. "


def test_a_private_person_reporting_is_the_he_or_she_of_the_report(nlp, code):
    # "his daughter said she ...": she is the daughter (a relative: kin.py), not the president
    assert actor(nlp, PUTIN + "His daughter said she would attend the summit.", "she") == "RUSCVL"
    # a witness is no actor: "she" stays unresolved rather than becoming the president
    assert actor(nlp, PUTIN + "A witness said she would attend the summit.", "she") is None
    daughter = coded(code, PUTIN + "His daughter said she would attend the summit.")
    assert not [r for r in daughter if r[1] == "036" and r[2] == "RUSGOV"]
    # negative: the president reporting is the "he" of his own report
    assert actor(nlp, PUTIN + "The president said he would attend the summit.", "he") == "RUSGOV"
    # negative: a report ("the statement") is no person: its "he" is the person named before
    assert actor(nlp, PUTIN + "A statement said he would attend the summit.", "he") == "RUSGOV"


def test_a_pronoun_in_a_fronted_phrase_is_the_main_subject(nlp):
    # "After his conviction, Navalny ...": his looks forward to the subject, not to the judge
    text = "A judge in Moscow sentenced Alexei Navalny on Monday. After his conviction, Navalny called for protests."
    assert actor(nlp, text, "his", "text") == "Navalny"
    assert actor(nlp, "As part of her ruling, Judge Amy Berman said the sentence was fair.", "her", "text") == "Amy Berman"
    # negative: a subject that is no person ("police") takes no fronted pronoun
    assert actor(nlp, "Following his arrest, police said the suspect had fled.", "his") is None


def test_a_role_is_a_person_of_its_words_sex_and_not_a_role_said_of_someone(nlp):
    # "the king" is a man: no "she"
    assert actor(nlp, "Prince William met the king in London. She then criticised the government.", "She") is None
    # "as special envoy" says what Volker was: "he" is Volker, not the envoy phrase
    text = "Michael Volker served as special envoy to Ukraine. In July, he met Ukrainian officials."
    assert actor(nlp, text, "he", "text") == "Michael Volker"
