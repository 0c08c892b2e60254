"""A hostile act a quotation's speaker says another actor does (issue 14; GUIDELINE.md: an
accusation is coded, 112): "'Iran is arming the rebels', X said", "'Moscow is unduly influencing
our elections'". Called by quoted.py's evaluation, which asks that the subject name another actor
than the speaker's side and that the clause be stated (not asked, not conditional, not denied).

events.yaml `quoted_hostile_acts`: "lemma" (interfere, persecute), "adverb lemma" (unduly
influence: the verb alone is no accusation) or "lemma object" (support terrorism: the object's
lemma); `quoted_hostile_aid`: a verb of aid (arm, fund) that accuses only when its object names
an actor ("arming the rebels"; "funding schools" accuses no one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from ...rulefile import lowered
from .syntax import children


def hostile_code(
    tok: Token,
    acts: Mapping[str, str],
    aid: Mapping[str, str],
    armed_group: Callable[[Token], bool],
) -> str | None:
    """The code of the hostile act the verb states, if any."""
    lemma = tok.lemma_.lower()
    code = acts.get(lemma)
    if code:
        return code
    for a in children(tok, "advmod"):
        code = acts.get(f"{a.lower_} {lemma}")
        if code:
            return code
    objs = children(tok, "dobj")
    objs += [o for p in children(tok, "prep") for o in children(p, "pobj")]
    for o in objs:
        code = acts.get(f"{lemma} {o.lemma_.lower()}")
        if code:
            return code
    code = aid.get(lemma)
    if code and any(armed_group(o) for o in children(tok, "dobj")):
        return code
    return None


def hostile_lemmas(acts: Mapping[str, str], aid: Mapping[str, str]) -> frozenset[str]:
    """The verbs the two lists name ("unduly influence" -> influence, "support terrorism" -> support)."""
    out = set(aid)
    for k in acts:
        words = k.lower().split()
        out.add(words[-1] if len(words) > 1 and words[0].endswith("ly") else words[0])
    return lowered(out)


def armed(code: str | None, sectors: frozenset[str]) -> bool:
    """A CAMEO actor code with one of the sectors among its three-letter parts ("REB", "SYRREB")."""
    c = code or ""
    return any(c[i : i + 3] in sectors for i in range(0, len(c) - 2, 3))
