"""The `flags` stage: where the text contradicts the knowledge base.

Two kinds, each checked only when the KB knows the fact (no flag where it agrees
or where it has nothing to say):
- `office_country`: a known person given another country's office or nationality
  ("The head of US diplomacy, Serguei Lavrov").
- `credit_country`: a known initiative or national body credited to the wrong country
  ("the Belt and Road Initiative … the centerpiece program of Russian foreign policy").
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb import KB, load_kb
from ..model import Flag
from ..rulefile import load_rules, lowered
from ..ruleschemas import FlagRules
from .component import guarded


class FlagChecker:
    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self.attribution = lowered(load_rules(FlagRules).attribution_nouns)

    def country_name(self, iso3: str | None) -> str:
        c = self.kb.countries.get(iso3 or "")
        return c.name if c else str(iso3)

    @guarded("newsgraph_flags")
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published or dt.date.today()
        doc._.flags = self._offices(doc, day) + self._credits(doc)
        return doc

    def _offices(self, doc: Doc, day: dt.date) -> list[Flag]:
        flags = []
        for claim in doc._.role_claims:
            person = self.kb.people.get(claim.actor.kb_id or "")
            role = person.role_on(day) if person else None
            if not person or not role or not claim.country or not role.country or claim.country == role.country:
                continue
            office = claim.role or "an office"
            flags.append(
                Flag(
                    kind="office_country",
                    text=claim.text,
                    span=list(claim.span),
                    claim=f"{person.name} is {office} of {self.country_name(claim.country)}",
                    kb_fact=f"{person.name} is {role.title or role.role} of {self.country_name(role.country)}"
                    f" (since {role.start})"
                    if role.start
                    else f"{person.name}: {role.role} of {role.country}",
                    message=f'The text calls {person.name} "{claim.text}", an office of '
                    f"{self.country_name(claim.country)}; the knowledge base has {person.name} as "
                    f"{role.title or role.role} of {self.country_name(role.country)} on {day}.",
                )
            )
        return flags

    def _credits(self, doc: Doc) -> list[Flag]:
        flags = []
        for ent in doc.ents:
            kind, _, key = ent.ent_id_.partition(":")
            org = self.kb.orgs.get(key) if kind == "org" else None
            if org is None or not org.country:
                continue
            for tok, iso in self._attributions(ent):
                if iso == org.country:
                    continue
                phrase = doc[min(tok.i, tok.head.i) : max(tok.i, tok.head.i) + 1]
                flags.append(
                    Flag(
                        kind="credit_country",
                        text=phrase.text,
                        span=[phrase.start_char, phrase.end_char],
                        claim=f"{org.name} belongs to {self.country_name(iso)}",
                        kb_fact=f"{org.name} is {self.country_name(org.country)}'s",
                        message=f"The text credits {org.name} to {self.country_name(iso)} "
                        f'("{phrase.text}"); the knowledge base has it as {self.country_name(org.country)}\'s.',
                    )
                )
                break
        return flags

    def _attributions(self, ent: Span):  # type: ignore[no-untyped-def]
        """Country words that credit the entity: its own modifiers, or in its apposition
        or relative clause next to an attribution noun ("program of Russian foreign policy")."""
        root = ent.root
        # modifiers before the name, wherever the parse hung them ("the Russian Belt and Road")
        scope = [t for e in ent for t in e.children if t.dep_ in ("poss", "amod", "compound") and t.i < ent.start]
        for c in root.children:
            if c.dep_ in ("appos", "relcl", "acl"):
                scope += [t for t in c.subtree if t.head.lemma_.lower() in self.attribution]
        for t in scope:
            low = t.text.lower()
            iso = self.kb.demonym_country.get(low) or self.kb.country_by_name.get(low)
            if iso:
                yield t, iso


@Language.factory(
    "newsgraph_flags", assigns=["doc._.flags"], requires=["doc._.role_claims"], default_config={"kb_dirs": []}
)
def make_flag_checker(nlp: Language, name: str, kb_dirs: list[str]) -> FlagChecker:
    return FlagChecker(load_kb(kb_dirs))
