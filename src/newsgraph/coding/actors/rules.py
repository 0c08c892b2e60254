"""The word lists of `data/rules/actors.yaml`, as the parts of the actors stage use them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ActorRules:
    """One field per list of actors.yaml (its comments say what each list is for); the
    linker reads the file and hands these to the parts that match names, agent phrases
    and titles."""

    honorifics: frozenset[str]
    particles: frozenset[str]  # `name_particles`
    generic_heads: frozenset[str]
    former: frozenset[str]
    org_name_heads: frozenset[str]
    former_sectors: frozenset[str]
    former_bodies: frozenset[str]
    located_preps: frozenset[str]  # `located_in.preps`
    not_local_sectors: frozenset[str]  # `located_in.not_sectors`
    not_local_terms: frozenset[str]  # `located_in.not_terms`
    not_local_modifiers: frozenset[str]  # `located_in.not_modifiers`

    @classmethod
    def from_yaml(cls, rules: dict[str, Any]) -> ActorRules:
        """The lists of the parsed file (a missing list is empty); words lowercased, sector codes as written."""
        located = rules.get("located_in") or {}
        return cls(
            honorifics=_lower(rules.get("honorifics", [])),
            particles=_lower(rules.get("name_particles", [])),
            generic_heads=_lower(rules.get("generic_heads", [])),
            former=_lower(rules.get("former", [])),
            org_name_heads=_lower(rules.get("org_name_heads", [])),
            former_sectors=frozenset(str(w) for w in rules.get("former_sectors", [])),
            former_bodies=_lower(rules.get("former_bodies", [])),
            located_preps=_lower(located.get("preps", [])),
            not_local_sectors=frozenset(str(w) for w in located.get("not_sectors", [])),
            not_local_terms=_lower(located.get("not_terms", [])),
            not_local_modifiers=_lower(located.get("not_modifiers", [])),
        )


def _lower(words: list[Any]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)
