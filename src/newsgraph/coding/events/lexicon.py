"""The events stage's rule files, read and checked: the trigger entries (`rules/triggers-*.yaml`,
format in docs/kb.md), the act maps of announced refusals, intents and demands, and the
modality word lists (`rules/modality.yaml`, `rules/events.yaml`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ...kb import cameo
from ...rulefile import RULES_DIR, RuleError, checked_entries, line_of, load_rules, lowered, read_yaml
from ...ruleschemas import (
    ActMapRules,
    DemandRules,
    EventRules,
    IntentRules,
    ModalityRules,
    RefusalRules,
    TriggerEntry,
)

TARGET_FORMS = ("dobj", "dative", "poss", "none", "nsubj")
# the `cameo` of an entry that vetoes the word's other readings ("fought corruption": no event)
NO_EVENT = "none"
DEFAULT_TARGETS = {
    "verb": ("dobj",),
    "noun": ("prep:of", "prep:to", "prep:against", "prep:on", "prep:with"),
    "adj": ("prep:about", "prep:of", "prep:over", "prep:with"),  # "skeptical of X"
}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    target: tuple[str, ...]
    particle: str | None
    objects: tuple[str, ...]
    xcomp: tuple[str, ...]
    preps: tuple[str, ...]
    origin: str
    pair: str | None = None  # the target's event back to the source ("visit" -> "receive a visit")
    modifiers: tuple[str, ...] = ()  # words modifying the noun (the trigger's or its object's)
    predicates: tuple[str, ...] = ()  # what the object is called: "called the move [an abuse]"
    clause: bool = False  # a clausal complement is needed: "alleged [that X did Y]"
    subjects: tuple[str, ...] = ()  # the subject's head noun: "[troops] left Iraq" (0874), not tourists
    attack: bool = False  # the clause reports an act of force: "launched an offensive, [targeting] X"

    @property
    def specificity(self) -> float:
        # a named xcomp or object outranks the wildcard "*" ("ask X to send aid" is 023, not plain 020)
        xcomp = 0.5 if self.xcomp == ("*",) else float(bool(self.xcomp))
        objects = 0.5 if self.objects == ("*",) else float(bool(self.objects))
        return (
            bool(self.particle)
            + objects
            + xcomp
            + bool(self.preps)
            + bool(self.modifiers)
            + bool(self.predicates)
            + self.clause
            + bool(self.subjects)
            + self.attack
        )

    @property
    def name(self) -> str:
        firsts = (*self.subjects[:1], *self.modifiers[:1], *self.objects[:1], *self.xcomp[:1], *self.predicates[:1])
        extra = "".join(f"+{x}" for x in (self.particle, *firsts) if x) + ("+that" if self.clause else "")
        extra += "+attack" if self.attack else ""
        return f"{self.pos}:{self.lemma}{extra}->{self.cameo}"


#: trigger entries by (lemma, pos), most specific first
TriggerTable = dict[tuple[str, str], list[Trigger]]


def _as_tuple(v: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.lower(),)
    return tuple(x.lower() for x in v)


def _entry_error(path: Path, n: int, e: TriggerEntry, problem: str) -> RuleError:
    """'file:line: entry N (lemma): problem' (the line looked up only now, for the error)."""
    return RuleError(f"{path}:{line_of(path, (n - 1,))}: entry {n} ({e.lemma}): {problem}")


def load_triggers(paths: Iterable[Path]) -> TriggerTable:
    """Trigger entries by (lemma, pos): keys and types checked by the `TriggerEntry` schema, and
    every code against CAMEO; an error names the file, the entry's line and the entry."""
    table: TriggerTable = {}
    known = cameo.codes()
    for path in paths:
        for n, e in enumerate(checked_entries(path, read_yaml(path), TriggerEntry), 1):
            where_ = f"{path}: entry {n}"
            code = str(e.cameo)
            pair = str(e.pair) if e.pair is not None else None
            for c in (code, pair):
                if c is not None and c not in known and not (c == NO_EVENT and c is code):
                    raise _entry_error(path, n, e, f"unknown CAMEO code {c!r}")
            targets = _as_tuple(e.target) or DEFAULT_TARGETS[e.pos]
            for t in targets:
                if t not in TARGET_FORMS and not t.startswith("prep:"):
                    raise _entry_error(path, n, e, f"bad target {t!r}")
            modifiers = _as_tuple(e.modifier)
            if modifiers and e.pos != "noun" and not e.object:
                raise _entry_error(path, n, e, "`modifier` needs a noun: pos noun, or an `object`")
            trig = Trigger(
                e.lemma.lower(),
                e.pos,
                code,
                targets,
                e.particle or None,
                _as_tuple(e.object),
                _as_tuple(e.xcomp),
                _as_tuple(e.prep),
                where_,
                pair,
                modifiers,
                _as_tuple(e.predicate),
                e.clause,
                _as_tuple(e.subject),
                e.attack,
            )
            table.setdefault((trig.lemma, e.pos), []).append(trig)
    for entries in table.values():
        entries.sort(key=lambda t: -t.specificity)
    return table


@dataclass(frozen=True)
class ModalityWords:
    """The word lists of `rules/modality.yaml` (and `events.yaml`) the stage reads the parse with:
    the moods (planned, hypothetical, negated), and the words that steer source and target."""

    planned: frozenset[str]
    hypothetical: frozenset[str]
    negated: frozenset[str]
    negated_degrees: frozenset[str]  # "no [longer]": negated with its "no" (mood.py)
    speech: frozenset[str]
    light_verbs: frozenset[str]
    planned_preps: frozenset[str]
    symmetric_codes: tuple[str, ...]  # for str.startswith, like every *_codes list of prefixes
    one_sided_codes: tuple[str, ...]  # of those, the ones co-subjects do together, not to each other
    reciprocal_verbs: frozenset[str]
    reciprocal_pronouns: frozenset[frozenset[str]]  # each phrase's words: "each other" -> {each, other}
    call_codes: tuple[str, ...]
    group_nouns: frozenset[str]
    quantifier_subjects: frozenset[str]
    subject_control: frozenset[str]
    ordering_verbs: frozenset[str]
    kept_from: frozenset[str]
    speaker_pronouns: frozenset[str]
    denying_verbs: frozenset[str]  # an act in their clause is denied, not stated
    light_nouns: frozenset[str]
    attempt_nouns: frozenset[str]  # "an attempt to capture X": tried, by the one who tries
    assassinated_offices: frozenset[str]  # "shot dead [the mayor]": an assassination (186)
    killing_verbs: dict[str, frozenset[str]]  # verb -> the words it needs to kill ("shot [dead]")
    attempt_codes: dict[str, str]  # an act's code -> CAMEO's code for its attempt (186 -> 185)
    purpose_roots: dict[str, tuple[str, ...]]  # an infinitive's root -> roots of verbs it is the purpose of
    attempt_modifiers: frozenset[str]  # "a [failed] assassination": only tried
    attempt_verbs: frozenset[str]  # "tried to assassinate": only tried
    attempted_roots: tuple[str, ...]  # "tried to storm X": an attack made, coded as the act (19)
    trying_verbs: frozenset[str]  # the verbs of trying that make attempted_roots' acts (not "seek")
    failing_verbs: frozenset[str]  # "the attempt failed": an attempt made all the same
    place_target_codes: tuple[str, ...]
    place_target_preps: tuple[str, ...]  # tried in the file's order ("in" before "from"): not a set's
    noun_object_preps: frozenset[str]
    partner_preps: frozenset[str]
    acted_on_preps: tuple[str, ...]  # partner_preps, then events.yaml's acted_on_preps: tried in order
    opposed_preps: tuple[str, ...]
    of_doer_preps: frozenset[str]
    source_from_verbs: frozenset[str]
    comment_target_codes: tuple[str, ...]
    conditioned_codes: tuple[str, ...]
    invitation_codes: tuple[str, ...]
    condition_marks: frozenset[str]
    heeded_request_codes: tuple[str, ...]
    heeded_request_preps: frozenset[str]
    message_nouns: frozenset[str]
    message_verbs: frozenset[str]
    patient_nouns: frozenset[str]
    role_nouns: frozenset[str]
    reaction_codes: tuple[str, ...]
    reacted_to_codes: tuple[str, ...]  # acts under reaction_codes others react to (charges)
    told_act_codes: tuple[str, ...]  # evaluations of a told act's doer (earlier.py)
    lasting_states: frozenset[str]
    anaphoric_acts: frozenset[str]
    anaphoric_determiners: frozenset[str]
    policy_target_codes: tuple[str, ...]
    policy_nouns: frozenset[str]
    policy_own_verbs: frozenset[str]
    owner_target_codes: tuple[str, ...]
    owner_kind_nouns: frozenset[str]
    null_source_codes: tuple[str, ...]
    held_ground_codes: tuple[str, ...]  # acts only one holding ground does (occupy, besiege)
    unidentified_doers: frozenset[str]
    unidentified_modifiers: frozenset[str]
    instrument_codes: dict[str, str]
    bombing_kinds: dict[str, str]  # a bomb's modifier -> its bombing's finer code (suicide 1831)
    two_sided_acts: frozenset[str]
    joint_act_reports: frozenset[str]  # verbs of a joint act done, in the passive
    joint_documents: frozenset[str]  # agreements: joint acts with no trigger of their own
    joint_aims: frozenset[str]  # "agreed to [cooperate]", "pledged to deepen [ties]": an intent shared
    joining_verbs: frozenset[str]  # "joined the EU's sanctions": the joiner does the act too
    attribution_words: frozenset[str]
    asking_words: frozenset[str]
    foreign_codes: dict[str, str]
    own_state_codes: dict[str, str]  # 192 -> 170: an army taking its own country is a coup
    implied_agents: dict[str, str]  # verb lemma -> the sector of the one implied to do it
    state_acts: dict[str, frozenset[str]]  # verb lemma -> what only a state does that to
    aid_families: tuple[str, ...]  # codes of aid whose last digit the aid's kind names (070 -> 072)
    aid_nouns: frozenset[str]  # "aid", "assistance": nouns whose modifier names the kind of aid
    aid_kinds: dict[str, frozenset[str]]  # the digit of a kind -> the modifiers naming it
    crowd_codes: tuple[str, ...]  # demonstrations: doers from the place, the own government as target
    crowd_sector: str
    estimate_verbs: frozenset[str]  # protests.py
    demand_nouns: frozenset[str]
    demand_codes: tuple[str, ...]
    protest_doers: frozenset[str]
    greeted_verbs: frozenset[str]
    protest_sites: frozenset[str]  # protests.py: "outside the [US embassy]"
    meeting_codes: frozenset[str]
    visit_code: str
    host_code: str
    planned_meeting_code: str
    undergoing_verbs: frozenset[str]  # "received [a prison sentence]": the subject undergoes the act
    undergone_acts: dict[str, str]  # act noun -> the sector of the one implied to do it
    giving_verbs: frozenset[str]  # "handed down [the sentence]": the active subject gives it
    guilt_verbs: dict[str, frozenset[str]]  # "found guilty of [raping]": verb -> words it needs
    clearing_verbs: frozenset[str]  # "acquitted of [raping]": the act not established
    held_nouns: frozenset[str]  # "an individual has been arrested": a person of the state's country
    relation_nouns: frozenset[str]  # "the suspect's [wife]": the relative, not the possessor
    wrongdoer_nouns: frozenset[str]  # "the mayor's [killer]": not the mayor, nor of the mayor's office
    intentional_force: frozenset[str]  # "was murdered": a passive with no agent is an unnamed doer's
    sector_partner_codes: dict[str, dict[str, str]]  # code -> target sector -> code ("with the navies": 062)
    claim_codes: tuple[str, ...]  # claiming responsibility: aimed where the claimed act was
    claimed_act_codes: tuple[str, ...]  # acts one claims: an anaphoric one takes an earlier one's target
    pointing_quantifiers: frozenset[str]  # "all three attacks": points back like "the"
    owner_participles: dict[str, str]  # "belonging to X", "owned by X": participle -> preposition
    topic_participles: dict[str, str]  # "documents relating to X": participle -> preposition
    context_places: frozenset[str]  # "the region": the country the story is set in
    trial_words: frozenset[str]  # "during a test": a weapon fired at no one
    bearing_preps: frozenset[str]  # "despite criticism by X": aimed at the clause subject
    bearing_verbs: frozenset[str]  # "drew criticism from X": aimed at the subject
    inquiry_preps: tuple[str, ...]  # "an investigation into the shooting": aimed at its doer
    ending_nouns: dict[str, tuple[str, ...]]  # "an end [to] the killings": noun -> its preps (ending_preps)
    inquired_act_codes: tuple[str, ...]  # acts an inquiry or an end is asked of their doer for
    member_list_words: frozenset[str]  # "countries including X": the group is its members
    member_nouns: frozenset[str]  # "the AU member states": an organisation's members, unnamed
    meeting_nouns: frozenset[str]  # gatherings whose describing clause names who attended
    answer_codes: tuple[str, ...]  # refusals, yielding: aimed at who asked for what they refuse or give
    answer_preps: tuple[str, ...]  # "acceded [to] the demands", "complied [with] the order"
    refusing_codes: tuple[str, ...]  # refusals: also aimed at who asked for the thing they refuse
    asking_codes: tuple[str, ...]  # acts that ask for something (appeals, demands)
    asking_acts: frozenset[str]  # nouns and verbs that ask ("subpoenas for documents")
    pointing_adjectives: frozenset[str]  # "such a request": points back like "the"
    similar_adjectives: frozenset[str]  # "similar accusations": another act of the kind just reported
    agreement_nouns: frozenset[str]  # "welcomed the deal": the doers of the latest act on an agreement
    undoing_codes: tuple[str, ...]  # "the ban was lifted": by whoever put it in place
    issuing_verbs: frozenset[str]  # "introduced a bill", "authorized subpoenas": the issuer's


def _prefixes(codes: tuple[str, ...]) -> tuple[str, ...]:
    """CAMEO code prefixes as `str.startswith` takes them, made once at load."""
    return tuple(sorted(set(codes)))


def load_modality(mod: ModalityRules, ev: EventRules) -> ModalityWords:
    """The word lists of modality.yaml (the moods) and events.yaml (what steers source and target)."""
    return ModalityWords(
        planned=lowered(mod.planned),
        hypothetical=lowered(mod.hypothetical, mod.unlikely),
        negated=lowered(mod.negated),
        negated_degrees=lowered(mod.negated_degrees),
        speech=lowered(mod.reported_speech),
        light_verbs=lowered(ev.light_verbs, ev.announcing_verbs),
        planned_preps=lowered(ev.planned_preps),
        symmetric_codes=_prefixes(ev.symmetric_codes),
        one_sided_codes=_prefixes(ev.one_sided_codes),
        reciprocal_verbs=lowered(ev.reciprocal_verbs),
        reciprocal_pronouns=frozenset(frozenset(p.lower().split()) for p in ev.reciprocal_pronouns),
        call_codes=_prefixes(ev.call_codes),
        group_nouns=lowered(ev.group_nouns),
        quantifier_subjects=lowered(ev.quantifier_subjects),
        subject_control=lowered(ev.subject_control),
        ordering_verbs=lowered(ev.ordering_verbs),
        kept_from=lowered(ev.kept_from),
        speaker_pronouns=lowered(ev.speaker_pronouns),
        denying_verbs=lowered(ev.denying_verbs),
        light_nouns=lowered(ev.light_nouns),
        attempt_nouns=lowered(ev.attempt_nouns),
        assassinated_offices=lowered(ev.assassinated_offices),
        killing_verbs={k.lower(): lowered(v) for k, v in ev.killing_verbs.items()},
        attempt_codes=dict(ev.attempt_codes),
        purpose_roots={k: tuple(v) for k, v in ev.purpose_roots.items()},
        attempt_modifiers=lowered(ev.attempts.get("modifiers", ())),
        attempt_verbs=lowered(ev.attempts.get("verbs", ())),
        attempted_roots=_prefixes(ev.attempts.get("made_roots", ())),
        trying_verbs=lowered(ev.attempts.get("made_verbs", ())),
        failing_verbs=lowered(ev.attempts.get("failing", ())),
        place_target_codes=_prefixes(ev.place_target_codes),
        place_target_preps=tuple(dict.fromkeys(w.lower() for w in ev.place_target_preps)),
        noun_object_preps=lowered(ev.noun_object_preps),
        partner_preps=lowered(ev.partner_preps),
        acted_on_preps=tuple(dict.fromkeys(w.lower() for w in (*ev.partner_preps, *ev.acted_on_preps))),
        opposed_preps=tuple(w.lower() for w in ev.opposed_preps),
        of_doer_preps=lowered(ev.of_doer_preps),
        source_from_verbs=lowered(ev.source_from_verbs),
        comment_target_codes=_prefixes(ev.comment_target_codes),
        conditioned_codes=_prefixes(ev.conditioned_codes),
        invitation_codes=_prefixes(ev.invitation_codes),
        condition_marks=lowered(ev.condition_marks),
        heeded_request_codes=_prefixes(ev.heeded_request_codes),
        heeded_request_preps=lowered(ev.heeded_request_preps),
        message_nouns=lowered(ev.message_nouns),
        message_verbs=lowered(ev.message_verbs),
        patient_nouns=lowered(ev.patient_nouns),
        role_nouns=lowered(ev.role_nouns),
        reaction_codes=_prefixes(ev.reaction_codes),
        reacted_to_codes=_prefixes(ev.reacted_to_codes),
        told_act_codes=_prefixes(ev.told_act_codes),
        lasting_states=lowered(ev.lasting_states),
        anaphoric_acts=lowered(ev.anaphoric_acts),
        anaphoric_determiners=lowered(ev.anaphoric_determiners),
        policy_target_codes=_prefixes(ev.policy_target_codes),
        policy_nouns=lowered(ev.policy_nouns),
        policy_own_verbs=lowered(ev.policy_own_verbs),
        owner_target_codes=_prefixes(ev.owner_target_codes),
        owner_kind_nouns=lowered(ev.owner_kind_nouns),
        null_source_codes=_prefixes(ev.null_source_codes),
        held_ground_codes=_prefixes(ev.held_ground_codes),
        unidentified_doers=lowered(ev.unidentified_doers),
        unidentified_modifiers=lowered(ev.unidentified_modifiers),
        instrument_codes={k.lower(): v for k, v in ev.instrument_codes.items()},
        bombing_kinds={k.lower(): v for k, v in ev.bombing_kinds.items()},
        two_sided_acts=lowered(ev.two_sided_acts),
        joint_act_reports=lowered(ev.joint_act_reports),
        joint_documents=lowered(ev.joint_documents),
        joint_aims=lowered(ev.joint_aims),
        joining_verbs=lowered(ev.joining_verbs),
        attribution_words=lowered(ev.attribution_words),
        asking_words=lowered(ev.asking_words),
        foreign_codes=dict(ev.foreign_codes),
        own_state_codes=dict(ev.own_state_codes),
        implied_agents={k.lower(): v for k, v in ev.implied_agents.items()},
        state_acts={k.lower(): lowered(v) for k, v in ev.state_acts.items()},
        aid_families=tuple(ev.aid_families),
        aid_nouns=lowered(ev.aid_nouns),
        aid_kinds={k: lowered(v) for k, v in ev.aid_kinds.items()},
        crowd_codes=_prefixes(ev.crowd_codes),
        crowd_sector=ev.crowd_sector,
        estimate_verbs=lowered(ev.estimate_verbs),
        demand_nouns=lowered(ev.demand_nouns),
        demand_codes=_prefixes(ev.demand_codes),
        protest_doers=lowered(ev.protest_doers),
        greeted_verbs=lowered(ev.greeted_verbs),
        protest_sites=lowered(ev.protest_sites),
        meeting_codes=frozenset(ev.meeting_codes),
        visit_code=ev.visit_code,
        host_code=ev.host_code,
        planned_meeting_code=ev.planned_meeting_code,
        undergoing_verbs=lowered(ev.undergoing_verbs),
        giving_verbs=lowered(ev.giving_verbs),
        undergone_acts={k.lower(): v for k, v in ev.undergone_acts.items()},
        guilt_verbs={k.lower(): lowered(v) for k, v in ev.guilt_verbs.items()},
        clearing_verbs=lowered(ev.clearing_verbs),
        held_nouns=lowered(ev.held_nouns) | lowered(ev.relation_nouns),  # "police detained [his wife]"
        relation_nouns=lowered(ev.relation_nouns),
        wrongdoer_nouns=lowered(ev.wrongdoer_nouns),
        intentional_force=lowered(ev.intentional_force),
        sector_partner_codes={k: dict(v) for k, v in ev.sector_partner_codes.items()},
        claim_codes=_prefixes(ev.claim_codes),
        claimed_act_codes=_prefixes(ev.claimed_act_codes),
        pointing_quantifiers=lowered(ev.pointing_quantifiers),
        owner_participles={k.lower(): v.lower() for k, v in ev.owner_participles.items()},
        topic_participles={k.lower(): v.lower() for k, v in ev.topic_participles.items()},
        context_places=lowered(ev.context_places),
        trial_words=lowered(ev.trial_words),
        bearing_preps=lowered(ev.bearing_preps),
        bearing_verbs=lowered(ev.bearing_verbs),
        inquiry_preps=tuple(w.lower() for w in ev.inquiry_preps),
        ending_nouns={n: tuple(w.lower() for w in ev.ending_preps) for n in lowered(ev.ending_nouns)},
        inquired_act_codes=_prefixes(ev.inquired_act_codes),
        member_list_words=lowered(ev.member_list_words),
        member_nouns=lowered(ev.member_nouns),
        meeting_nouns=lowered(ev.meeting_nouns),
        answer_codes=_prefixes(ev.answer_codes),
        answer_preps=tuple(w.lower() for w in ev.answer_preps),
        refusing_codes=_prefixes(ev.refusing_codes),
        asking_codes=_prefixes(ev.asking_codes),
        asking_acts=lowered(ev.asking_acts),
        pointing_adjectives=lowered(ev.pointing_adjectives),
        similar_adjectives=lowered(ev.similar_adjectives),
        agreement_nouns=lowered(ev.agreement_nouns),
        undoing_codes=_prefixes(ev.undoing_codes),
        issuing_verbs=lowered(ev.issuing_verbs),
    )


@dataclass(frozen=True)
class ActMap:
    """`rules/refusals.yaml` / `rules/intents.yaml`: the CAMEO code an announced refusal or
    intent of an act takes, by the act's code, and the words that make one."""

    words: frozenset[str]
    codes: dict[str, str]

    def code_for(self, code: str) -> str | None:
        """The refusal code of the longest listed prefix of `code`, if any."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.codes:
                return self.codes[code[:n]]
        return None


ACT_MAPS: dict[str, type[ActMapRules]] = {"refusals": RefusalRules, "intents": IntentRules, "demands": DemandRules}


@cache
def load_act_map(name: str) -> ActMap:
    """`rules/<name>.yaml` (refusals, intents, demands): `codes` (act code prefix -> CAMEO code),
    each checked against CAMEO, and its marker words."""
    schema = ACT_MAPS[name]
    data = load_rules(schema)
    known = cameo.codes()
    for k, v in data.codes.items():
        if v not in known:
            path = RULES_DIR / schema.file
            raise RuleError(f"{path}:{line_of(path, ('codes', k))}: codes.{k}: unknown CAMEO code {v!r}")
    return ActMap(lowered(data.markers), dict(data.codes))


@cache
def modality() -> ModalityWords:
    """The modality words (`rules/modality.yaml` and `rules/events.yaml`), read once for every stage."""
    ev = load_rules(EventRules)
    known = cameo.codes()
    meeting = {c: c for c in (*ev.meeting_codes, ev.visit_code, ev.host_code, ev.planned_meeting_code)}
    partner = {f"{c}.{s}": v for c, m in ev.sector_partner_codes.items() for s, v in m.items()}
    for key, table in (
        ("sector_partner_codes", partner),
        ("instrument_codes", ev.instrument_codes),
        ("bombing_kinds", ev.bombing_kinds),
        ("attempt_codes", ev.attempt_codes),
        ("foreign_codes", ev.foreign_codes),
        ("own_state_codes", ev.own_state_codes),
        ("meeting_codes", meeting),
    ):
        for k, v in table.items():
            if v not in known or (key in ("foreign_codes", "own_state_codes") and k not in known):
                path = RULES_DIR / EventRules.file
                raise RuleError(f"{path}:{line_of(path, (key, k))}: {key}.{k}: unknown CAMEO code {v!r}")
    return load_modality(load_rules(ModalityRules), ev)


class Rules(NamedTuple):
    """What `rules()` gives: a named tuple, so `table, words = rules(dirs)` still unpacks."""

    triggers: TriggerTable
    words: ModalityWords


@lru_cache(maxsize=4)
def rules(kb_dirs: tuple[Path, ...] = ()) -> Rules:
    """Triggers from the bundled and user rule folders, and the modality words."""
    # user folders first: at equal conditions the first entry wins, so a user's entry outranks ours
    paths = [p for d in kb_dirs for p in sorted(Path(d).glob("triggers-*.yaml"))]
    paths += sorted(RULES_DIR.glob("triggers-*.yaml"))
    return Rules(load_triggers(paths), modality())


@dataclass(frozen=True)
class AccusationWords:
    """events.yaml's lists for accusations carried by what a speaker says (accusations.py)."""

    accusing_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    reporting_preps: frozenset[str]
    neutral_sectors: frozenset[str]
    alleging_modifiers: frozenset[str]
    accused_codes: dict[str, str]  # act code prefix -> the accusation's code
    same_side_sectors: frozenset[str]

    def code_for(self, code: str) -> str | None:
        """The accusation code of the longest listed prefix of an act's code, if any."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.accused_codes:
                return self.accused_codes[code[:n]]
        return None


@cache
def accusation_words() -> AccusationWords:
    """events.yaml's accusation lists, read once; every code checked against CAMEO."""
    ev = load_rules(EventRules)
    known = cameo.codes()
    for k, v in ev.accused_act_codes.items():
        if v not in known:
            path = RULES_DIR / EventRules.file
            raise RuleError(f"{path}:{line_of(path, ('accused_act_codes', k))}: accused_act_codes.{k}: unknown {v!r}")
    return AccusationWords(
        accusing_verbs=lowered(ev.accusing_verbs),
        reporting_verbs=lowered(ev.reporting_verbs),
        reporting_preps=lowered(ev.reporting_preps),
        neutral_sectors=frozenset(ev.neutral_reporter_sectors),
        alleging_modifiers=lowered(ev.alleging_modifiers),
        accused_codes=dict(ev.accused_act_codes),
        same_side_sectors=frozenset(ev.same_side_sectors),
    )


@cache
def plan_nouns() -> frozenset[str]:
    """`rules/intents.yaml` `plans`: the nouns of an intended course of action ("initiative",
    "plan", "intention"), whose announcement is an intent (03), read once."""
    return lowered(load_rules(IntentRules).plans)


@cache
def founder_verbs() -> frozenset[str]:
    """`rules/intents.yaml` `founders`: verbs whose doer founds or leads a group others join."""
    return lowered(load_rules(IntentRules).founders)
