"""The actors a noun phrase names: its own name, its list's members ("Russia and China",
"countries including Kenya and Uganda", "Presidents X of Kenya and Y of Tanzania"), an
organisation's unnamed members, a name's "of <country>", an owner ("an arms depot of the Syrian
army"), a demonym before a plural ("Kyrgyz politicians"). A mixin of `Participants`, which finds
sources and targets with it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...kb import KB, actor_code
from ...model import Actor
from ..actors import country_actor
from ..component import char_tokens, doc_text
from .lexicon import ModalityWords
from .matching import Matcher
from .org_gatherings import gathering_org
from .syntax import children, conjuncts, prep_objects

# names of two kinds that may be coordinated as doers, which `conjuncts` keeps apart (a person
# beside a country is a misparse there): "Buhari [PERSON] and Talon [ORG]" (the NER typing a
# name otherwise), "Israel [GPE] and Hamas [ORG]", "the US and the European Union"
_MIXED_NAMES = (frozenset({"PERSON", "ORG"}), frozenset({"GPE", "ORG"}))
# how a person was found (a name, an office holder, a relative of one): who has relatives
_PERSON_HOWS = frozenset({"kb:person", "kb:office", "context:person", "context:relative"})


class PhraseActors:
    """The actors of a phrase (mixed into `Participants`, which sets these attributes)."""

    kb: KB
    words: ModalityWords
    matcher: Matcher

    def actors_of(self, tok: Token, owner: bool = False) -> list[Actor]:
        """Actors a (possibly coordinated) phrase headed by `tok` names; with `owner`, also
        the actor a thing belongs to ("an arms depot of the Syrian army", "a request from X"):
        the target of an act on a thing is its owner."""
        at = tok.doc._.actor_at
        out: list[Actor] = []
        banded: list[Actor] = []  # the other members a band's "of"/"from" list names
        for t in self._members(tok):
            a = self._member_states(t) or self._named(t)
            if a is None or (a.how == "context:person" and not a.country):
                a = self._of_country(t) or a  # "Presidents X of Nigeria and [Y of Benin]"
            if a is None:  # "the missiles fired by the Israeli military", "a plan proposed by X"
                for o in (
                    o for acl in children(t, "acl") for ag in children(acl, "agent") for o in children(ag, "pobj")
                ):
                    a = self._named(o)
                    break
            if a is None and self.matcher.is_event_noun(t):
                for o in prep_objects(t, "by"):  # "a bombing by the Islamic State group killed ..."
                    a = self._named(o)
                    break
            if a is None and t.pos_ == "NOUN":
                a = self._led_by(t)  # "U.S.-led raids captured X", "the Saudi-led coalition struck"
            if a is None and owner:
                # "of" after an event noun may be the doer or the one done to ("the attack of X"): left out
                of = prep_objects(t, "of") if not self.matcher.is_event_noun(t) else []
                # "by" first: "the recognition of Jerusalem by X" - the "of" phrase is what was done
                for o in prep_objects(t, "by") + prep_objects(t, "from") + of:
                    a = self._named(o)
                    if a is not None:
                        break
            if a is None and owner and t.pos_ in ("NOUN", "PROPN"):
                # "criticised the German plan", "alleged Iranian involvement", "banned [Iranian
                # airline] Mahan Air": a thing's demonym names its owner, the country
                mods = children(t, "amod", "compound")
                mods += [g for c in mods if c.dep_ == "compound" for g in children(c, "amod")]
                a = next((x for c in mods if (x := country_actor(self.kb, c))), None)
            if a is None and t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl":
                a = at.get(t.head.head.i)
            if a is None and t.lemma_.lower() in self.words.group_nouns:
                # "members of the European Union", "some of the rebels"
                for o in prep_objects(t, "of") + prep_objects(t, "from"):
                    a = self._named(o)  # "a group of Saudi hackers"
                    if a is not None:
                        # "rescue teams from [Turkey] and [China]": each listed member's band
                        banded = [x for c in conjuncts(o)[1:] if (x := self._named(c)) and x != a]
                        break
            if (
                a is not None
                and t.i != tok.i
                and a.how == "context:agent"
                and a.country is None
                and out
                and out[0].country
                and any(country_actor(self.kb, c) for c in children(tok, "amod", "compound"))
            ):
                # "Danish media and government": the demonym before the first is the others' too
                a = Actor(
                    a.text,
                    a.span,
                    None,
                    None,
                    out[0].country,
                    a.sector,
                    actor_code(out[0].country, a.sector) or a.code,
                    how="context:agent",
                )
            if a is not None and a not in out:
                out.append(a)
            out += [x for x in banded if x not in out]
            banded = []
            if t.i not in at:  # "rebel and [FSA] groups", "the army and [police] units"
                out += [x for x in listed_modifiers(t) if x not in out]
            out += [x for x in paired_with(t) if x not in out]  # "the two leaders": both (actors/pairs.py)
            if a is not None and a.how == "context:agent":
                out += [x for x in self._coordinated_countries(t, a) if x not in out]
        return out

    def _members(self, tok: Token) -> list[Token]:
        """The words of the list a phrase names: its conjuncts, and those the parser hung
        elsewhere: on the name inside a titled phrase ("[Presidents] X of Nigeria and Y of
        Benin", where the title heads), on an apposition ("OIC head [X], Pope Francis and a
        spokesman"), a name the NER typed otherwise ("Buhari [PERSON] and Talon [ORG]"), a
        country beside an organisation ("Israel and Hamas"), and
        the members a group noun lists ("countries [including] Kenya and Uganda", "such as":
        events.yaml member_list_words), which stand for the group."""
        at = tok.doc._.actor_at
        words = self.words.member_list_words
        out: list[Token] = []
        todo = conjuncts(tok)
        while todo:
            t = todo.pop(0)
            if t in out:
                continue
            # "including Kenya", "like Kenya", "such as Kenya" ("as" under "such", or beside it)
            such = [p for p in children(t, "amod") if p.lower_ == "such"]
            preps = [
                p
                for p in [*t.children, *(q for s in such for q in s.children)]
                if p.dep_ == "prep"
                and (
                    p.lower_ in words
                    or (f"such {p.lower_}" in words and (such or any(c.lower_ == "such" for c in p.children)))
                )
            ]
            listed = [m for p in preps for o in children(p, "pobj") for m in conjuncts(o) if m.i in at]
            if listed and t.i not in at:  # the group is its listed members
                todo += listed
                continue
            out.append(t)
            a = at.get(t.i)
            if a is not None:  # the actor's own name, when a title heads the phrase
                span = char_tokens(tok.doc, a.span)
                if span is not None and span.root.i != t.i and span.root.head.i != t.i:
                    todo += conjuncts(span.root)[1:]
            appos = [c for c in children(t, "appos") if c.i in at]
            if len({id(at[c.i]) for c in appos}) > 1:
                todo += appos  # "Presidents [X] of Kenya and [Y] of Tanzania": one word, two names
            for c in t.children:
                if c.dep_ == "appos":
                    todo += conjuncts(c)[1:]
                elif (
                    c.dep_ == "conj"
                    and c.pos_ == t.pos_ == "PROPN"
                    and any({c.ent_type_, t.ent_type_} <= kinds for kinds in _MIXED_NAMES)
                    and c.ent_type_ != t.ent_type_
                ):
                    todo += conjuncts(c)  # "Israel, Hamas and Hezbollah"
        return out

    def _led_by(self, t: Token) -> Actor | None:
        """The country a "<country>-led" modifier says leads a force or an act ("U.S.-led raids",
        "the Saudi-led coalition", one token or three): its military for an act of force or a
        force, else the country. Not "-backed": rebels a country backs are not its own."""
        for c in children(t, "amod"):
            low = c.lower_
            if low.endswith("-led") and len(low) > 4:
                name = low[:-4]
                iso = self.kb.country_by_name.get(name) or self.kb.demonym_country.get(name)
                span = [c.idx, c.idx + len(c.text) - 4]
            elif low == "led" and (lead := children(c, "npadvmod", "compound", "nmod")):
                found = country_actor(self.kb, lead[0])
                iso = found.country if found is not None else None
                span = [lead[0].idx, lead[0].idx + len(lead[0].text)]
            else:
                continue
            if iso is None:
                continue
            # an act ("raids") is its leader's forces'; a body ("forces", "coalition") keeps its own sector
            agent = self.kb.agents.get(t.lower_) or self.kb.agents.get(t.lemma_.lower())
            sector = agent.sector if agent is not None else "MIL" if self.matcher.is_event_noun(t) else None
            c0 = self.kb.countries[iso]
            return Actor(
                doc_text(t.doc)[span[0] : span[1]],
                span,
                f"country:{iso}",
                c0.name,
                iso,
                sector,
                actor_code(iso, sector) or iso,
                how="context:demonym",
            )
        return None

    def _member_states(self, t: Token) -> Actor | None:
        """ "(leaders of) the AU member states", "the member states of the EU", "NATO members":
        many countries, none named; as a group noun of the body ("members of the EU") it is
        the body, marked `context:members` (a meeting of them is a multilateral one)."""
        at = t.doc._.actor_at
        for o in [t, *prep_objects(t, "of")]:
            lemma = o.lemma_.lower()
            if o.tag_ not in ("NNS", "NNPS") or lemma not in self.words.member_nouns:
                continue
            if lemma != "member" and not any(c.lower_ in ("member", "members") for c in children(o, "compound")):
                continue  # "African states": not an organisation's members
            near = [*children(o, "compound", "nmod", "poss"), *prep_objects(o, "of")]
            near += [g for c in children(o, "compound") for g in children(c, "compound", "nmod")]
            body = next((at[c.i] for c in near if c.i in at and (at[c.i].code or "").startswith("IGO")), None)
            if body is not None:
                return replace(body, how="context:members", resolved_by=body.resolved_by)
        return None

    def _of_country(self, t: Token) -> Actor | None:
        """A name the KB lacks with its own "of <country>" ("Patrice Talon of Benin"): a person
        or body of that country."""
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG"):
            return None
        for o in prep_objects(t, "of"):
            c = country_actor(self.kb, o)
            if c is not None and c.country and o.i in t.doc._.actor_at:
                first = t.doc[t.left_edge.i]
                return Actor(
                    t.doc[first.i : t.i + 1].text,
                    [first.idx, t.idx + len(t.text)],
                    None,
                    None,
                    c.country,
                    None,
                    c.country,
                    how="context:person",
                    resolved_by="appositive",
                )
        return None

    def actors_of_children(self, tok: Token, *deps: str) -> list[Actor]:
        out: list[Actor] = []
        for c in children(tok, *deps):
            for a in self.actors_of(c):
                if a not in out:
                    out.append(a)
        return out

    def _coordinated_countries(self, t: Token, a: Actor) -> list[Actor]:
        """ "the ambassadors of France, Italy and Spain", "the Russian and US navies": one actor per
        country, same sector."""
        out = []
        located = [o for o in prep_objects(t, "in") if (it := country_actor(self.kb, o)) and it.country == a.country]
        # "the [Russian] and [US] navies": a demonym and a country name may be coordinated here
        # "[US] and [Iraqi] troops": a country's name before the noun is hung as its nmod
        mods = [c for m in children(t, "amod", "compound", "nmod") for c in m.subtree if c.dep_ == "conj"]
        listed = [
            c
            for o in prep_objects(t, "of") + prep_objects(t, "from") + located  # "lawmakers in A and B"
            for c in conjuncts(o)[1:]
        ]
        at = t.doc._.actor_at
        # "[US], [British] and [French] officials": the actors stage made one actor per country
        # of a list before the agent word (actors/country_lists.py); taken as they are
        for c in children(t, "amod", "compound", "nmod") + mods:
            made = at.get(c.i)
            if made is not None and made is not a and made.how == "context:agent" and made.country != a.country:
                out.append(made)
        for c in listed + mods:
            other = country_actor(self.kb, c)
            if other is not None and any(m is at.get(c.i) for m in out):
                continue
            if other is not None and other.country != a.country:
                out.append(
                    Actor(
                        c.text,
                        [c.idx, c.idx + len(c.text)],
                        None,
                        None,
                        other.country,
                        a.sector,
                        actor_code(other.country, a.sector) or other.code,
                        how="context:agent",
                    )
                )
        return out

    def _named(self, t: Token) -> Actor | None:
        """The actor a word is part of, or one named before it in its noun phrase."""
        named = t.doc._.actor_at.get(t.i)
        if named is None or not named.code:  # "the World Health Assembly": the WHO (org_gatherings.py)
            named = gathering_org(t, self.kb) or named
        return named or self._modifier_actor(t)

    def _modifier_actor(self, t: Token) -> Actor | None:
        """An actor named inside the noun phrase before its head: "the Islamic State terrorist
        group", "Azerbaijani hackers" (a demonym before a plural gives the country)."""
        if (relative := self._relative(t)) is not None:
            return relative  # "the suspect's [wife]": the relative, not the suspect
        if (wrongdoer := self._wrongdoer(t)) is not None:
            return wrongdoer  # "the mayor's [killer]": not the mayor
        at = t.doc._.actor_at
        mods = children(t, "appos", "compound", "amod", "poss", "nmod")
        for c in mods:
            if c.i in at:
                return at[c.i]
        for c in mods:  # one level down: "[Islamic State] terrorist" under "group"
            for g in children(c, "compound", "amod", "poss", "nmod"):
                if g.i in at:
                    return at[g.i]
        if t.tag_ in ("NNS", "NNPS") and not self.matcher.is_event_noun(t):
            # plural people of a country ("Kyrgyz politicians"), not an event ("the Russian strikes")
            for c in mods:
                a = country_actor(self.kb, c)
                if a is not None:
                    phrase = t.doc[t.left_edge.i : t.i + 1]
                    return Actor(
                        phrase.text,
                        [phrase.start_char, phrase.end_char],
                        a.kb_id,
                        a.name,
                        a.country,
                        None,
                        a.code,
                        how="context:demonym",
                    )
        return None

    def _relative(self, t: Token) -> Actor | None:
        """A relative of the person a possessive or "of" phrase names ("the suspect's [wife]", "the
        [brother] of X"; events.yaml relation_nouns), never that person: a private person of their
        country; with none, a person the text gives no country (as a name the KB lacks). None
        when the word is no relation noun or names no person it relates to ("Google's parent")."""
        if t.lemma_.lower() not in self.words.relation_nouns and t.lower_ not in self.words.relation_nouns:
            return None
        at = t.doc._.actor_at
        related = next((a for c in [*children(t, "poss"), *prep_objects(t, "of")] if (a := at.get(c.i))), None)
        if related is None or related.how not in _PERSON_HOWS:
            return None
        phrase = t.doc[t.left_edge.i : t.i + 1]
        country, sector = related.country, self.words.crowd_sector if related.country else None
        how = "context:relative" if country else "context:person"
        span = [phrase.start_char, phrase.end_char]
        return Actor(phrase.text, span, None, None, country, sector, actor_code(country, sector), how=how)

    def _wrongdoer(self, t: Token) -> Actor | None:
        """One named by a wrong done to the person a possessive names ("the mayor's [killer]", "the
        senator's kidnappers", "the president's assassin"; events.yaml wrongdoer_nouns): the
        possessor is the victim, whose office is not the wrongdoer's. A person of the victim's
        country (or of none the text gives) with no sector: a lone attacker's (GUIDELINE). None
        for any other noun, or one with no actor for its possessor."""
        if t.lemma_.lower() not in self.words.wrongdoer_nouns and t.lower_ not in self.words.wrongdoer_nouns:
            return None
        at = t.doc._.actor_at
        victim = next((a for c in children(t, "poss") if (a := at.get(c.i))), None)
        if victim is None:
            return None
        phrase = t.doc[t.left_edge.i : t.i + 1]
        span = [phrase.start_char, phrase.end_char]
        code = actor_code(victim.country, None)
        return Actor(phrase.text, span, None, None, victim.country, None, code, how="context:person")


def listed_modifiers(t: Token) -> list[Actor]:
    """The actors of a list of modifiers before a noun that names none itself, after the first
    (the first is the phrase's own, `_modifier_actor`): "rebel and [FSA] groups pressed on", "the
    army and [police] units stormed": each member names a doer of its own, as "Russia and China"
    do; a name that spans the list ("Trinidad and Tobago") is one actor, counted once."""
    at = t.doc._.actor_at
    out: list[Actor] = []
    for m in children(t, "amod", "compound", "nmod"):
        first = at.get(m.i)
        for c in conjuncts(m)[1:]:
            a = at.get(c.i)
            if a is not None and a is not first and a not in out:
                out.append(a)
    return out


def paired_with(t: Token) -> list[Actor]:
    """The second actor of a pair a phrase names again ("the [two] leaders", "[both] countries",
    "the leaders of [both] countries": actors/pairs.py puts it on the number or "both", the first
    on the noun); numbers and determiners name no actor otherwise."""
    at = t.doc._.actor_at
    own = at.get(t.i)
    partner = (t.doc._.partner_at or {}).get(t.i) if Doc.has_extension("partner_at") else None
    if partner is not None and partner is not own:
        return [partner]  # "The two presidents met. [They] signed": the pair again (actors/pairs.py)
    words = [t]
    if own is not None and own.resolved_by == "pronoun":  # "the leaders of [both] countries": each one's
        words += [
            *children(t, "poss"),
            *(o for p in children(t, "prep") if p.lower_ in ("of", "from") for o in children(p, "pobj")),
        ]
    return [
        a
        for w in words
        for c in children(w, "nummod", "det", "predet")
        if (a := at.get(c.i)) is not None and a is not own
    ]
