"""The schema of `events.yaml`: the words and code maps the events stage reads (see the package's docstring)."""

from __future__ import annotations

from pydantic import StrictStr

from . import RuleFile, Words


class EventRules(RuleFile):
    file = "events.yaml"
    light_verbs: Words
    announcing_verbs: Words
    planned_preps: Words
    symmetric_codes: Words
    one_sided_codes: Words = ()
    reciprocal_verbs: Words
    reciprocal_pronouns: Words
    call_codes: Words
    addressed_codes: Words
    addressed_channel_sectors: Words
    addressing_verbs: Words
    org_gathering_nouns: Words
    org_name_heads: Words
    group_nouns: Words
    quantifier_subjects: Words
    subject_control: Words
    ordering_verbs: Words
    causative_verbs: Words
    unnamed_doer_verbs: Words
    object_control: Words
    kept_from: Words
    judged_for: Words
    protested_against: Words
    protested_preps: Words
    speaker_pronouns: Words
    denying_verbs: Words
    light_nouns: Words
    attempt_nouns: Words
    assassinated_offices: Words
    killing_verbs: dict[StrictStr, Words]
    attempt_codes: dict[StrictStr, StrictStr]
    purpose_roots: dict[StrictStr, list[StrictStr]] = {}
    attempts: dict[StrictStr, Words]
    prevention: dict[StrictStr, Words] = {}
    place_target_codes: Words
    place_target_preps: Words
    noun_object_preps: Words
    partner_preps: Words
    acted_on_preps: Words
    opposed_preps: Words
    of_doer_preps: Words
    source_from_verbs: Words
    comment_target_codes: Words
    conditioned_codes: Words
    invitation_codes: Words
    condition_marks: Words
    heeded_request_codes: Words
    heeded_request_preps: Words
    message_nouns: Words
    message_verbs: Words
    patient_nouns: Words
    role_nouns: Words
    reaction_codes: Words
    reacted_to_codes: Words = ()
    told_act_codes: Words = ()
    lasting_states: Words
    anaphoric_acts: Words
    anaphoric_determiners: Words
    set_off_determiners: Words
    policy_target_codes: Words
    policy_nouns: Words
    policy_own_verbs: Words
    verdict_state_acts: Words
    verdict_verbs: Words
    verdict_content_codes: Words
    election_nouns: Words
    election_result_nouns: Words
    owner_target_codes: Words
    owner_kind_nouns: Words
    null_source_codes: Words
    held_ground_codes: Words
    unidentified_doers: Words
    unidentified_modifiers: Words
    identified_doers: Words
    unknown_doer_modifiers: Words
    separate_doer_modifiers: Words
    naming_verbs: Words
    identifying_sectors: Words
    instrument_codes: dict[StrictStr, StrictStr]
    bombing_kinds: dict[StrictStr, StrictStr]
    armed_act_nouns: Words
    two_sided_acts: Words
    joint_act_reports: Words
    joint_documents: Words
    joint_aims: Words
    joining_verbs: Words
    attribution_words: Words
    asking_words: Words
    foreign_codes: dict[StrictStr, StrictStr]
    own_state_codes: dict[StrictStr, StrictStr] = {}
    implied_agents: dict[StrictStr, StrictStr]
    implied_objects: dict[StrictStr, StrictStr]
    implied_unless: dict[StrictStr, Words]
    implied_cues: dict[StrictStr, Words]
    implied_persons: Words
    implied_readings: dict[StrictStr, Words]
    recording_media: Words
    state_acts: dict[StrictStr, Words]
    aid_families: Words
    aid_nouns: Words
    aid_kinds: dict[StrictStr, Words]
    crowd_codes: Words
    crowd_sector: StrictStr
    estimate_verbs: Words
    demand_nouns: Words
    demand_codes: Words
    protest_doers: Words
    opposing_sectors: Words = ()
    greeted_verbs: Words
    protest_sites: Words = ()
    meeting_codes: Words
    visit_code: StrictStr
    host_code: StrictStr
    planned_meeting_code: StrictStr
    undergoing_verbs: Words
    giving_verbs: Words
    undergone_acts: dict[StrictStr, StrictStr]
    guilt_verbs: dict[StrictStr, Words]
    clearing_verbs: Words
    held_nouns: Words
    relation_nouns: Words
    wrongdoer_nouns: Words = ()
    held_verbs: Words
    custody_nouns: Words
    release_codes: Words = ()
    reporter_conjuncts: Words = ()
    release_nouns: Words = ()
    released_words: Words = ()
    holding_acts: Words = ()
    private_force: dict[StrictStr, StrictStr]
    lone_doers: Words
    private_sectors: list[StrictStr]
    private_trips: list[StrictStr]
    undergoing_force: dict[StrictStr, Words]
    undergoing_objects: Words
    suffered_force: dict[StrictStr, StrictStr]
    intentional_force: Words
    intentional_codes: Words
    victim_codes: Words
    victim_place_sectors: Words
    body_sectors: dict[StrictStr, StrictStr]
    civilian_property: Words
    victim_nouns: Words
    harm_verbs: Words
    harm_cause_preps: Words
    accident_words: Words
    aid_teams: dict[StrictStr, Words] = {}
    harm_animals: Words
    armed_fire: Words
    projectiles: Words
    fired_rounds: Words
    collision_verbs: Words
    collision_vehicles: Words
    road_fixtures: Words
    trial_words: Words
    coup_nouns: Words
    holding_nouns: Words
    tie_passives: Words
    accidental_blasts: Words
    controlled_detonations: Words
    harm_clause_links: Words
    combat_verbs: Words
    fight_episodes: Words
    armed_sectors: Words
    armed_group_sector: StrictStr
    crowd_doers: Words
    sector_partner_codes: dict[StrictStr, dict[StrictStr, StrictStr]]
    claim_codes: Words
    claimed_act_codes: Words
    pointing_quantifiers: Words
    owner_participles: dict[StrictStr, StrictStr]
    topic_participles: dict[StrictStr, StrictStr]
    context_places: Words
    bearing_preps: Words
    bearing_verbs: Words
    inquiry_preps: Words
    ending_nouns: Words = ()
    ending_preps: Words = ()
    inquired_act_codes: Words = ()
    member_list_words: Words
    member_nouns: Words
    meeting_nouns: Words
    accusing_verbs: Words
    reporting_verbs: Words
    reporting_preps: Words
    neutral_reporter_sectors: Words
    alleging_modifiers: Words
    condemning_manners: Words = ()
    accused_act_codes: dict[StrictStr, StrictStr]
    investigated_kinds: dict[StrictStr, Words] = {}
    same_side_sectors: Words
    answer_codes: Words
    answer_preps: Words
    refusing_codes: Words
    asking_codes: Words
    asking_acts: Words
    pointing_adjectives: Words
    similar_adjectives: Words = ()
    agreement_nouns: Words = ()
    undoing_codes: Words
    issuing_verbs: Words
    quoted_evaluation_verb: StrictStr
    quoted_predicates: dict[StrictStr, StrictStr]
    quoted_evaluative_verbs: dict[StrictStr, StrictStr]
    quoted_choice_verbs: Words
    quoted_hostile_acts: dict[StrictStr, StrictStr]
    quoted_hostile_aid: dict[StrictStr, StrictStr]
    quoted_hostile_aid_recipients: Words
    quoted_stopped_by: Words = ()
    quoted_performatives: dict[StrictStr, StrictStr]
    quoted_obligations: dict[StrictStr, StrictStr]
    quoted_obliged_bodies: Words
    quoted_peers: Words
    quoted_conduct_verbs: Words
    quoted_threat_verbs: dict[StrictStr, StrictStr]
    quoted_dismay: dict[StrictStr, StrictStr]
    quoted_warning_verbs: dict[StrictStr, StrictStr]
