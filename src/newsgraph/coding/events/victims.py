"""Victims of force whose doer the text leaves unnamed and protests by unnamed crowds (issue 14):
the country and sector of the victims or body hit, whether an agentless "were killed" was an
attack, and the country of a crowd that marched (events.yaml victim_*, body_sectors,
harm_verbs, accident_words, crowd_doers)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ...kb import actor_code
from ...model import Actor, Location
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..component import doc_text
from .blasts import Blast, accidental_blast, anchored, blast_of, set_off_weapon
from .casualties import HITS, REPORTS, bare_count, casualty_report, mark
from .lexicon import ModalityWords, Trigger
from .noun_doers import stray_objects
from .participants import Participants, Subject, Targets
from .reports import dying_subject
from .syntax import children, prep_objects
from .unnamed import patients, targetless_blast

# the phrases naming the building or body an act hit ("an attack [on] a mosque")
_HIT_PREPS = frozenset({"on", "against", "at"})
# and the civilian property a verb of force hit ("rained down [on] homes", "ripped [through] a bus")
_STRUCK_PREPS = ("on", "against", "at", "through", "into")


# nouns that count a crowd whose "of" phrase says who it is ("a crowd of fans", "scores of students")
_COUNTING = frozenset({"crowd", "dozen", "dozens", "score", "scores", "thousand", "thousands", "hundred", "hundreds"})


@dataclass(frozen=True)
class VictimWords:
    """events.yaml's lists for the victims of acts of force and for unnamed crowds (issue 14)."""

    codes: tuple[str, ...]  # victim_codes
    place_sectors: frozenset[str]  # victim_place_sectors
    bodies: dict[str, str]  # body_sectors
    property: frozenset[str]  # civilian_property
    crowd_doers: frozenset[str]
    nouns: frozenset[str]  # victim_nouns
    harm_verbs: frozenset[str]
    accidents: frozenset[str]  # accident_words
    links: frozenset[str]  # harm_clause_links
    combat: frozenset[str]  # combat_verbs
    fights: frozenset[str]  # fight_episodes
    armed: frozenset[str]  # armed_sectors
    armed_group_sector: str

    @classmethod
    def load(cls) -> VictimWords:
        ev = load_rules(EventRules)
        return cls(
            tuple(ev.victim_codes),
            frozenset(ev.victim_place_sectors),
            {k.lower(): v for k, v in ev.body_sectors.items()},
            lowered(ev.civilian_property),
            lowered(ev.crowd_doers),
            lowered(ev.victim_nouns),
            lowered(ev.harm_verbs),
            lowered(ev.accident_words),
            lowered(ev.harm_clause_links),
            lowered(ev.combat_verbs),
            lowered(ev.fight_episodes),
            frozenset(ev.armed_sectors),
            ev.armed_group_sector,
        )


def _actor_at(t: Token) -> Actor | None:
    """The actor the actors stage found at a token, if any."""
    found = t.doc._.actor_at.get(t.i)
    return found if isinstance(found, Actor) else None


def setting_country(tok: Token) -> tuple[str | None, str | None]:
    """The country the piece's setting gives a word's sentence, paragraph or article, and which."""
    st = tok.doc._.setting
    return (None, None) if st is None else st.country_at(tok.i, tok.idx)


def _counted(w: Token, counts: frozenset[str]) -> bool:
    """A people named in the plural and counted in crowds ("several thousand Sikhs", "some 300
    Tamils", whatever entity the NER gave the name): a count word of the crowd words
    (thousand, hundreds) or a number from a hundred up. Not any counted noun ("300 musicians")."""
    if w.tag_ != "NNPS":
        return False
    for n in w.children:
        if n.dep_ != "nummod":
            continue
        if n.lemma_.lower() in counts:
            return True
        digits = n.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 100:
            return True
    return False


class Victims:
    """The coder's helper for acts of force with no named doer and crowds with no country."""

    def __init__(self, words: ModalityWords, triggers: dict[tuple[str, str], list[Trigger]], who: Participants) -> None:
        self.words, self.triggers, self.who = words, triggers, who
        self.lists = VictimWords.load()

    def attack_cue(self, tok: Token, sent: Span) -> bool:
        """Does the sentence of an agentless passive of harm ("were killed") name what did it:
        an unnamed attacker or a weapon ("... when their convoy hit a roadside bomb") that no
        verb of force of its own reports ("when gunmen opened fire" codes that act), and no
        accident or disaster (events.yaml harm_verbs, accident_words)? An act noun ("killed in
        the attack") codes the act itself (`act_noun`)."""
        if set_off_weapon(tok, self.words) is not None:
            return True  # "a car bomb was detonated near X": someone set it off (blasts.py)
        if tok.lemma_.lower() not in self.lists.harm_verbs:
            return False
        if {t.lemma_.lower() for t in sent} & self.lists.accidents or accidental_blast(tok):
            return False  # "killed in a crash", "killed when a gas cylinder exploded": an accident
        report = casualty_report(tok, sent, self.lists.nouns, self.words.two_sided_acts)
        if self._named_cue(sent):
            # a bare count ("between the blasts, 20 were killed") is a casualty report even beside
            # a weapon: it restates the act the article codes elsewhere
            if report and any(bare_count(s) for s in children(tok, "nsubjpass")):
                mark(tok, REPORTS)
            return True
        # a bare report of victims of harm ("at least five civilians were killed"): coded as an
        # unnamed attacker's act, marked so the article drops it when it restates an act of force
        # coded elsewhere (casualties.py)
        if report:
            mark(tok, REPORTS)
            return True
        return False

    def _named_cue(self, sent: Span) -> bool:
        """Does the sentence name an unnamed attacker or a weapon whose act no verb of force of
        its own reports (`attack_cue`)?"""
        for t in sent:
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or (
                lemma not in self.words.unidentified_doers and lemma not in self.words.instrument_codes
            ):
                continue
            verb = t.head if t.dep_ == "nsubj" else t.head.head
            if t.dep_ in ("agent", "pobj") and self._reports_force(verb):
                continue  # "was stormed by gunmen": that verb's act
            if t.dep_ == "nsubj" and self._reports_force(verb) and any(c.dep_ == "dobj" for c in verb.children):
                continue  # "gunmen opened fire on them": that verb's act, which has its object
            # (an intransitive one, "when a bomb exploded", names no one it hit: the harm verb's
            # victims are the act's)
            if any(self.who.force_noun(h) for h in t.ancestors):
                continue  # "a car bomb attack": the act noun's act
            return True
        return False

    def clause_doer(self, tok: Token) -> Subject | None:
        """The doer of an agentless passive of harm ("ten farmers were killed") that a clause of
        time on it names as the doer of an act of force ("... when rebels raided the camp", "after
        troops opened fire on a march"): the one whose attack did the harm (when, after, as). Only
        a doer with a country or a side; the clause's own act is coded on its own verb too. Or the
        "by" phrase of a passive of harm coordinated after it."""
        harm = self.lists.harm_verbs | self.words.intentional_force
        if tok.lemma_.lower() not in harm:
            return None
        # "twelve were killed and dozens (were) wounded by a car bomb": the by-phrase of a later
        # coordinated passive of harm is the doer of both
        later = [c for c in children(tok, "conj") if c.pos_ == "VERB"]
        later += [a for n in children(tok, "conj") if n.pos_ in ("NUM", "NOUN") for a in children(n, "acl")]
        for c in later:
            if c.lemma_.lower() in harm and children(c, "agent"):
                return self.who.subject(c)
        for c in children(tok, "advcl"):
            if c.pos_ != "VERB":
                continue
            if c.lemma_.lower() in self.lists.combat and not children(c, "nsubj", "nsubjpass"):
                # "was killed (while) fighting the army": the victim's foe (`foe`)
                foe = self.foe(c)
                if foe is not None:
                    return foe
                continue
            if not any(m.dep_ in ("mark", "advmod") and m.lower_ in self.lists.links for m in c.children):
                continue
            entry = self.who.matcher.match(c, self.triggers.get((c.lemma_.lower(), "verb"), []))
            forceful = entry is not None and entry.cameo.startswith(self.words.null_source_codes)
            if not forceful and not any(self._forceful_object(o) for o in children(c, "dobj")):
                continue  # "after troops announced a truce": no act of force
            found = self.who.subject(c)
            doers = [a for a in found.actors if a.country or a.code]
            if doers and not found.passive:
                return Subject(doers, True, found.doer)
        return None

    def foe(self, clause: Token) -> Subject | None:
        """The side a victim was fighting when harmed ("was killed while fighting [the Syrian
        army]", "killed battling [rebels]"; events.yaml combat_verbs): its object or "against"
        phrase when that is an armed actor (armed_sectors, a state or a named group), or a doer
        the text leaves unnamed ("while fighting gunmen": no source). Not "while fighting a
        fire": no actor."""
        return self._armed_side([*children(clause, "dobj"), *prep_objects(clause, "against")])

    def clash_doer(self, tok: Token, act: Token) -> Subject | None:
        """The other side of the fighting a passive of harm happened in ("were killed in clashes
        [with Kurdish forces]", "during a battle [against the army]"; events.yaml two_sided_acts):
        its doer, when an armed actor (`foe`), else a crowd or private persons of a country ("in a
        clash with [Israeli settlers]", `_crowd_side`). Not "killed in a car crash": no fighting."""
        harm = self.lists.harm_verbs | self.words.intentional_force
        if tok.lemma_.lower() not in harm or act.lemma_.lower() not in self.words.two_sided_acts:
            return None
        sides = [*prep_objects(act, "with"), *prep_objects(act, "against")]
        return self._armed_side(sides) or self._crowd_side(sides)

    def fallen_side(self, tok: Token, act: Token | None) -> bool:
        """Is a passive of harm in an episode of fighting that names no other side ("two Afghan
        soldiers were killed in a gunfight", "were wounded in clashes with gunmen"; events.yaml
        fight_episodes) an unnamed foe's act on its victims? They are the one side the text gives;
        coded with no source when they have a country: their own, or for private persons and
        officials (victim_place_sectors) the setting's. Not when the fight names a side ("clashes
        between the army and rebels"), nor for victims of no
        country ("three militants were killed in a firefight"). A bare casualty report: dropped when
        the article codes the act it restates (casualties.py)."""
        # a verb of deliberate harm as well ("was shot in a clash in X"), as for `clash_doer`
        harm = self.lists.harm_verbs | self.words.intentional_force
        if act is None or act.lemma_.lower() not in self.lists.fights or tok.lemma_.lower() not in harm:
            return False
        fallen = children(tok, "nsubjpass") or patients(tok, harm)
        acts = [act, *children(act, "conj")]  # "during fighting and shelling [by X]": X's
        if len(fallen) != 1 or children(tok, "agent", "neg") or not all(self.who.doerless(a) for a in acts):
            return False
        # a side the fight's phrase names, armed or not ("with the army", "with their neighbours",
        # "between rival fans"), is the foe (`clash_doer`) or makes it a brawl or feud; only an
        # unnamed attacker ("with gunmen") leaves the foe unnamed
        sides = [o for p in ("with", "against", "between", "among") for o in prep_objects(act, p)]
        if any(not self.who.unnamed_doer(Subject([], True, o)) for o in sides):
            return False
        victims = self.who.actors_of(fallen[0])
        if not any(a.country or (a.sector in self.lists.place_sectors and setting_country(tok)[0]) for a in victims):
            return False
        mark(tok, REPORTS)
        return True

    def _crowd_side(self, nouns: list[Token]) -> Subject | None:
        """The first of the nouns that is an unarmed side of a country ("in a clash with [Israeli
        settlers]", "in clashes with [Kenyan protesters]"; armed ones are `_armed_side`'s): in a
        fight the text gives two sides, the one the victim fought is the doer, armed or not."""
        for o in nouns:
            found = [a for a in self.who.actors_of(o) if a.country and a.sector]
            if found:
                return Subject(found, True, o)
        return None

    def _armed_side(self, nouns: list[Token]) -> Subject | None:
        """The first of the nouns that is an armed actor (a force, a state or an armed group:
        "the army", "armed opposition groups", "Islamic State militants"; not civilians), or a
        doer the text leaves unnamed ("gunmen", with no country of their own: no source)."""
        for o in nouns:
            unnamed = Subject([], True, o)
            armed = [
                a
                for a in self.who.actors_of(o)
                if a.code
                and (a.sector is None or a.sector in self.lists.armed)
                and (a.country or a.kb_id or not self.who.unnamed_doer(unnamed))
            ]
            if armed:
                return Subject(armed, True, o)
            if self.who.unnamed_doer(unnamed):
                return unnamed
        return None

    def agent_group(self, tok: Token, subject: Subject) -> Subject | None:
        """The "by" phrase of a passive of harm that names a people as a group the actors stage
        gives no country ("were killed by Tutsis", "by Fulani herdsmen", "by Hutu militiamen"): the
        group, of the setting's country, civilians (crowd_sector) or, for armed men (a sector the
        actors stage gave, or an unidentified doer noun), armed_group_sector. A people with a
        country of its own ("by Israelis") is that country's, by the actors stage."""
        d = subject.doer  # (the coder asks only for a verb of force)
        if d is None or not subject.passive or d.tag_ not in ("NNS", "NNPS"):
            return None
        if any(a.country for a in subject.actors):
            return None
        if not (d.ent_type_ == "NORP" or d.tag_ == "NNPS") and not any(
            c.ent_type_ == "NORP" or c.tag_ in ("NNP", "NNPS") for c in children(d, "compound", "amod")
        ):
            return None  # "by the attackers": unnamed, not a people
        country = setting_country(tok)[0]
        if not country:
            return None
        armed = any(a.sector in self.lists.armed for a in subject.actors) or (
            d.lemma_.lower() in self.words.unidentified_doers
        )
        sector = self.lists.armed_group_sector if armed else self.words.crowd_sector
        first = min([d, *d.subtree], key=lambda t: t.i)
        span = [first.idx, d.idx + len(d.text)]
        group = Actor(
            doc_text(d.doc)[span[0] : span[1]], span, None, None, country, sector, actor_code(country, sector)
        )
        group.how, group.resolved_by = "implied:group", "implied"
        return Subject([group], True, d)

    def _forceful_object(self, o: Token) -> bool:
        """Is a clause's object an act of force or a weapon ("launched [an offensive]", "fired [a
        barrage] of shells")? Then the clause reports an act of force whatever its verb."""
        weapons = self.words.instrument_codes
        return (
            self.who.force_noun(o)
            or o.lemma_.lower() in weapons
            or any(w.lemma_.lower() in weapons or self.who.force_noun(w) for w in prep_objects(o, "of"))
        )

    def blast_act(self, tok: Token, code: str, unnamed: bool) -> Blast:
        """The act an unnamed attacker's verb of harm (coded `code`) reports the victims of: a
        weapon's blast or strike told by another verb, with its finer code (blasts.py), else the
        verb itself."""
        found = blast_of(tok, code, self.words, self.who.matcher) if unnamed else None
        return found or Blast(tok, code)

    def anchored(self, tok: Token, blast: Blast) -> Token:
        """The word the event is written on: the blast's verb, unless that verb names an actor it
        hit (then it codes its own act there) or is taken (blasts.py)."""
        if blast.entry is None:
            return tok
        found = self.who.targets(blast.verb, blast.entry, bool(children(blast.verb, "auxpass"))).actors
        return anchored(tok, blast, any(a.code and not a.how.startswith(("place", "kb:capital")) for a in found))

    def blast(self, tok: Token, code: str, doer: Token | None) -> bool:
        """Is the verb a weapon's explosion that hit no one named, coded with no target ("a car
        bomb [exploded] in X"; unnamed.py)?"""
        doer = doer or set_off_weapon(tok, self.words)  # "a car bomb was detonated in X": the bomb
        if not targetless_blast(tok, code, doer, self.lists.harm_verbs):
            return False
        mark(tok, REPORTS)  # restates the attack when the article codes it elsewhere (casualties.py)
        return True

    def _reports_force(self, verb: Token) -> bool:
        """Is the word a verb with a trigger entry of force (events.yaml null_source_codes)?"""
        entries = self.triggers.get((verb.lemma_.lower(), "verb"), [])
        return verb.pos_ in ("VERB", "AUX") and any(e.cameo.startswith(self.words.null_source_codes) for e in entries)

    def crowd_doers(self, subject: Subject, tok: Token, loc: Location | None) -> list[Actor | None]:
        """Protesters the text names only as a crowd ("thousands marched", "hundreds of students
        rallied", "Sikhs protested"; events.yaml crowd_doers, or a NORP group): of the country of
        a demonym in the phrase, else of the event's place; none when neither gives one."""
        d = subject.doer
        if d is None or subject.passive or d.pos_ not in ("NOUN", "PROPN", "NUM"):
            return []
        words = [d, *[o for p in ("of", "among") for o in prep_objects(d, p)]]
        # "thousands [of fans]", "a crowd of pilgrims": a count's noun says who the crowd is
        # ("neighbours of the plant" are the neighbours)
        counting = d.like_num or d.ent_type_ == "CARDINAL" or d.lemma_.lower() in _COUNTING
        named = words[1:] if counting and words[1:] else words
        if not any(
            w.lemma_.lower() in self.lists.crowd_doers or w.ent_type_ == "NORP" or _counted(w, self.lists.crowd_doers)
            for w in named
        ):
            return []
        country = next((a.country for w in words for c in w.subtree if (a := _actor_at(c)) and a.country), None)
        if country is None and loc is not None and loc.kind != "region":
            country = loc.country
        country = country or setting_country(tok)[0]  # "thousands marched" in a piece set in a country
        if not country:
            return []
        sector = self.words.crowd_sector
        code = actor_code(country, sector)
        return [Actor(d.text, [d.idx, d.idx + len(d.text)], None, None, country, sector, code, how="implied:place")]

    def placed_crowd(
        self, sources: list[Actor | None], subject: Subject, tok: Token, loc: Location | None
    ) -> list[Actor | None]:
        """Sources of a sector and no country ("Students [EDU]", "activists [OPP]") that the text
        names as a crowd (`crowd_doers`): of the country that crowd's place gives, keeping their
        sector. Others as they are."""
        if not any(s is not None and s.sector and not s.country and not s.kb_id for s in sources):
            return sources
        crowd = self.crowd_doers(subject, tok, loc)
        if not crowd or crowd[0] is None or not crowd[0].country:
            return sources
        c = crowd[0].country
        return [
            replace(s, country=c, code=actor_code(c, s.sector))
            if s is not None and s.sector and not s.country and not s.kb_id
            else s
            for s in sources
        ]

    def as_crowd(self, a: Actor | None, subject: Subject) -> Actor | None:
        """A demonym in the plural ("Palestinians", "thousands of Kurds") as protesters of its country."""
        d = subject.doer
        if a is None or a.sector or a.how != "kb:demonym" or not a.country or d is None:
            return a
        if not any(
            t.tag_ in ("NNS", "NNPS") or t.like_num for t in (d, *d.subtree) if t.i in d.doc._.actor_at or t is d
        ):
            return a
        sector = self.words.crowd_sector
        return replace(a, sector=sector, code=actor_code(a.country, sector))

    def victims(self, site: Token, targets: Targets, loc: Location | None, unnamed: bool = False) -> Targets:
        """The target of an act of force with a country: victims the actors stage gave a sector
        only take the country of the event's place, else the setting's; a place hit whose phrase
        names a body ("a synagogue in the city") is that body (events.yaml body_sectors). An act
        that hit no one named, told as the cause of a death, hit those who died (reports.py)."""
        if not targets.actors and (dead := dying_subject(site, self.lists.links)) is not None:
            targets = Targets(self.who.actors_of(dead), dead)
        place = loc.country if loc is not None and loc.kind != "region" else None
        country = place or setting_country(site)[0]
        by = "place" if place else "implied"
        out: list[Actor] = []
        for a in targets.actors:
            if (
                not a.country
                and a.kb_id is None
                and a.sector in self.lists.place_sectors
                and not (a.code or "").startswith(("IGO", "NGO"))
                and country
            ):
                a = replace(a, country=country, code=actor_code(country, a.sector), resolved_by=by)
            out.append(a)
        # actors with no sector that name a place, not a person ("[the attacker]": role_targets.py)
        placed = all(a.sector is None and a.how != "kb:country" and not a.how.startswith("implied:") for a in out)
        heads = [targets.head] if targets.head is not None else []
        heads += children(site, "dobj", "nsubjpass") if placed else []
        if placed and site.dep_ == "conj" and not children(site, "nsubj", "nsubjpass"):
            heads += children(site.head, "nsubjpass")  # "the villagers were chased and [hacked]": theirs
        # a bare number of victims ("killing [at least 10]", "[14] were wounded") or counted
        # others ("[eight others] were injured") counts people
        victims = [
            h
            for h in heads
            if (h.pos_ == "NOUN" and h.lemma_.lower() in self.lists.nouns)
            or (h.dep_ in ("dobj", "nsubjpass") and bare_count(h))
            or (
                h.dep_ == "nsubj"
                and h.head.i == site.i
                and patients(site, self.lists.harm_verbs) == [h]
                and bare_count(h)
            )
        ]
        if placed and country and victims:
            # "killed 21 tourists", "shot the driver": private persons named by what they are; a
            # demonym of their own phrase is their country ("raped [a Canadian] tourist in Paris")
            head, sector = victims[0], self.words.crowd_sector
            own = [c.idx for c in head.children if c.dep_ in ("amod", "compound")]
            named = next(
                (a.country for a in out if a.how.endswith("demonym") and any(a.span[0] <= i < a.span[1] for i in own)),
                None,
            )
            country, by = (named, "title") if named else (country, by)
            span = [head.idx, head.idx + len(head.text)]
            victim = Actor(head.text, span, None, None, country, sector, actor_code(country, sector))
            victim.how, victim.resolved_by = "implied:victim", by
            return Targets([victim], head)
        if all(a.sector is None and not a.how.startswith("implied:") for a in out):
            body = self._body(site, targets)
            if body is not None:
                noun, sector = body
                where_ = next((a.country for a in out if a.country), None) or country
                if where_:
                    hit = Actor(
                        noun.text,
                        [noun.idx, noun.idx + len(noun.text)],
                        None,
                        None,
                        where_,
                        sector,
                        actor_code(where_, sector),
                        how="implied:place",
                        resolved_by="place",
                    )
                    if unnamed:
                        mark(site, HITS)  # a disaster's blast in an article that tells of one (casualties.py)
                    return Targets([hit], noun)
        return Targets(out, targets.head)

    def _body(self, site: Token, targets: Targets) -> tuple[Token, str] | None:
        """A building or body hit (events.yaml body_sectors) among the act's objects and its place's
        noun, else civilian property it hit (`_property`)."""
        cands = [targets.head] if targets.head is not None else []
        cands += children(site, "dobj", "nsubjpass")
        cands += [o for p in ("on", "against", "at", "in", "into") for o in prep_objects(site, p)]
        cands += stray_objects(site, _HIT_PREPS)  # "after vandalism [against a synagogue]" hung on the verb
        for n in cands:
            if n is None or n.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = n.lemma_.lower()
            comp = " ".join(c.lower_ for c in children(n, "compound"))
            # "a police station", "a [military] base" (an adjective's one word), the noun alone
            mods = [c.lower_ for c in children(n, "amod") if c.i < n.i]
            for form in (f"{comp} {lemma}".strip(), *(f"{m} {lemma}" for m in mods), lemma):
                if form in self.lists.bodies:
                    return n, self.lists.bodies[form]
        found = self._property(site, targets)
        return (found, self.words.crowd_sector) if found is not None else None

    def _property(self, site: Token, targets: Targets) -> Token | None:
        """Civilian property an act of force hit (events.yaml civilian_property: "rockets struck
        [homes]", "shells rained down on [residential areas]", "a blast ripped through [a minibus]"),
        a common noun alone or with its modifier ("a [civilian] vehicle"): it stands for its
        civilians. Where a verb that hit nothing else went off ("exploded in [a residential
        area]"); not where a passive's person was harmed ("was found murdered in [his apartment]")."""
        cands = [targets.head] if targets.head is not None else []
        cands += children(site, "dobj")
        cands += [o for p in _STRUCK_PREPS for o in prep_objects(site, p)]
        if not children(site, "dobj", "auxpass") and (site.tag_ != "VBN" or children(site, "aux")):
            cands += prep_objects(site, "in")  # "(has) exploded in", not "was found murdered in"
        for n in cands:
            if n is None or n.pos_ != "NOUN":
                continue
            lemma = n.lemma_.lower()
            mods = [c.lower_ for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i]
            if lemma in self.lists.property or any(f"{m} {lemma}" in self.lists.property for m in mods):
                return n
        return None
