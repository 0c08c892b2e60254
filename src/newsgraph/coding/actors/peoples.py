"""The country of a group named by a people without a state of its own ("Uyghur activists",
"Kurdish fighters", "Baloch separatists", "Tamil politicians"; kb/stateless-peoples.tsv).

Such a word is no demonym: it names no country, so the group would take whatever country
the setting gives, often the article's first one when the sentence names another. By the
GUIDELINE a group belongs to the country of the body or citizenship the text gives, so it
takes, first of:
1. the place its own phrase puts it in ("Tamil politicians in Sri Lanka") -> "place";
   a group often foreign to where it is (armed groups, refugees) only when that place is
   one of its people's countries ("Kurdish fighters in Syria", not "Rohingya refugees in
   Bangladesh");
2. the one country of its people's that its sentence names ("The US is allied with Kurdish
   groups in Syria") -> "sentence";
3. its paragraph's country, else the article's, when one of its people's -> "paragraph",
   "article";
4. the one country its people live in as citizens ("Uyghur", "Rohingya") -> "title".
A people of several countries whose text names none of them gets nothing here: the group
is coded like any other (`context.py`), save an armed group or refugees, who would take the
article's country (a Kurdish militia in a story set in the United States is not American):
they get none -> (None, "none").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .setting import Setting

# how a people's word modifies the group noun ("Kurdish fighters", "Uyghur rights activists")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def people_country(
    doc: Doc, tokens: list[int], setting: Setting, local: bool, preps: frozenset[str]
) -> tuple[str | None, str | None]:
    """(country, resolved_by) of a mention over `tokens` named by a people without a state,
    or (None, None). `local`: the group is of the place it is in (not armed, not refugees);
    `preps`: the prepositions that say where a group is ("in", "at"); (None, "none"): an
    armed group or refugees of a people the text names no country of, who take none."""
    word = next((doc[i] for i in tokens if _people_word(doc[i], tokens, setting)), None)
    if word is None:
        return None, None
    homes = setting.homes[word.lower_]
    # "Tamil politicians [in Sri Lanka]" hangs on the group noun; "the Tamils [in Sri Lanka]" on the word
    for iso in _placed(word.head if word.dep_ in _MODIFIER_DEPS else word, setting, preps):
        if local or iso in homes:
            return iso, "place"
    si = setting.sentence_of(word.i)
    named = {iso for i, iso in setting.named.items() if setting.sentence_of(i) == si and iso in homes}
    if len(named) == 1:
        return named.pop(), "sentence"
    pi = setting.paragraph_of(word.idx)
    paragraph = setting.paragraph_country[pi] if pi < len(setting.paragraph_country) else None
    if paragraph in homes:
        return paragraph, "paragraph"
    if setting.main in homes:
        return setting.main, "article"
    if len(homes) == 1:
        return homes[0], "title"
    return None, (None if local else "none")


def _people_word(tok: Token, tokens: list[int], setting: Setting) -> bool:
    """A capitalised people's word modifying the mention's noun ("Kurdish fighters") or naming
    the group itself ("the Kurds"), not a person's name ("Qandeel Baloch")."""
    return (
        tok.lower_ in setting.homes
        and tok.text[:1].isupper()
        and ((tok.dep_ in _MODIFIER_DEPS and tok.head.i in tokens) or _whole_people(tok))
        and tok.ent_type_ != "PERSON"
    )


def _whole_people(tok: Token) -> bool:
    """The people named as a whole by its noun ("the Kurds": people_nouns.py), the mention itself."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in _MODIFIER_DEPS


def _placed(head: Token, setting: Setting, preps: frozenset[str]) -> list[str]:
    """The countries of the places the group's own in/at phrase names ("politicians in Sri Lanka")."""
    return [
        setting.named[t.i]
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in pobj.subtree
        if t.i in setting.named
    ]
