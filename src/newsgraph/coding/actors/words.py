"""The word lists of `data/rules/actors.yaml`, as the parts of the actors stage use them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...rulefile import lowered
from ...ruleschemas import ActorRules


@dataclass(frozen=True, slots=True)
class ActorWords:
    """One field per list of actors.yaml (its comments say what each list is for); the
    linker reads the file and hands these to the parts that match names, agent phrases
    and titles."""

    honorifics: frozenset[str]
    particles: frozenset[str]  # `name_particles`
    generic_heads: frozenset[str]
    generic_head_bodies: dict[str, str]  # a word naming a body before a generic head -> its sector
    former: frozenset[str]
    org_name_heads: frozenset[str]
    person_titles: frozenset[str]
    group_name_nouns: frozenset[str]
    company_nouns: dict[str, str]  # a noun describing a named body -> its sector (described.py)
    former_sectors: frozenset[str]
    former_bodies: frozenset[str]
    located_preps: frozenset[str]  # `located_in.preps`
    not_local_sectors: frozenset[str]  # `located_in.not_sectors`
    not_local_terms: frozenset[str]  # `located_in.not_terms`
    not_local_modifiers: frozenset[str]  # `located_in.not_modifiers`
    acting_sectors: frozenset[str]  # `located_in.acting_sectors`: act where they are (acting_place.py)
    acting_terms: frozenset[str]  # `located_in.acting_terms`
    acting_preps: frozenset[str]  # `located_in.acting_preps`: where their act happened
    origin_preps: frozenset[str]
    person_pronouns: frozenset[str]
    reporting_person_nouns: frozenset[str]  # "his daughter said she ...": she is the daughter
    pair_nouns: dict[str, str]  # "the two [leaders]": a pair named before -> the kind it means (pairs.py)
    pair_words: frozenset[str]  # "both", "the [two]"
    story_country_nouns: frozenset[str]  # "the [country]": the story's (story_country.py)
    plural_states: dict[str, tuple[str, str]]  # "the two [Koreas]": the two states it names (pairs.py)
    title_agents: dict[str, str]  # word -> sector, a capitalised title only
    title_offices: frozenset[str]
    title_levels: frozenset[str]
    posts_sought_after: frozenset[str]
    member_clause_verbs: frozenset[str]
    office_taking_verbs: frozenset[str]
    body_titles: frozenset[str]  # `context.body_titles`, and the same for the keys below
    body_preps: frozenset[str]
    armed_preps: frozenset[str]
    allegiance_words: frozenset[str]
    allegiance_preps: frozenset[str]
    suspicion_words: frozenset[str]
    possessive_pronouns: frozenset[str]
    person_possessives: frozenset[str]
    plural_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    group_nouns: frozenset[str]
    pronoun_words: frozenset[str]  # the three above: the words `context._pronouns` looks for
    collective_bodies: frozenset[str]
    judging_verbs: frozenset[str]  # `context.judging_verbs`
    regional_modifiers: frozenset[str]
    destination_preps: frozenset[str]
    venue_preps: frozenset[str]  # `context.venue_preps`: a title's "talks [at] Geneva" (setting.py)
    manner_suffixes: frozenset[str]
    stance_prefixes: frozenset[str]  # `context.stance_prefixes`: "pro-Beijing" is no place
    seat_participles: frozenset[str]  # `context.seat_participles`: "a Texas-[based] company" is of Texas
    article_only_sectors: frozenset[str]
    own_state_sectors: frozenset[str]  # `context.own_state_sectors` (acted_on.py)
    local_only_heads: frozenset[str]
    party_words: frozenset[str]  # `context.party_words`
    speaker_pronouns: frozenset[str]  # `context.quote_speaker_pronouns`
    speaker_group_pronouns: frozenset[str]  # `context.quote_group_pronouns`
    generic_quantifiers: frozenset[str]  # `context.quote_generic_quantifiers`: "we all", "all of us"
    deictic_countries: frozenset[str]  # `context.quote_deictic_countries`: "this country"
    office_preps: frozenset[str]  # `context.office_preps`
    one_country_modifiers: frozenset[str]  # `context.one_country_modifiers`
    office_after_modifiers: frozenset[str]  # `context.office_after_modifiers`: "the [foreign] ministry"
    title_countries: dict[str, str]  # agent term -> the one country whose office it is
    owned_weapons: frozenset[str]  # agent terms that are actors only with an owner named
    weapon_acts: frozenset[str]  # "drone [strikes]": an act a weapon word modifies, no actor unowned
    maker_participles: frozenset[str]  # "[Russian]-made": the maker, not the owner
    owned_offices: frozenset[str]  # "the governor's [office] said": the governor
    org_kind_nouns: dict[str, frozenset[str]]  # "the [bloc]": the KB organisations it names again (org_kinds.py)
    place_kind_words: frozenset[str]  # "Kano [State] governor": a place's kind after its name
    town_nouns: frozenset[str]  # "the [town] of X": X is a place (town_actors.py)
    origin_nouns: frozenset[str]  # "a [native] of X", "X [resident] Y": where a person is from (hometowns.py)
    place_name_words: frozenset[str]  # "Kuwait [City]": a word of a place's own name (named_for_places.py)
    thing_nouns: frozenset[str]  # "a government [website]": a thing, no actor (named_for_places.py)
    information_nouns: frozenset[str]  # "shared [intelligence]": what is told, no agency (phrases.py)
    informing_verbs: frozenset[str]  # the verbs whose object such a noun is information
    gathering_nouns: frozenset[str]  # "the Helsinki [summit]": a gathering, no city's government
    # KB organisation id -> (ISO day, sector): the sector it had before that day
    org_sectors_until: dict[str, tuple[dt.date, str]]
    genders: dict[str, str]  # `gendered_words`: a pronoun or title -> the gender it says
    affiliation_preps: frozenset[str]  # `affiliation.preps`
    body_nouns: dict[str, str]  # `affiliation.body_nouns`: a noun saying what a body is -> its sector
    name_connectors: frozenset[str]  # `affiliation.connectors`

    @classmethod
    def of(cls, rules: ActorRules) -> ActorWords:
        """The lists of the checked file; words lowercased, sector codes as written."""
        located, context = rules.located_in, rules.context
        return cls(
            honorifics=lowered(rules.honorifics),
            particles=lowered(rules.name_particles),
            generic_heads=lowered(rules.generic_heads),
            generic_head_bodies={w.lower(): sector for w, sector in rules.generic_head_bodies.items()},
            former=lowered(rules.former),
            org_name_heads=lowered(rules.org_name_heads),
            person_titles=lowered(rules.person_titles),
            group_name_nouns=lowered(rules.group_name_nouns),
            company_nouns={w.lower(): sector for w, sector in rules.company_nouns.items()},
            former_sectors=frozenset(rules.former_sectors),
            former_bodies=lowered(rules.former_bodies),
            located_preps=lowered(located.preps),
            not_local_sectors=frozenset(located.not_sectors),
            not_local_terms=lowered(located.not_terms),
            not_local_modifiers=lowered(located.not_modifiers),
            acting_sectors=frozenset(located.acting_sectors),
            acting_terms=lowered(located.acting_terms),
            acting_preps=lowered(located.acting_preps),
            origin_preps=lowered(rules.origin_preps),
            person_pronouns=lowered(rules.person_pronouns),
            reporting_person_nouns=lowered(rules.reporting_person_nouns),
            pair_nouns={w.lower(): kind for w, kind in rules.pair_nouns.items()},
            pair_words=lowered(rules.pair_words),
            story_country_nouns=lowered(rules.story_country_nouns),
            plural_states={w.lower(): pair for w, pair in rules.plural_states.items()},
            title_agents={w.lower(): sector for w, sector in rules.title_agents.items()},
            title_offices=lowered(rules.title_offices),
            title_levels=lowered(rules.title_levels),
            posts_sought_after=lowered(rules.posts_sought_after),
            member_clause_verbs=lowered(rules.member_clause_verbs),
            office_taking_verbs=lowered(rules.office_taking_verbs),
            body_titles=lowered(context.body_titles),
            body_preps=lowered(context.body_preps),
            armed_preps=lowered(context.armed_preps),
            allegiance_words=lowered(context.allegiance_words),
            allegiance_preps=lowered(context.allegiance_preps),
            suspicion_words=lowered(context.suspicion_words),
            possessive_pronouns=lowered(context.possessive_pronouns),
            person_possessives=lowered(context.person_possessives),
            plural_pronouns=lowered(context.plural_pronouns),
            thing_pronouns=lowered(context.thing_pronouns),
            group_nouns=lowered(context.group_nouns),
            pronoun_words=lowered(context.plural_pronouns, context.thing_pronouns, context.group_nouns),
            collective_bodies=lowered(context.collective_bodies),
            judging_verbs=lowered(context.judging_verbs),
            regional_modifiers=lowered(context.regional_modifiers),
            destination_preps=lowered(context.destination_preps),
            venue_preps=lowered(context.venue_preps),
            manner_suffixes=lowered(context.manner_suffixes),
            stance_prefixes=lowered(context.stance_prefixes),
            seat_participles=lowered(context.seat_participles),
            article_only_sectors=frozenset(context.article_only_sectors),
            own_state_sectors=frozenset(context.own_state_sectors),
            local_only_heads=lowered(context.local_only_heads),
            party_words=lowered(context.party_words),
            speaker_pronouns=lowered(context.quote_speaker_pronouns),
            speaker_group_pronouns=lowered(context.quote_group_pronouns),
            generic_quantifiers=lowered(context.quote_generic_quantifiers),
            deictic_countries=lowered(context.quote_deictic_countries),
            office_preps=lowered(context.office_preps),
            one_country_modifiers=lowered(context.one_country_modifiers),
            office_after_modifiers=lowered(context.office_after_modifiers),
            title_countries={w.lower(): iso for w, iso in rules.title_countries.items()},
            owned_weapons=lowered(rules.owned_weapons),
            weapon_acts=lowered(rules.weapon_acts),
            maker_participles=lowered(rules.maker_participles),
            place_kind_words=lowered(rules.place_kind_words),
            town_nouns=lowered(rules.town_nouns),
            origin_nouns=lowered(rules.origin_nouns),
            owned_offices=lowered(rules.owned_offices),
            org_kind_nouns={w.lower(): lowered(ids) for w, ids in rules.org_kind_nouns.items()},
            place_name_words=lowered(rules.place_name_words),
            thing_nouns=lowered(rules.thing_nouns),
            information_nouns=lowered(rules.information_nouns),
            informing_verbs=lowered(rules.informing_verbs),
            gathering_nouns=lowered(rules.gathering_nouns),
            org_sectors_until={k: (dt.date.fromisoformat(d), s) for k, (d, s) in rules.org_sectors_until.items()},
            genders={w.lower(): g for g, ws in rules.gendered_words.items() for w in ws},
            affiliation_preps=lowered(rules.affiliation.preps),
            body_nouns={w.lower(): sector for w, sector in rules.affiliation.body_nouns.items()},
            name_connectors=lowered(rules.affiliation.connectors),
        )
