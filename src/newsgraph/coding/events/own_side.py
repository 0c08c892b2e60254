"""A speaker's own side in a direct quotation: '"We will release them," the minister said' is
the minister announcing the government's act, as '"I will release them"' is announcing his own.
The actors stage codes a quoted "we" / "our government" as the body the speaker speaks for
(speakers.py, `resolved_by` "pronoun"), a mention apart from the speaker's; the announced-act
rule (intents.yaml) asks that the announcer be the act's doer, so such a first-person plural
doer with the speaker's code counts as the speaker."""

from __future__ import annotations

from functools import cache

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import ActorRules


@cache
def _we() -> frozenset[str]:
    """`actors.yaml` context.quote_group_pronouns: "we", "us", "our", ..."""
    return lowered(load_rules(ActorRules).context.quote_group_pronouns)


def speaks_for(doer: Actor | None, announcers: list[Actor]) -> bool:
    """Whether the doer of an announced act is one of its announcers, or a quoted first-person
    plural of an announcer's own side ("we", "our government": the code the speaker has)."""
    if doer is None or doer in announcers:
        return doer is not None
    if doer.resolved_by != "pronoun" or not doer.code or doer.text.split()[0].lower() not in _we():
        return False
    return any(a.code == doer.code and a.country == doer.country for a in announcers)
