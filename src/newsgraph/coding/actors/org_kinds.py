"""An international organisation named again by the kind of body it is: "The European Union
imposed sanctions ... [The bloc] said", "NATO ... [the alliance] will share intelligence". Wire
style names the EU or NATO once and then calls it "the bloc" or "the alliance", words that are
not short forms of its name (short_forms.py) and that no agent term codes. Such a word
(actors.yaml `org_kind_nouns`: the word -> the KB organisations it may name), with "the" and
no words of its own that make it another body ("the opposition bloc", "the ruling alliance"),
stands for the last of its organisations named before it in the article; with none named, it
is no actor."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ...model import Actor
from .mentions import Mentions

# dependents a kind word may have and still be the bare "the bloc": its article, the possessive
# marker ("the bloc's"), and phrases or clauses after it ("the bloc, which ...")
_BARE_DEPS = frozenset({"det", "case", "punct", "prep", "relcl", "acl", "appos"})


def name_org_kinds(doc: Doc, mentions: Mentions, kinds: Mapping[str, frozenset[str]]) -> None:
    """Make each bare "the bloc", "the alliance" a mention of the organisation it names again."""
    if not kinds:
        return
    actors, at = mentions.actors, mentions.at
    named = sorted(
        (actors[k].span[0], actors[k]) for k in set(at.values()) if actors[k].how == "kb:org" and actors[k].kb_id
    )
    if not named:
        return
    for tok in doc:
        ids = kinds.get(tok.lower_)
        if ids is None or tok.i in at or not _bare(tok):
            continue
        org = next((a for start, a in reversed(named) if start < tok.idx and a.kb_id in ids), None)
        if org is None:
            continue
        det = tok.doc[tok.i - 1]
        actor = Actor(
            f"{det.text} {tok.text}",
            [det.idx, tok.idx + len(tok.text)],
            org.kb_id,
            org.name,
            org.country,
            org.sector,
            org.code,
            how="context:agent",
            resolved_by="pronoun",
        )
        mentions.add(actor, range(det.i, tok.i + 1))


def _bare(tok: Token) -> bool:
    """ "the bloc" with no word of its own before it: "the" right before, no other modifier."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP") or tok.i == 0:
        return False
    det = tok.doc[tok.i - 1]
    if det.lower_ != "the" or det.head.i != tok.i:
        return False
    return all(c.dep_ in _BARE_DEPS for c in tok.children) and tok.dep_ != "compound"
