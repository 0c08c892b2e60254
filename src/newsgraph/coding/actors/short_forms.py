"""A body named again by a short form of its name: "the European Commission ... the Commission
said", "the European Court of Justice ... the court ruled", "... the Court of Justice answers".

English names an organisation in full once and then by its head word, with "the" and perhaps
some of its other words: the short form stands for the organisation last named before it whose
name it shortens (its head word is the name's head, its other words are words of the name, in
order). Read from the sentence or article's country instead, "the Commission" of an article
from Berlin would be German and "the court" of an article on an Austrian case Austrian.

Only organisations the KB knows are taken this way (an agent phrase naming a body with its own
country, "a Kenyan court ... the court", is `titles.fill_definites`' concern), and only when no
other body with that head word was named between them ("the European Court of Justice ... a
Kenyan court ... the court": which, unsaid). A short form with words of its own ("the Kenyan
army" after "the Syrian Arab Army") is no short form.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...model import Actor
from .mentions import Mentions

# mentions that may be a short form: an agent phrase ("the court") or a name the KB lacks ("the
# Court of Justice", tagged ORG)
_SHORTENABLE = frozenset({"context:agent", "context:org"})
_OWN_WORDS = frozenset({"title", "place", "appositive", "kb"})  # a country the phrase itself gives


def name_short_forms(doc: Doc, mentions: Mentions) -> None:
    """Give each short form of a KB organisation's name the codes of the one it shortens, in place."""
    spans = _spans(doc, mentions)
    last: dict[str, tuple[Actor, list[str]] | None] = {}  # head word -> the body last named by it
    for k, span in spans:
        a = mentions.actors[k]
        words = [t.lower_ for t in span if t.dep_ != "det"]
        head = span.root.lower_
        if not words:
            continue
        if a.how == "kb:org":
            last[head] = (a, words)
            continue
        if a.how not in _SHORTENABLE:
            continue
        named = last.get(head)
        if named is not None and _shortens(words, named[1]) and a.resolved_by not in _OWN_WORDS:
            org = named[0]
            a.kb_id, a.name, a.country, a.sector, a.code = org.kb_id, org.name, org.country, org.sector, org.code
            a.resolved_by = "pronoun"  # it stands for the organisation named before
        elif a.country or a.sector:
            last[head] = None  # another body of that word: a later short form is either


def _shortens(words: list[str], name: list[str]) -> bool:
    """Are `words` (the head last) the name's words in order, the head being the name's head?"""
    if len(words) >= len(name):
        return False
    it = iter(name)
    return all(w in it for w in words)


def _spans(doc: Doc, mentions: Mentions) -> list[tuple[int, Span]]:
    """Each actor's first run of tokens, in text order."""
    runs: dict[int, tuple[int, int]] = {}
    for i in sorted(mentions.at):
        k = mentions.at[i]
        start, end = runs.get(k, (i, i))
        if end in (i - 1, i):
            runs[k] = (start, i)
    return sorted(((k, doc[s : e + 1]) for k, (s, e) in runs.items()), key=lambda x: x[1].start)
