"""The declared shape of each rule file in `data/rules/`: its keys and what each key holds.

`rulefile.load_rules(Schema)` reads a file through its schema, so a misspelled or unknown key, a missing key, or a
value of the wrong kind is an error naming the file, line and key, not a word list that silently comes out empty.
The schemas are pydantic models (spaCy declares its config the same way), with strict words and numbers, so YAML's
surprises are caught too (`on` read as `true`, a CAMEO code `04` left unquoted and read as the number 4).
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr

# Strict words and numbers (YAML's `on` is not the word "on"); a YAML list is read as a tuple.
Words = tuple[StrictStr, ...]


class RuleFile(BaseModel):
    """A rule file: a YAML mapping whose keys are exactly the fields below."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    file: ClassVar[str]


class LocatedIn(RuleFile):
    """'X, a general in the Syrian army': which "in"-phrases give a person's body and country."""

    preps: Words
    not_sectors: Words
    not_terms: Words
    not_modifiers: Words
    acting_sectors: Words = ()
    acting_terms: Words = ()
    acting_preps: Words = ()


class RoleNoun(RuleFile):
    """actors.yaml `role_nouns`: a role noun ("the gunman") and the verbs whose doer or
    undergoer a person is in that role; `held`: the one person police or courts act on."""

    doer: Words = ()
    undergoer: Words = ()
    held: StrictBool = False


class Affiliation(RuleFile):
    """actors.yaml `affiliation`: a person named with the body they belong to ("X of the Y
    Institute", "X from the Y Party"): the prepositions and the nouns that say what a body is."""

    preps: Words
    body_nouns: dict[StrictStr, StrictStr]
    connectors: Words


class ActorContext(RuleFile):
    """actors.yaml `context`: the words by which an actor the KB lacks gets its country from
    the text (a body beside it, a possessive or pronoun standing for an earlier actor)."""

    body_titles: Words
    body_preps: Words
    armed_preps: Words
    allegiance_words: Words
    allegiance_preps: Words
    suspicion_words: Words
    possessive_pronouns: Words
    person_possessives: Words
    plural_pronouns: Words
    thing_pronouns: Words
    group_nouns: Words
    collective_bodies: Words
    judging_verbs: Words
    regional_modifiers: Words
    destination_preps: Words
    venue_preps: Words = ()
    manner_suffixes: Words
    stance_prefixes: Words = ()
    seat_participles: Words = ()
    article_only_sectors: Words
    own_state_sectors: Words = ()
    local_only_heads: Words
    party_words: Words
    quote_speaker_pronouns: Words
    quote_group_pronouns: Words
    quote_generic_quantifiers: Words = ()
    quote_deictic_countries: Words = ()
    office_preps: Words
    one_country_modifiers: Words
    office_after_modifiers: Words = ()


class DomesticActs(RuleFile):
    """actors.yaml `domestic_acts`: the acts a state's legislature or courts take only on its
    own office holders, the sectors of those bodies and of the holders."""

    verbs: Words
    bodies: Words
    holders: Words


class ActorRules(RuleFile):
    file = "actors.yaml"
    honorifics: Words
    name_particles: Words
    former: Words
    former_sectors: Words
    former_bodies: Words
    located_in: LocatedIn
    generic_heads: Words
    generic_head_bodies: dict[StrictStr, StrictStr] = {}
    org_name_heads: Words
    person_titles: Words
    group_name_nouns: Words
    company_nouns: dict[StrictStr, StrictStr] = {}
    origin_preps: Words
    person_pronouns: Words
    reporting_person_nouns: Words = ()
    pair_nouns: dict[StrictStr, Literal["persons", "states", "governments", "military", "sides"]] = {}
    pair_words: Words = ()
    story_country_nouns: Words = ()
    plural_states: dict[StrictStr, tuple[StrictStr, StrictStr]] = {}
    title_agents: dict[StrictStr, StrictStr]
    title_offices: Words
    title_levels: Words
    title_countries: dict[StrictStr, StrictStr]
    owned_weapons: Words
    weapon_acts: Words
    maker_participles: Words
    place_kind_words: Words = ()
    town_nouns: Words = ()
    origin_nouns: Words = ()
    owned_offices: Words = ()
    org_kind_nouns: dict[StrictStr, Words] = {}
    place_name_words: Words = ()
    thing_nouns: Words = ()
    information_nouns: Words = ()
    informing_verbs: Words = ()
    gathering_nouns: Words = ()
    posts_sought_after: Words
    member_clause_verbs: Words
    office_taking_verbs: Words = ()
    org_sectors_until: dict[StrictStr, tuple[StrictStr, StrictStr]]
    context: ActorContext
    affiliation: Affiliation
    domestic_acts: DomesticActs
    gendered_words: dict[StrictStr, Words] = {}
    role_nouns: dict[StrictStr, RoleNoun] = {}


class DateRules(RuleFile):
    file = "dates.yaml"
    months: dict[StrictStr, StrictInt]
    weekdays: dict[StrictStr, StrictInt]
    weekday_blockers: Words
    numbers: dict[StrictStr, StrictInt]
    vague_numbers: Words
    units: dict[StrictStr, StrictStr]
    parts_of_day: Words
    month_context: Words
    year_context: Words
    future_aux: Words
    open_modals: Words
    future_lemmas: Words
    result_verbs: Words
    pass_through_verbs: Words
    event_nouns: Words
    clock_words: Words
    range_words: Words
    seasons: dict[StrictStr, tuple[StrictInt, StrictInt]]
    relative: dict[StrictStr, StrictInt]
    week_units: dict[StrictStr, StrictInt]
    narrative_after: Words
    day_words: dict[StrictStr, StrictInt]
    day_beyond: dict[StrictStr, StrictInt]
    last_day_parts: Words
    this_day_parts: Words
    within_period: dict[StrictStr, StrictInt]
    period_parts: Words
    relative_period_parts: Words
    month_portions: Words
    month_relative: Words
    unit_relative: Words
    this_relative: Words
    relative_after: Words
    in_week_relative: Words
    weekday_range_words: Words
    relative_units: Words
    weekend_preps: Words
    window_relative: dict[StrictStr, StrictInt]
    window_preps: Words
    recent_units: Words
    vague_after_article: Words
    vague_not_alone: Words
    narrative_relative: Words
    narrative_periods: Words
    narrative_units: Words
    narrative_before: Words
    anaphoric_days: dict[StrictStr, StrictInt]
    anaphoric_day_parts: Words
    during_preps: Words
    occasion_relatives: Words
    occasion_preps: Words
    concessive_preps: Words
    span_preps: Words
    span_units: Words
    generic_event_nouns: Words
    gathering_verbs: Words
    purpose_preps: Words
    partaking_preps: Words
    partaking_verbs: Words
    partaking_objects: Words
    other_time_adverbs: Words
    quotation_cues: Words
    act_kinds: dict[StrictStr, Words]
    short_intervals: Words
    performing_verbs: Words
    force_verbs: Words
    force_means_verbs: Words
    force_means: Words
    message_nouns: Words
    definite_dets: Words
    heeded_nouns: Words
    season_preps: Words
    temporal_preps: Words
    ordering_preps: Words
    simultaneous_marks: Words
    start_marks: Words
    role_nouns: Words
    event_pronouns: Words
    means_preps: Words


class ActMapRules(RuleFile):
    """A file that maps an event's CAMEO code to the code of a related act (a demand, an intent,
    a refusal of it), with the words that mark that act (`markers`)."""

    codes: dict[StrictStr, StrictStr]

    @property
    def markers(self) -> Words:
        raise NotImplementedError


class DemandRules(ActMapRules):
    file = "demands.yaml"
    demand_auxiliaries: Words
    policy_verbs: Words = ()
    policy_nouns: Words = ()
    policy_act: StrictStr = ""
    due_nouns: Words = ()
    due_modifiers: Words = ()

    @property
    def markers(self) -> Words:
        return self.demand_auxiliaries


class IntentRules(ActMapRules):
    file = "intents.yaml"
    announcers: Words
    plans: Words = ()
    founders: Words = ()

    @property
    def markers(self) -> Words:
        return self.announcers


class RefusalRules(ActMapRules):
    file = "refusals.yaml"
    modal_auxiliaries: Words

    @property
    def markers(self) -> Words:
        return self.modal_auxiliaries


class FlagRules(RuleFile):
    file = "flags.yaml"
    attribution_nouns: Words


class ModalityRules(RuleFile):
    file = "modality.yaml"
    planned: Words
    hypothetical: Words
    negated: Words
    negated_attitudes: Words
    negated_degrees: Words = ()
    negated_openings: Words = ()
    reported_speech: Words
    quote_reading_verbs: Words
    quote_naming_verbs: Words
    quote_text_nouns: Words = ()
    quote_text_parts: Words = ()
    quote_issuing_verbs: Words = ()
    quote_finding_verbs: Words = ()
    quote_urging_verbs: Words = ()
    unlikely: Words
    habitual: Words
    generic_when: Words
    time_clauses: Words
    open_questions: Words
    generic_people: Words
    session_bodies: Words
    session_verbs: Words
    session_topic_verbs: Words
    committing_verbs: Words = ()
    achieved_in_past: Words = ()
    purpose_acts: Words = ()
    performative_frames: Words = ()
    performative_verbs: Words = ()
    document_nouns: Words = ()
    kin_nouns: Words = ()
    marriage_words: Words = ()
    cancelling_verbs: Words = ()
    danger_verbs: Words = ()
    belief_verbs: Words = ()
    denial_verbs: Words = ()
    claim_nouns: Words = ()
    stance_verbs: Words = ()
    stance_adverbs: Words = ()
    founding_verbs: Words = ()
    holding_verbs: Words = ()
    occasion_nouns: Words = ()
    many_words: Words = ()


class MeetingRules(RuleFile):
    file = "meetings.yaml"
    arranging_verbs: Words
    helping_verbs: Words
    mediating_verbs: Words = ()
    mediated_codes: Words = ()
    mediation_code: StrictStr = "045"
    hosting_verbs: Words = ()
    errand_verbs: Words = ()
    errand_preps: Words = ()
    errand_codes: Words = ()
    attending_verbs: Words
    sympathy_codes: Words
    sympathy_preps: Words
    sympathy_nouns: Words
    sympathy_prayers: Words
    sympathy_people: Words
    sympathy_motion: Words = ()
    visited_places: Words = ()
    errand_sectors: Words = ()
    gathering_codes: Words = ()
    own_deal_words: Words = ()


class NounDoerRules(RuleFile):
    file = "noun_doers.yaml"
    of_doer_nouns: Words
    from_doer_nouns: Words
    responding_verbs: Words
    responding_preps: Words
    state_verbs: Words
    leading_participles: Words
    reacting_verbs: Words
    implied_noun_agents: dict[StrictStr, StrictStr]
    inquiry_nouns: Words
    inquiry_act_preps: Words
    inquiry_acts: Words


class AsOfficeRules(RuleFile):
    """as_office.yaml: verbs whose "as" phrase names their subject's own office."""

    file = "as_office.yaml"
    office_verbs: Words


class LemmaRules(RuleFile):
    """lemmas.yaml: verb forms (and a plural noun) the pipeline's lemmatizer gets wrong and their right lemma."""

    file = "lemmas.yaml"
    verb_tags: Words
    verb_lemmas: dict[StrictStr, StrictStr]


class OwnPeopleRules(RuleFile):
    """own_people.yaml: acts a state does to its own people, and which doers are a state."""

    file = "own_people.yaml"
    codes: Words
    named_only: Words = ()
    sectors: Words
    own_body_codes: Words


class DoerRules(RuleFile):
    """doers.yaml: doers that are no actor: generic pronouns, things, private persons' private acts."""

    file = "doers.yaml"
    generic_doers: Words
    addressee_doers: Words
    non_actor_phrases: Words
    private_sectors: Words
    private_roots: Words
    private_codes: Words
    audience_sectors: Words
    partner_codes: Words
    idea_nouns: Words
    authored_nouns: Words
    bygone_modifiers: Words


class EvaluationRules(RuleFile):
    """evaluations.yaml: the words and "modifier noun" phrases that praise (051), criticise (111)
    or accuse (112) the actor they are said of, by CAMEO code; the nouns whose evaluative modifier
    evaluates the actor ("a [reckless] decision")."""

    file = "evaluations.yaml"
    words: dict[StrictStr, Words]
    phrases: dict[StrictStr, Words]
    evaluated_nouns: Words
    descriptive: Words
    conduct_verbs: Words
    manner_preps: Words
    opinion_verbs: Words
    situational: Words = ()
    deserving_verbs: Words = ()
    deserved: dict[StrictStr, Words] = {}
    undergone_nouns: Words = ()
    directed_nouns: Words = ()


class PlaceRules(RuleFile):
    file = "places.yaml"
    country_aliases: dict[StrictStr, Words]
    not_alternates: Words
    division_not_names: Words
    named_divisions: dict[StrictStr, dict[StrictStr, tuple[float, float]]] = {}
    locative: Words
    motion: Words
    motion_to: Words
    visit_object: Words
    in_is_target: Words
    wrappers: Words
    place_nouns: Words
    place_noun_links: Words
    partner_preps: Words
    event_nouns: Words
    directions: Words
    not_places: Words
    through_preps: Words
    origin_verbs: Words
    object_place_verbs: Words
    ground_verbs: Words
    ground_only_verbs: Words
    force_nouns: Words
    ground_act_nouns: Words
    struck_ground_nouns: Words
    cause_preps: Words
    cause_verbs: Words
    undergone_force: Words
    position_verbs: Words
    appositive_places: Words
    position_heads: Words
    report_verbs: Words
    street_nouns: Words
    way_nouns: Words
    way_end_preps: Words
    way_link_verbs: Words


class TriggerEntry(BaseModel):
    """One entry of a `triggers-*.yaml` file (docs/triggers.md says what each key does)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    lemma: StrictStr
    cameo: StrictStr | StrictInt  # an unquoted two-digit code reads as a number; it is read back as text
    pos: Literal["verb", "noun", "adj"] = "verb"
    pair: StrictStr | StrictInt | None = None
    target: StrictStr | Words | None = None  # one word, or a list
    particle: StrictStr | None = None
    object: StrictStr | Words | None = None
    xcomp: StrictStr | Words | None = None
    prep: StrictStr | Words | None = None
    modifier: StrictStr | Words | None = None
    predicate: StrictStr | Words | None = None
    clause: bool = False
    subject: StrictStr | Words | None = None
    attack: bool = False  # the clause reports an act of force ("an offensive [targeting] X")
    note: StrictStr | None = None


# events.yaml, the largest schema, has a module of its own (it needs RuleFile and Words above)
from .events import EventRules as EventRules  # noqa: E402

SCHEMAS: tuple[type[RuleFile], ...] = (
    ActorRules,
    AsOfficeRules,
    DateRules,
    DemandRules,
    EvaluationRules,
    EventRules,
    FlagRules,
    IntentRules,
    LemmaRules,
    MeetingRules,
    ModalityRules,
    NounDoerRules,
    OwnPeopleRules,
    PlaceRules,
    RefusalRules,
)
