"""A killing of one political office holder by a doer outside a state's forces is CAMEO's
assassination (186, "murder a prominent person, such as a political leader"): "gunmen shot dead
the mayor of X", "suspected militants killed a provincial lawmaker", "unknown assailants gunned
down an opposition leader". The victim is one person named by a political office (events.yaml
assassinated_offices, in the singular), the verb one of killing (killing_verbs: "shot" only
with "dead", "gunned" with "down"), the doer unnamed or a side that is no state's armed force,
police or government (a soldier's or policeman's killing keeps its code: a fight or an arrest
gone wrong). Many victims ("killed three officials") keep the killing's code."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import Actor
from .lexicon import ModalityWords

ASSASSINATION = "186"
_STATE_SECTORS = frozenset({"MIL", "COP", "GOV"})  # whose killing is no assassination here


def killing(tok: Token, words: ModalityWords) -> bool:
    """Is the verb one of killing, with the word it needs ("shot [dead]", "gunned [down]")?"""
    needs = words.killing_verbs.get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or needs is None:
        return False
    return not needs or any(c.lower_ in needs for c in tok.children)


def assassination(
    tok: Token, code: str, sources: list[Actor | None], victim: Token | None, words: ModalityWords
) -> str | None:
    """186 for a killing (coded `code` of roots 18-19) of one political office holder (`victim`,
    the target's phrase head) by sources none of which is a state's force; None otherwise."""
    if not code.startswith(("18", "19")) or code == ASSASSINATION or victim is None or not killing(tok, words):
        return None
    if victim.tag_ != "NN" or victim.lemma_.lower() not in words.assassinated_offices:
        return None  # "killed three officials", "killed the soldier"
    if any(s is not None and s.sector in _STATE_SECTORS for s in sources):
        return None
    return ASSASSINATION
