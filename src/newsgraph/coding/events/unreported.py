"""Trigger words that name an act the sentence does not report as done: one only asked for
("urged Israel to [halt]", participants.asked_for; "called for [an investigation]"), urged as
due ("it is time for Congress to [hold] itself accountable"), a kind of act a habit describes ("G7
[meetings] usually center on politics"), a meeting of private life ("visited his mother", "a man
whom she [met] while studying"), an act called off ("the visit, which was cancelled"), a threat
that is only a danger ("a new threat to his rule emerged"), the act an accusation alleges ("blamed
him for [encouraging]"), any one of a kind in a possibility ("a single EU country could
[demand]"), a stance held over time ("had previously [opposed]"), the aim a body was founded for
("co-founded ZANU [to oppose]"), a place described as held ("territory [occupied] by X"), and an act
done on countless occasions ("[disagreed] many times"). The GUIDELINE codes political events that
happened (or are planned, negated, hypothetical) with a resolved actor: never an act only wished, a
habit, a lasting state, private life, or an act only alleged. Word lists: demands.yaml `due_nouns`; modality.yaml `kin_nouns`, `marriage_words`, `cancelling_verbs`,
`danger_verbs`, `stance_verbs`, `stance_adverbs`, `founding_verbs`, `holding_verbs`,
`occasion_nouns`, `many_words`; events.yaml `asking_words`, `accusing_verbs`, `joint_aims`, `joint_documents`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ActorRules, EventRules, ModalityRules
from .due import due_nouns
from .lexicon import Trigger, accusation_words
from .syntax import children, climb, is_infinitive

# the links a word climbs by to the clause it is in ("ordered Khashoggi's [killing]": its verb)
_IN_CLAUSE = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "acomp", "xcomp", "conj", "aux", "agent"})
# verbs of agreeing; the words that make an agreement a commitment (to do, on or over a thing)
_AGREEING = frozenset({"agree", "concur"})
_COMMITTING_PREPS = frozenset({"to", "on", "upon", "over", "in"})
# verbs that say the prevention failed ("failed to prevent an attack": the attack took place)
_FAILING = frozenset({"fail"})
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
# possessive pronouns that make a kin noun one's own family ("his wife", "their children")
_OWN = frozenset({"his", "her", "their", "my", "our", "your", "its"})
# ordinals and the like that make "time" a count of occasions, not a due act ("the first time to")
_COUNTED = frozenset({"first", "second", "third", "last", "only", "next", "one", "another"})


# modals of a possibility or a rule ("a single country could demand", "any state may veto")
_MODALS = frozenset({"can", "could", "may", "might", "would", "must", "should"})
# determiners and modifiers that make a singular noun any one of its kind ("any country", "a single
# state"); "each"/"every" and a plain future ("each side will withdraw") share out a planned act
_ANY = frozenset({"any"})
_ANY_MODIFIERS = frozenset({"single", "given", "lone"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.kin_nouns), lowered(rules.marriage_words)


@cache
def _more_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.cancelling_verbs), lowered(rules.danger_verbs), lowered(rules.belief_verbs)


@cache
def _stance_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.stance_verbs), lowered(rules.stance_adverbs), lowered(rules.holding_verbs)


@cache
def _occasion_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.occasion_nouns), lowered(rules.many_words)


@cache
def _founding_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of founding a body, and the nouns of a body (actors.yaml)."""
    actors = load_rules(ActorRules)
    bodies = (
        lowered(actors.org_name_heads) | lowered(actors.context.collective_bodies) | lowered(actors.context.group_nouns)
    )
    return lowered(load_rules(ModalityRules).founding_verbs), bodies


def unreported(tok: Token, trig: Trigger, asked_for: Callable[[Token], bool], asking: frozenset[str]) -> str | None:
    """Why the trigger word names no reported act, or None when it may. `asked_for` is the
    participants' test of an act in the complement of a verb of asking; `asking` the words of
    asking (events.yaml `asking_words`)."""
    if asked_for(tok) or _asked_for_noun(tok, asking):
        return "only asked for, offered or allowed: left to the appeal, demand or offer"
    if trig.pos == "verb" and _due(tok):
        return "only urged as due ('it is time for X to'): no act reported"
    if trig.pos == "noun" and _habit_noun(tok):
        return "a kind of act a habit describes ('meetings usually center on'): no act reported"
    if trig.cameo.startswith("04") and trig.pos == "verb" and _private(tok):
        return "a meeting in private life (one's own family, a spouse): no political event"
    if trig.pos == "noun" and _cancelled(tok):
        return "an act the sentence says was cancelled or foiled: it did not take place"
    if _plotted_or_prevented(tok):
        return "an act only plotted, or one foiled or prevented ('foiled a plot to [kill]'): it did not take place"
    if trig.pos == "noun" and trig.cameo.startswith("13") and _danger(tok):
        return "a threat as a danger ('a threat to X emerged', 'poses a threat'): no threat was made"
    if _alleged(tok):
        return "the act an accusation alleges ('blamed X for [encouraging]'): left to the accusation"
    if _field_of_cooperation(tok):
        return "the field of a cooperation ('agreed to cooperate on [fighting] cartels'): no act reported"
    if trig.cameo.startswith("03") and trig.pos == "verb" and _concurs(tok):
        return "agreeing with a view ('X agreed, saying ...'): a concurrence, no intent to cooperate"
    if _named_as_subject(tok):
        return "a kind of act named as a subject ('Saying sorry is not enough'): no act reported"
    if _believed(tok):
        return "an act only believed or suspected ('believe X ordered the [killing]'): not reported as fact"
    if trig.pos == "verb" and _any_one(tok):
        return "any one of a kind in a possibility ('a single EU country could demand'): no actor acts"
    if trig.pos == "verb" and _held_stance(tok):
        return "a stance held over time ('had previously opposed', 'has long backed'): a lasting state"
    if trig.pos == "verb" and _countless_times(tok):
        return "an act told as done on countless occasions ('disagreed many times'): a habit, no one act"
    if trig.pos == "verb" and _held_place(tok):
        return "a place described as held ('territory occupied by Israel'): its status, a lasting state"
    if trig.pos == "verb" and _founded_for(tok):
        return "the aim a body was founded for ('founded ZANU to oppose'): no act reported"
    return None


def _asked_for_noun(noun: Token, asking: frozenset[str]) -> bool:
    """ "called for [an investigation]", "demands for [talks]", "pressed for [sanctions]", "a plea
    for [a ceasefire]": an act noun in the "for" phrase of a word of asking is what was asked, not
    an act done (the appeal or demand is coded on its own word). Joined nouns share it ("calls
    for talks and [sanctions]")."""
    if noun.pos_ != "NOUN":
        return False
    noun = climb(noun, ("conj",))
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i and prep.head.lemma_.lower() in asking


def _due(verb: Token) -> bool:
    """ "It is time for Congress to [hold] itself accountable", "now is the moment for Europe to
    [act]": an infinitive on a noun of due time (`due_nouns`), or on the present copula that
    has one for its complement, urges the act; it does not report it. "It was the first time
    for X to visit" counts occasions and is left alone, as is a past "it was time to leave"
    (a narrative that may go on to tell it done)."""
    if not is_infinitive(verb) or verb.dep_ not in ("advcl", "acl", "relcl", "xcomp", "ccomp"):
        return False
    due = due_nouns()
    head = verb.head
    if head.lemma_ == "be":
        nouns = [c for c in children(head, "attr", "nsubj") if c.lemma_.lower() in due]
        copula = head
    elif head.lemma_.lower() in due and head.pos_ == "NOUN":
        nouns, copula = [head], head.head
    else:
        return False
    if not nouns or copula.lemma_ != "be" or copula.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.lower_ in _COUNTED for n in nouns for c in n.children if c.dep_ in ("amod", "nummod", "det"))


def _habit_noun(noun: Token) -> bool:
    """ "G7 [meetings] usually center on politics", "[summits] of the bloc often end without a
    deal": an event noun whose clause, or a clause the parser hung on it, states a habit
    (modality.yaml `habitual`, mood.habitual) names a kind of act, not one that took place."""
    from .mood import habitual  # here, not at the top: mood.py imports this module

    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") and habitual(noun.head):
        return True
    return any(c.pos_ in ("VERB", "AUX") and habitual(c) for c in children(noun, "acl", "relcl"))


def _private(verb: Token) -> bool:
    """A meeting or visit of private life: with one's own kin or spouse ("visited [his] mother",
    "met with [their] families": `kin_nouns` under a possessive pronoun), or a relative clause
    telling how one came to know a spouse ("her marriage to a man [whom] she met", "married a
    lawyer she met at university": the clause's noun the partner of `marriage_words`). "Met the
    families of the victims" and "the envoy whom she met in Paris" are left alone."""
    kin, marriage = _words()
    partners = children(verb, "dobj") + [o for p in children(verb, "prep") for o in children(p, "pobj")]
    for p in partners:
        if p.lemma_.lower() in kin and any(c.dep_ == "poss" and c.lower_ in _OWN for c in p.children):
            return True
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.lemma_.lower() in kin:
        return True
    prep = noun.head
    if noun.dep_ == "dobj":
        return prep.lemma_.lower() in marriage  # "married a lawyer she met"
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "with") or prep.i == 0:
        return False
    # "marriage [to] a man", "engagement with"; the parser may hang the "to" on the verb before
    # ("lost it upon her marriage to a man"): the word right before it is then the marriage
    return prep.head.lemma_.lower() in marriage or prep.doc[prep.i - 1].lemma_.lower() in marriage


def _cancelled(noun: Token) -> bool:
    """ "Putin's visit, which was cancelled", "the planned trip to Warsaw, which was called off",
    "the attack, which was foiled": an event noun a clause on it says was cancelled or thwarted
    (modality.yaml `cancelling_verbs`) names an act that did not take place (GUIDELINE: a cancelled
    meeting is 161/12, not 04). The parser may hang the clause on the noun's own "to"/"in" phrase
    ("trip to [Warsaw], which was cancelled": no city is cancelled)."""
    from .mood import phrases  # here, not at the top: mood.py imports this module

    cancelling = _more_words()[0]
    nouns = [noun, *(o for p in children(noun, "prep") for o in children(p, "pobj"))]
    clauses = [c for n in nouns for c in children(n, "relcl", "acl") if c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        clauses.append(noun.head)  # "the visit was cancelled"
    return any(phrases(c) & cancelling for c in clauses)


@cache
def _prevention_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    kinds = load_rules(EventRules).prevention
    return lowered(kinds.get("verbs", ())), lowered(kinds.get("plots", ())), lowered(kinds.get("plans", ()))


def _plotted_or_prevented(tok: Token) -> bool:
    """ "police foiled a plot to [assassinate] the governor", "a bomb plot", "thwarted a plan to
    [attack] X", "had prevented a [bombing]", "a foiled [attack]": an act only plotted (modality.yaml
    `prevention: plots`, whoever plotted it), or one a verb of prevention (`verbs`) stopped,
    itself or as the plan or attempt it was part of (`plans`), did not take place
    (GUIDELINE: what did not happen is no actual event). The infinitive of a noun is also read by
    its place ("a plot to [kill]" the parser hung on the verb). "Announced a plan to withdraw" and
    "stopped fighting" are left alone: no plot, no verb of prevention."""
    preventing, plots, plans = _prevention_words()
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() in preventing for c in tok.children):
        return True  # "a foiled attack", "the thwarted bombing"
    holder: Token | None = None
    if tok.pos_ == "VERB" and is_infinitive(tok):
        before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" else None
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            holder = tok.head  # "a plot [to] kill"
        elif before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in plots | plans:
            holder = before  # the parser hung the infinitive on the verb ("foiled a plot to [kill]")
        elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in plots:
            return True  # "plotted to kill", "conspired to bomb"
    elif tok.pos_ == "NOUN" and tok.dep_ == "compound":
        holder = tok.head  # "a [bomb] plot", "an [assassination] plan"
    if holder is not None and holder.lemma_.lower() in plots:
        return True
    if holder is not None and holder.lemma_.lower() in plans:
        tok = holder  # "thwarted a plan to attack": the plan is what was prevented
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() not in preventing:
        return False
    verb = tok.head  # "failed to prevent an attack", "did not prevent it": the attack took place
    return not children(verb, "neg") and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FAILING)


def _danger(noun: Token) -> bool:
    """ "a new threat to his rule emerged", "Iran poses a threat to Israel": a threat noun with no
    doer of its own that emerges, looms or is posed (modality.yaml `danger_verbs`) is a danger,
    not a threat someone made (CAMEO 13 is a threatener's act); "issued a threat", "threats by X
    emerged" stay."""
    dangers = _more_words()[1]
    if children(noun, "poss") or any(p.lower_ in ("by", "from") for p in children(noun, "prep")):
        return False  # "the army's threats", "threats by X", "threats from X": made by someone
    return noun.dep_ in ("nsubj", "dobj", "attr") and noun.head.lemma_.lower() in dangers


def _alleged(tok: Token) -> bool:
    """ "critics blame him for [encouraging] farmers", "accused Macron of [misleading] parliament",
    "charged him with [murdering]": the act in the gerund of an accusing verb (events.yaml
    `accusing_verbs`, accusations.py's list) is what the accusation alleges, not an act the
    article reports; the accusation (112) is coded on its verb."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    prep = tok.head
    return prep.lower_ in ("for", "of", "with") and prep.head.lemma_.lower() in accusation_words().accusing_verbs


@cache
def _joint_words() -> frozenset[str]:
    rules = load_rules(EventRules)
    return lowered(rules.joint_aims, rules.joint_documents)


def _field_of_cooperation(tok: Token) -> bool:
    """ "agreed to cooperate on [fighting] drug cartels", "an agreement on [combating] piracy",
    "closer cooperation in [fighting] terrorism": the gerund of an "on"/"in" phrase on a word of
    cooperation or agreement (events.yaml joint_aims, joint_documents) names what the parties are
    to work on, a field, not an act the sentence reports; the cooperation is coded on its own word."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    prep = tok.head
    return prep.lower_ in ("on", "in") and prep.head.lemma_.lower() in _joint_words()


def _any_one(verb: Token) -> bool:
    """ "a single EU country could demand that ...", "any member state may veto it": a subject that
    is any one of its kind ("any", "a single", "a given"), in a clause of can/could/may/must,
    states a possibility or a rule, not an act of a particular actor (GUIDELINE: no event whose
    actor cannot be resolved). "The EU could demand", "a Russian court sentenced him" and "each
    side will withdraw" (a planned act shared out) stay."""
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    for subject in children(verb, "nsubj", "nsubjpass"):
        dets = {c.lower_ for c in subject.children if c.dep_ == "det"}
        mods = {c.lower_ for c in subject.children if c.dep_ == "amod"}
        if subject.tag_ in ("NN", "NNP") and (dets & _ANY or (dets & {"a", "an"} and mods & _ANY_MODIFIERS)):
            return True
    return False


def _believed(tok: Token) -> bool:
    """ "intelligence agencies believe the crown prince ordered Khashoggi's [killing]": an act in the
    reported clause of a verb of belief (modality.yaml `belief_verbs`) is only believed, not
    reported as fact (GUIDELINE: a missing label is better than a doubtful one). A speaker's own
    "I think" / "we believe" hedges what the speaker says ("I think everybody's sympathies are with
    the family") is left alone. A guess ("speculated that", "it is rumoured that") is less than a
    belief and is not coded either."""
    t = climb(tok, _IN_CLAUSE)
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in _more_words()[2]:
        return False
    if t.head.tag_ == "VBN" and not children(t.head, "aux", "auxpass"):
        return False  # "Gunmen [suspected] to be X ... invaded": a participle on a noun, parsed as the root
    return not any(c.lower_ in ("i", "we") for c in children(t.head, "nsubj"))


def _named_as_subject(tok: Token) -> bool:
    """ "Saying I'm [sorry] I got caught is not a plea for leniency", "[Attacking] civilians is a war
    crime", "To [negotiate] with them would be a mistake": an act in a gerund or infinitive clause
    that is the subject of a present or modal verb names a kind of act and judges it; no one is
    reported doing it. "Meeting Putin was a mistake" (past) may tell a meeting done and is left alone."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("csubj", "csubjpass"):
            verb = t.head
            return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        if t.dep_ not in _IN_CLAUSE and t.dep_ not in ("ccomp", "acomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _concurs(verb: Token) -> bool:
    """ "Governor X agreed, saying only this group could have done it", "the government issued a
    statement agreeing the issue should be decided by Congress": one actor agreeing with a view
    states an opinion, not an intent to cooperate (CAMEO 03). Left alone: an agreement to do or on a
    thing ("agreed to help", "agreed on a budget", "agreed that troops would leave"), and two sides
    agreeing ("the two sides agreed", "X and Y agreed"), which is an agreement between them."""
    if verb.lemma_.lower() not in _AGREEING or children(verb, "xcomp", "dobj"):
        return False
    if any(p.lower_ in _COMMITTING_PREPS for p in children(verb, "prep")):
        return False
    subjects = children(verb, "nsubj")
    if verb.dep_ == "acl" and not subjects:
        # "issued a statement [agreeing] ...": the issuer's
        subjects = children(verb.head.head, "nsubj") if verb.head.dep_ == "dobj" else []
    if len(subjects) != 1 or subjects[0].tag_ in ("NNS", "NNPS") or children(subjects[0], "conj"):
        return False
    views = children(verb, "ccomp")
    if views:
        return not any(c.dep_ == "aux" and c.lower_ in _FUTURE for v in views for c in v.children)
    return any(c.tag_ == "VBG" and c.dep_ == "advcl" for c in verb.children)  # "agreed, [saying] ..."


def _held_stance(verb: Token) -> bool:
    """ "Pelosi had [previously] opposed impeachment", "Germany has [long] opposed the sanctions",
    "France has [always] backed the plan": a verb of stance (modality.yaml `stance_verbs`) with an
    adverb of lasting or former time (`stance_adverbs`) tells a position held, background, not an
    act of a day (GUIDELINE: lasting states are not coded). With a date of its own ("had previously
    opposed the bill in 2015") it tells one act and stays; "opposed the bill on Monday" has no such
    adverb and stays."""
    verbs, adverbs, _ = _stance_words()
    if verb.lemma_.lower() not in verbs or not any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children):
        return False
    dated = [c for c in children(verb, "npadvmod", "prep") if any(t.ent_type_ == "DATE" for t in c.subtree)]
    return not [d for d in dated if d.lower_ not in ("since", "for")]  # "since 2014", "for years": still held


def _founded_for(verb: Token) -> bool:
    """ "Mugabe co-founded ZANU [to oppose] white minority rule", "formed an alliance [to fight] the
    government", "a party founded in 1990 [to oppose] X": an infinitive of purpose on founding a
    body (modality.yaml `founding_verbs`; the body a name or a noun of one) names what the body is
    for, not an act done. "Formed a human chain to protest" founds no body and is left alone."""
    verb = climb(verb, ("conj",))  # "to oppose X and [fight] Y"
    if not is_infinitive(verb):
        return False
    from .mood import phrases  # here, not at the top: mood.py imports this module

    founding, bodies = _founding_words()
    head = verb.head
    if verb.dep_ in ("acl", "relcl"):  # "formed [an alliance] to fight": the infinitive on the body
        founder, founded = head.head, [head] if head.dep_ in ("dobj", "nsubjpass") else []
    elif verb.dep_ in ("xcomp", "advcl"):  # "founded ZANU to oppose", "a party [founded] to oppose"
        founder, founded = head, children(head, "dobj", "nsubjpass") or ([head.head] if head.dep_ == "acl" else [])
    else:
        return False
    if not phrases(founder) & founding:
        return False
    return any(b.pos_ == "PROPN" or b.lemma_.lower() in bodies for b in founded)


def _held_place(verb: Token) -> bool:
    """ "the territory, which belonged to Syria and was [occupied] by Israel", "Syrian territory
    [occupied] by Israel": a verb of holding territory (modality.yaml `holding_verbs`) in a clause
    that describes a noun, with no date in its phrases but how long it is held ("since 2014"), tells
    the place's status, not the taking of it. "Which was occupied by Israel in 1967" and "troops
    occupied the airport" stay."""
    if verb.lemma_.lower() not in _stance_words()[2] or climb(verb, ("conj",)).dep_ not in ("relcl", "acl"):
        return False
    dates = [t for t in verb.subtree if t.ent_type_ == "DATE"]
    # "since 1967", "for decades": how long it has been held, still a state
    lasting = {c.i for p in children(verb, "prep") if p.lower_ in ("since", "for") for c in p.subtree}
    return all(t.i in lasting for t in dates)


def _countless_times(verb: Token) -> bool:
    """ "Germany and France disagreed [many times]", "[on numerous occasions] the army shelled X",
    "there were [many times] that Bolton and I disagreed": a noun of occasions (modality.yaml
    `occasion_nouns`) under a word of many (`many_words`) on the verb's clause, or the noun the
    clause tells of, makes it a habit, as "often" does. "Three times", "several times" and "the
    first time that" count acts and are left alone."""
    occasions, many = _occasion_words()
    clause = climb(verb, ("conj",))
    nouns = children(clause, "npadvmod") + [o for p in children(clause, "prep") for o in children(p, "pobj")]
    if clause.dep_ in ("ccomp", "advcl") and clause.head.lemma_ == "be":  # "there were many times that"
        nouns += children(clause.head, "attr", "nsubj")
    elif clause.dep_ in ("relcl", "acl"):  # "the many times [when] they met"
        nouns.append(clause.head)
    return any(
        n.lemma_.lower() in occasions and any(c.dep_ == "amod" and c.lower_ in many for c in n.children) for n in nouns
    )
