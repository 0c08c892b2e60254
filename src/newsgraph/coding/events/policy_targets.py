"""The government whose policy or act a verbal act is about. CAMEO codes criticism of a
government's policy as criticism of that government, and so a demand, rejection or praise:
"Labour's leader called [the move] a smash and grab", "Congress denied [funding] for the wall",
"the President insists that [the budget] include ...", "demands for the dismissal of [the bill]".
The object noun (events.yaml policy_nouns) gives the target:

1. the owner the noun names: a possessor ("Germany's decision", "her plan": whom the pronoun
   stands for, when the actors stage resolved it) or a country adjective ("the US sanctions");
2. with no owner named, the government of the article's main country, only when every source
   belongs to that country (domestic politics) or is an international body with none of its own
   ("Amnesty International called for an independent investigation": it speaks to the government
   where the story is; an investigation "into" an act is aimed at that act's doer, elsewhere.py).
   A foreign source ("China criticised the move" in a Hong Kong story) names no target, nor does
   the main country named as a whole ("China condemned the sanctions" in a China story: a
   country does not criticise or petition its own government), and a
   noun whose owner the text names but no actor stands for ("a plan proposed by students", an
   unresolved "his") is no government's; nor is the object of a verb that makes it the source's
   own ("proposed a bill": policy_own_verbs).

Nouns that are no government's act ("condemned violence", "anti-semitism") are not listed and
keep no target."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .owner_targets import owned_by_source, thing_owner
from .syntax import children, is_infinitive, prep_objects

# where a verb's object may be: its object, passive subject, prepositions' objects
_VERB_SLOTS = ("dobj", "nsubjpass")
# a clause the act governs: "insists that [the budget] include", "urged it to scrap [the law]"
_CLAUSES = ("ccomp", "xcomp")
_CLAUSE_SLOTS = ("nsubj", "nsubjpass", "dobj")
# a noun one step inside the object: "the withdrawal [of the bill]", "funding [for] the wall"
_INNER_PREPS = ("of", "for")
# pronoun objects that only point at a noun named elsewhere in the sentence
_POINTERS = frozenset({"it", "this"})
# words that say who owns or proposed a noun, other than a possessor
_OWNER_PREPS = ("by", "from")
# elections and their results: a state's (events.yaml election_nouns, election_result_nouns)
_ELECTIONS = lowered(load_rules(EventRules).election_nouns)
_RESULTS = lowered(load_rules(EventRules).election_result_nouns)


def _candidates(tok: Token, clauses: tuple[str, ...] = _CLAUSES) -> list[Token]:
    """The nouns a verbal act may be about, nearest first."""
    out = children(tok, *_VERB_SLOTS)
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and any(o.lower_ in _POINTERS for o in children(tok, "dobj", "dative"))
    ):
        # "Calling [it] a cynical stunt, X dismissed [the plan]", "X rejected [the plan], calling
        # [it] a stunt": the pronoun a participle clause takes as object points to its verb's object
        out += children(tok.head, *_VERB_SLOTS)
    out += [o for p in children(tok, "prep") for o in children(p, "pobj")]
    out += [o for c in children(tok, *clauses) for o in children(c, *_CLAUSE_SLOTS)]
    if clauses and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
        # "protesters' demands have expanded to complete [the dismissal of the bill]": what the
        # noun's verb says, or the act it is for
        out += (
            children(tok.head, "attr")
            + _candidates(tok.head, ())
            + [o for c in children(tok.head, "advcl", "xcomp") if is_infinitive(c) for o in children(c, "dobj")]
        )
    return out


def policy_noun(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The policy noun the act at `tok` is about: an object (or one "of"/"for" step inside it)."""
    for c in _candidates(tok):
        if c.lemma_.lower() in nouns or held_election(c):
            return c
        for p in _INNER_PREPS:
            for o in prep_objects(c, p):
                if o.lemma_.lower() in nouns:
                    return o
    return None


def held_election(noun: Token) -> bool:
    """Is the noun an election, or the result of one: its "of" phrase ("the result of the
    election") or an election the sentence names before it ("X won the election, but the EU would
    not endorse [the result]")? An election is the state's that held it."""
    lemma = noun.lemma_.lower()
    if lemma in _ELECTIONS or noun.lower_ in _ELECTIONS:
        return True
    if lemma not in _RESULTS and noun.lower_ not in _RESULTS:
        return False
    of = prep_objects(noun, "of")
    if of:
        return of[0].lemma_.lower() in _ELECTIONS
    return any(t.lemma_.lower() in _ELECTIONS for t in noun.doc[noun.sent.start : noun.i])


def government(country: str, by: str | None = None) -> Actor:
    """The government of a country, as the implied target of an act (`by`: its `resolved_by`)."""
    return Actor(
        "(government)",
        [0, 0],
        None,
        None,
        country,
        "GOV",
        actor_code(country, "GOV"),
        how="implied:target",
        resolved_by=by,
    )


def policy_owner(
    noun: Token,
    sources: Sequence[Actor | None],
    actors_of: Callable[..., list[Actor]],
) -> list[Actor]:
    """Whose policy the noun is: its named owner, else the government of the article's main
    country when every source belongs to it or is an IGO/NGO; none otherwise."""
    owners = children(noun, "poss")
    for c in owners:
        found = [a for a in actors_of(c) if a.country or a.code]
        if found:
            return [] if owned_by_source(found, sources) else found  # "defended [its] decision"
    found = [a for a in actors_of(noun, owner=True) if a.country or a.code]
    if found:
        return found
    if owners or any(prep_objects(noun, p) for p in _OWNER_PREPS):
        return []  # an owner the text names and no actor stands for
    if prep_objects(noun, "into"):
        return []  # "an investigation [into] the shooting": aimed at the shooter, if anyone (elsewhere.py)
    if held_election(noun):  # "the US would not endorse [the result]": the state's that held it
        st = noun.doc._.setting
        return _election_state(noun, sources, actors_of, st.main if st is not None else None)
    return setting_government(noun.doc, sources)


def setting_government(doc: Doc, sources: Sequence[Actor | None]) -> list[Actor]:
    """The government of the article's main country, when every source belongs to that country
    or is an IGO/NGO (one speaks to the government of where the story is); none otherwise."""
    st = doc._.setting
    main = st.main if st is not None else None
    if not main or not sources or any(s is None or (s.country != main and not _international(s)) for s in sources):
        return []
    if any(s is not None and s.code == main for s in sources):
        return []  # the country as a whole ("China condemned the sanctions") is not its own government's critic
    return [government(main, "article")]


def _election_state(
    noun: Token, sources: Sequence[Actor | None], actors_of: Callable[..., list[Actor]], main: str | None
) -> list[Actor]:
    """The government of the country that held an election: the country its "in" phrase names
    ("the results of the election [in Zimbabwe]"), else the article's main one; none for a
    country named as a whole that would judge its own election."""
    elections = [noun] + [o for o in prep_objects(noun, "of") if o.lemma_.lower() in _ELECTIONS]
    places = [a for e in elections for o in prep_objects(e, "in") for a in actors_of(o) if a.country]
    country = places[0].country if places else main
    if not country or any(s is not None and s.code == country for s in sources):
        return []
    return [government(country, places[0].resolved_by if places else "article")]


def _international(a: Actor) -> bool:
    """An international body (IGO/NGO): it speaks to the government of where the story is."""
    return not a.country and (a.sector in ("IGO", "NGO") or (a.code or "").startswith(("IGO", "NGO")))


def owned_targets(who: Any, tok: Token, trig: Any, sources: Sequence[Actor | None], found: Any) -> Any:
    """With no actor acted on: the owner of the thing acted on (owner_targets.py); `who` is the
    coder's `Participants`, `found` and the result its `Targets`."""
    w = who.words
    if found.actors or not trig.cameo.startswith(w.owner_target_codes):
        return found
    own = frozenset(trig.objects) - {"*"}
    owners, word = thing_owner(
        tok, own, w.owner_kind_nouns, w.patient_nouns, w.policy_nouns, sources, who.actors_of, who.matcher.is_event_noun
    )
    return type(found)(owners, word) if owners else found
