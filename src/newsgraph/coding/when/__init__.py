"""The `when` stage: when did an event happen, resolved against the publication date.

Public API (one call per event)::

    resolve(sent, trigger, published, future) -> TimeRef

`sent` is the parsed sentence (a spaCy ``Span``), `trigger` the event's trigger
token (a verb such as "arrived", or an event noun such as "visit"),
`published` the article's publication date, and `future` True when the events
stage judged the event planned/expected ("will visit", "is expected to meet",
"plans to").  The result is a ``TimeRef(date, date_end, date_text,
date_precision)`` with ISO dates.  With no date expression for this trigger,
``date`` is the publication date and the other three fields are None.

How it works
------------
1. **Find** the date expressions of the sentence with a token grammar of our
   own (lexicon in ``data/rules/dates.yaml``).  The NER's DATE entities are
   used only to license ambiguous words (a bare "May", a bare "2019"); an
   expression the NER missed is still found.  ``date_text`` is the
   expression as written, without its preposition ("Monday", "Wednesday and
   Thursday", "this week", "January 5, 2019", "two days ago").
2. **Attribute**: an expression belongs to the trigger when, walking up the
   dependency tree from the expression, the first clause head (verb) reached
   is the trigger itself or a verb of the trigger's own clause; an expression
   inside another verb's clause does not.  In order of preference (rank):

   0. the expression hangs off the trigger directly ("arrived ... on Monday",
      "Putin's visit on Wednesday", "Monday's attack", "the March 2019
      invasion");
   1. it hangs off the trigger through a non-event noun ("met with leaders on
      Monday" mis-attached to "leaders"), or off a verb of the trigger's
      catenative chain ("is expected on Monday to meet"), or -- for an event
      noun that is subject/object of a light verb ("the talks were held on
      Monday", "launched an invasion in 2022", "the visit will be on
      Wednesday") -- off that verb;
   2. it hangs off a subjectless participle clause of the trigger, or the
      trigger is such a participle ("Asked by journalists on Friday ...,
      Putin said" -> "said" gets Friday);
   3. it hangs off a verb conjoined with the trigger that shares its subject
      and its tense, and the trigger has none of its own ("arrived and met Wang
      on Monday").

   Also: a bare day right after the trigger's object ("asked for his
   resignation Monday night") is the verb's unless the object follows a
   preposition of time ("after the attack Monday"); an event named as the
   complement of a role noun under "be" ("was the target of an attack in
   2006", "has been the subject of sanctions since 2011") takes the copula's
   date; an act the events stage codes from its announcement ("On Sunday, X
   announced a withdrawal", not planned) takes the announcement's date; a
   "when"/"while" clause shares its main clause's date, and the main clause
   shares a "when"/"while" clause's or takes a "since" clause's as its start;
   a clause placed inside an event noun by "where"/"when" ("a summit where on
   Sunday X signed") dates that event, and a gathering verb the event it is
   for ("met for a summit", not "arrived for"); a passive's by-agent event
   noun ("was hit by drone strikes") takes its verb's date; a request or order
   noun giving the reason an act was done ("returned in 2014 at the
   government's request", "withdrew on the orders of X"; not "after the
   request", "despite the orders") takes that act's date; a purpose
   infinitive with no date of its own ("marched on Friday to demand ...",
   ``purpose``) takes the date of the act done for it, unless planned; a present participle
   set off on the subject ("X, speaking on Monday, said") is a participle
   clause of the trigger (rank 2); a message or event described with its date
   that the act is done in ("In a statement released Sunday, X condemned",
   "spoke at a rally held on Thursday"; a message phrase the parser hangs on
   the object too) dates it; a result verb takes its dated subject event's
   date ("The attack on Monday killed five", "The election in 2013 saw ...");
   a date inside an "after"/"before"/"following" phrase is its noun's, not the
   clause's, however parsed ("After his conviction last summer, X agreed"); a
   "when" clause hung on a date takes it ("since 1997, when Britain handed").

   An event noun on the way up (see ``event_nouns`` in the YAML) stops the
   walk: "arrived in Beijing on Monday ahead of Putin's visit" gives Monday to
   "arrived" only, and "arrived ahead of Putin's visit on Wednesday" gives
   Wednesday to "visit" only.  A complement clause ("said he will talk") is
   another clause: "on Friday" attached to "Asked"/"said" is not the date of
   "talk", which falls back to the publication date.  Among several
   expressions of the same rank the resolvable one wins, then the finer
   precision, then the nearest in the sentence.
3. **Resolve** against `published`, in a direction:
   ``future`` -> forward; otherwise by the tense of the trigger's clause
   (the host verb's for an event noun): past tense / past participle / perfect
   -> backward, "will"/"shall"/"going to"/"is to" -> forward (an event noun
   dated through a clause describing it takes that clause's tense: "a call
   made on Monday" back, "a summit scheduled for Monday" forward), anything else
   (present, "would", an event noun in a prepositional phrase such as "ahead
   of Putin's visit on Wednesday") -> the nearest; but an event noun a past or
   present clause follows ("arrested him after the attack on Monday", "since
   the attack") -> backward.  The publication day itself counts in every
   direction ("on Monday" published on a Monday is that day).  A day or month
   named without a year ("on November 21") in a paragraph told at a dated past
   year ("moved on November 15, 2017") is in that year (``story.story_year``).
   A present clause of a statement ("said on Monday they condemn ...", a
   quotation) takes the statement's date, also one the story gives it
   (``speech``); not a modal or planned one.

4. **From the sentences before**, for an event with no date of its own: one
   placed inside an earlier-named event ("X called Y on Monday. In it, X
   asks ...", "During the call, ...", "In that incident", across a paragraph
   break for such a noun of any event) takes that event's date; an event noun
   a dated act happened inside ("marched on Saturday during a protest", see
   ``occasion``) takes that act's date; a simple-past
   event continuing the story of its paragraph takes the last past day named
   in the sentences before it there (``story``, up to six; also a past month or year a fronted
   phrase sets the story at: "In 2000, X emerged. X won the election"; not a day inside a quotation, not
   across a line break, not for a clause that "after"/"before" orders
   against another event, nor for an event noun whose own clause is dated,
   nor for one an adverb sets at another time: "initially", "later"); a
   definite event noun ("condemned the attack", "carried out the attack")
   names again the nearest earlier event of its kind in the article and takes
   its date; a simple-past act of force ("rockets struck", "police used tear gas") tells again the
   nearest earlier act of force of the article, across paragraphs, and takes
   its date unless another date is named in between; a clause "in the letter"
   takes the day the letter was sent; a simple-past statement by the speaker whose dated statement
   leads the article ('"...," wrote X on Twitter'), or an act "also" done by
   that speaker ("Lam also agreed ..."), restates it and takes the lead's day;
   a verb conjoined with an earlier one, sharing its subject, takes the date
   the earlier one takes from the story ("... but did not accede").

Precision and ranges
--------------------
* day: weekdays, "yesterday"/"today"/"tomorrow"/"tonight"/"last night",
  "Monday night", "on January 5", "January 5, 2019", "5 January 2019",
  "Monday, Oct. 9", ISO dates, "two days ago", "last/next Monday" (last:
  strictly before publication; next: in the following Monday-Sunday week),
  "Tuesday last week".  Several days ("on Wednesday and Thursday", "from
  Monday to Wednesday", "July 13 to 17", "this weekend") give date..date_end.
  "The weekend"/"this weekend" follow the tense: the weekend just past for a
  past event, the coming one for a future event, the current week's else.
* week: "last/this/next week" -> Monday..Sunday of that week; "three weeks
  ago" -> the Monday..Sunday week holding published - 21 days; "earlier this
  week" -> Monday..published, "later this week" -> published..Sunday.
* month: "last/this/next month", "in March" (backward: the latest March not
  after the publication month; forward: the next March from it; nearest
  otherwise, ties forward), "March 2019", "March last year", "early March",
  "mid-March" -> first..last day; "earlier/later this month" narrowed at the
  publication date like weeks.  A month day without a year ("on January 5")
  follows the same rule at day level.
* year: "last/this/next year", "in 2019", "the 2019 election" -> Jan 1..Dec 31.
  A bare four-digit number is a year only after a temporal word ("in",
  "since", "by", ...), with "early/late/mid", or when the NER calls it DATE;
  not as a count ("addressed 2000 troops") nor inside a name ("Reform Bill
  2019", a LAW/ORG/EVENT entity).
* seasons ("last winter", "this spring", "in the summer of 2019") give
  their three months (northern hemisphere) at the window precision below
  (year).
* Vague counts anchored on the publication date ("a few days ago", "weeks
  ago", "in recent days", "in the past two weeks", "in the coming days") give
  a window date..date_end whose precision is the granularity of that window
  (<= 1 day: day, <= 7 days: week, <= 31: month, <= 366: year).  "A few days
  ago" is published-7..published-2 at precision week; "weeks ago" is
  published-6 weeks..published-2 weeks at precision month; "months ago" is
  published-12..published-2 months at precision year; "years ago" is too
  vague and is left unresolved (see next point).
* Expressions relative to another event, not to the publication date ("weeks
  before the invasion", "days earlier", "two days later", "the next day",
  "that day") cannot be resolved from one sentence: they return ``date`` =
  published, ``date_end`` None, ``date_precision`` **None**, and
  ``date_text`` set to the expression.  A null precision therefore always
  means "no date resolved"; a non-null ``date_text`` with it keeps the
  evidence for a reader.  (Giving such an event a week-precision date near
  publication would be wrong: "just weeks before the Russian invasion" in a
  2023 article is early 2022.)  Decades ("the 1990s"), "N decades ago" and
  anaphoric months ("that September") are kept the same way.  Exceptions:
  an anaphoric day ("the same day", "the next day") counts from the last
  past day named before it (a scheduled "to take effect on December 10" is
  skipped), and "N days/weeks/months/years later/earlier" ("the day before") from the last date
  named before it in its sentence or the few before ("left in 2011, returned three years
  later" -> 2014), never finer than that date; "N units after/before" an
  event the article dates from that event's date ("two days after the vote on
  Monday", ``relative.counted_from_event``).
* A date heading the text on its own line ("Friday, January 4, 2019" then a
  line break) is a dateline, not an event's date, and is ignored.

The package compiles its patterns and loads its lexicon once at import; a call
scans the sentence's tokens and walks the parse, nothing more (about 0.1 ms;
the expressions of the last sentence seen are cached, so the other events of
the same sentence cost about 15 us).  Not handled: clock times, holidays
("Christmas"), "the 5th", numeric dates other than ISO (03/04 is ambiguous).

Modules
-------
* ``lexicon``: ``data/rules/dates.yaml``, read once, and the word sets made from it.
* ``expressions``: step 1, the expressions of a sentence as ``Expr`` records of their kind.
* ``attach``: step 2 and the direction of step 3, read off the parse around the trigger.
* ``arithmetic``: step 3's arithmetic, an expression's dates from the publication date.
* ``story``: step 4's day of a paragraph's story, carried to a simple-past event with none of its own.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsgraph.model import TimeRef

from ..component import doc_text, line_start
from .arithmetic import Resolved, resolve_expr
from .attach import (
    TriggerClauses,
    dating_subclauses,
    describing_direction,
    direction,
    during_object,
    governing,
    heeded_verb,
    narrative_past,
    rank,
    tenseless,
)
from .expressions import Anaphoric, Expr, Unanchored, Year, find
from .lexicon import (
    ACT_KIND,
    ANNOUNCING_VERBS,
    DEFINITE_DETS,
    EVENT_NOUNS,
    EVENT_PRONOUNS,
    FORCE_MEANS,
    FORCE_MEANS_VERBS,
    FORCE_VERBS,
    GENERIC_EVENT_NOUNS,
    LIGHT_VERBS,
    MESSAGE_NOUNS,
    OTHER_TIME_ADVERBS,
    QUOTATION_CUES,
    STATEMENT_VERBS,
)
from .occasion import occasion_date
from .purpose import purpose_act
from .quoted_days import outside_quotations, speaking_day
from .relative import Resolver, counted_from_date, counted_from_event, earlier_mention, placed_by_event
from .speech import quotation_date, statement_over
from .story import QUOTE_MARKS, antecedent_day, carried, in_story_year, quoted, story_year

__all__ = ["resolve"]

# precision rank: finer is smaller
_PREC_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def resolve(sent: Span, trigger: Token, published: dt.date, future: bool) -> TimeRef:
    """When the event with this trigger happened; see the package docstring."""
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    if not isinstance(sent, Span):  # a whole Doc
        sent = sent[:]
    fallback = TimeRef(published.isoformat(), None, None, None)
    exprs = outside_quotations(find(sent), sent, trigger)
    clauses = TriggerClauses.of(trigger)
    scored = []
    for e in exprs:
        if e.start <= trigger.i < e.end:
            continue
        r = rank(e, clauses)
        if r is None:
            continue
        scored.append((r, e))
    if not scored and clauses.noun and (verb := heeded_verb(trigger)) is not None:
        # a request or order giving the reason an act was done ("returned in 2014 at the government's
        # request"): with no date of its own, the act's
        return resolve(sent, verb, published, future)
    if (
        not scored
        and not future
        and (act := purpose_act(trigger)) is not None
        and direction(TriggerClauses.of(act), False) <= 0
    ):
        # "marched on Friday to demand ...": a purpose with no date of its own is the act's (purpose.py)
        if (done := resolve(sent, act, published, False)).date_precision is not None:
            return done
    way = direction(clauses, future)
    host = clauses.host
    if not scored and not future and host is not None and host.lemma_ in ANNOUNCING_VERBS and trigger.dep_ == "dobj":
        # an act the text reports by its announcement ("On Sunday, the US announced a complete
        # withdrawal"): the events stage codes the announcement as the act, so it takes its date
        outer = TriggerClauses.of(host)
        scored = [
            (r, e) for e in exprs if not e.start <= host.i < e.end and (r := rank(e, outer)) is not None and r <= 1
        ]
    speech = None if future else statement_over(clauses)
    if not scored and not future and (way < 0 or (way == 0 and (tenseless(clauses) or speech is not None))):
        # no date of its own: a past or tenseless event shares the date of the clause it is embedded in
        # ("On Monday, X announced it had entered ...", "joined the calls asking ..."), and so does a
        # present one of a statement's ("said on Monday they condemn the attack")
        for v in governing(clauses):
            outer = TriggerClauses.of(v)
            scored = [
                (r, e) for e in exprs if not e.start <= v.i < e.end and (r := rank(e, outer)) is not None and r <= 2
            ]
            if scored:
                way = direction(outer, False)
                break
    if not scored and not future and (host_v := _after_clause_host(clauses)) is not None:
        # "X was founded in 2003 after a coalition [ousted] Y": an act a dated event followed shares
        # its year (a whole year only: a day or a month would date it too finely)
        outer = TriggerClauses.of(host_v)
        scored = [
            (r, e)
            for e in exprs
            if isinstance(e, Year) and not e.start <= host_v.i < e.end and (r := rank(e, outer)) is not None and r <= 1
        ]
    if not scored and not future:
        for c in dating_subclauses(clauses):
            outer = TriggerClauses.of(c)
            scored = [
                (r, e) for e in exprs if not e.start <= c.i < e.end and (r := rank(e, outer)) is not None and r <= 1
            ]
            if scored:
                way = direction(outer, False)
                break
    if not scored:
        if not future:
            inside = (
                _inside_earlier_event(sent, clauses, published)
                or _named_again(clauses, published)
                or placed_by_event(clauses, published, resolve)
                or occasion_date(clauses, published, resolve)
            )
            if inside is not None:
                return inside
            if speech is not None and way <= 0 and (said := resolve(sent, speech, published, False)).date_precision:
                # the statement dated by the story around it ("X spoke on Monday. He said, '...'")
                return said
            if speech is None and way <= 0 and (ran_on := quotation_date(sent, trigger, published, resolve)):
                return ran_on  # a quotation running on from its dated statement
        if not future and way < 0 and narrative_past(clauses) and not _host_dated(clauses, exprs):
            return (
                _told_again(sent, trigger, published)
                or _story_day(sent, trigger, published, resolve)
                or _restated(trigger, published)
                or _first_conjunct_date(sent, trigger, published)
                or fallback
            )
        return fallback
    best_rank = min(r for r, _ in scored)
    cands = [e for r, e in scored if r == best_rank]
    results = []
    for e in cands:
        w = way or describing_direction(e, clauses)
        if way <= 0 and (year := story_year(sent, e, published)) is not None:
            # "the army moved on November 15, 2017 ... resigned on November 21": that year's
            e = in_story_year(e, year)
        now = speaking_day(sent, trigger, e, published, resolve)  # a quotation's "yesterday" is its speaker's
        res = _anaphoric(sent, e, published, w) if isinstance(e, Anaphoric) else resolve_expr(e, now, w)
        if res is None and type(e) is Unanchored:
            res = counted_from_date(sent, e, published, w) or counted_from_event(sent, e, published, w, resolve)
        dist = min(abs(e.start - trigger.i), abs(e.end - 1 - trigger.i))
        prec = res.precision if res else None
        # a date the text names beats one counted from another ("seven days earlier on October 6")
        results.append(((res is None, _PREC_RANK[prec], isinstance(e, Unanchored), dist), e, res))
    results.sort(key=lambda x: x[0])
    _, e, res = results[0]
    text = sent.doc[e.start : e.end].text
    if res is None:
        return TimeRef(published.isoformat(), None, text, None)
    return TimeRef(res.date.isoformat(), res.date_end.isoformat() if res.date_end else None, text, res.precision)


# how many sentences back an anaphoric day ("that day", "the same day") looks for the day it names
_ANTECEDENT_SENTENCES = 3


def _inside_earlier_event(sent: Span, clauses: TriggerClauses, published: dt.date) -> TimeRef | None:
    """An event placed inside an earlier-named one ("X made a call to Y on Monday. In it, X asks Y
    ...", "During the call, X said ...") takes that event's date: the antecedent is the last event
    noun before the sentence (for a pronoun, in the sentence just before; for "the call", the last
    "call" of the paragraph's few sentences before)."""
    obj = during_object(clauses)
    if obj is None:
        return None
    pronoun = obj.pos_ == "PRON" and obj.lower_ in EVENT_PRONOUNS
    definite = (
        obj.pos_ == "NOUN"
        and (obj.lemma_.lower() in EVENT_NOUNS or obj.lemma_.lower() in MESSAGE_NOUNS)
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children)
    )
    if not (pronoun or definite):
        return None
    generic = definite and obj.lemma_.lower() in GENERIC_EVENT_NOUNS
    doc = sent.doc
    # "that event", "the incident" point back to the last event told, also across a paragraph break
    para = 0 if generic else line_start(doc, sent.start_char)
    span = sent
    for _ in range(1 if pronoun else _ANTECEDENT_SENTENCES):
        if span.start == 0 or span.start_char <= para:
            return None
        prev = doc[span.start - 1].sent
        for t in reversed(prev):
            if t.pos_ != "NOUN" or t.idx < para:
                continue
            lemma = t.lemma_.lower()
            if lemma not in EVENT_NOUNS and lemma not in MESSAGE_NOUNS:
                continue
            # "the call" names a call again; "that event", "the incident" name any event
            if (definite or lemma in MESSAGE_NOUNS) and lemma != obj.lemma_.lower() and not generic:
                continue
            # a message is dated by the verb that sends it ("sent a letter ... the same day")
            sender = t.head if lemma in MESSAGE_NOUNS and t.head.pos_ == "VERB" else t
            ref = resolve(prev, sender, published, False)
            return ref if ref.date_precision is not None else None
        span = prev
    return None


def _definite_event(t: Token) -> bool:
    return (
        t.pos_ == "NOUN"
        and t.lemma_.lower() in EVENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in t.children)
    )


def _named_again(clauses: TriggerClauses, published: dt.date) -> TimeRef | None:
    """A definite event noun with no date of its own names again the nearest earlier event of its
    kind in the article, and takes its date ("Yesterday, the depot was hit by drone strikes. ...
    The rebels said they had carried out the attack"): the trigger itself ("condemned the attack"),
    or the object of a light verb ("carried out the attack"). A first mention, or one whose earlier
    mention has no date, gives none."""
    trig = clauses.trigger
    if clauses.noun:
        noun = trig if _definite_event(trig) else None
    elif trig.lemma_ in LIGHT_VERBS:
        noun = next((c for c in trig.children if c.dep_ in ("dobj", "obj") and _definite_event(c)), None)
    else:
        noun = None
    if noun is None:
        return None
    earlier = earlier_mention(noun)
    if earlier is None:
        return None
    ref = resolve(earlier.sent, earlier, published, False)
    return ref if ref.date_precision is not None else None


def _forceful(v: Token) -> bool:
    """A verb of force ("struck"), or of using a means of force ("used tear gas", "deployed water
    cannon and rubber bullets")."""
    lemma = v.lemma_.lower()
    if lemma in FORCE_VERBS:
        return True
    if lemma not in FORCE_MEANS_VERBS:
        return False
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in FORCE_MEANS for ob in objects for o in (ob, *ob.conjuncts))


def _force_act(t: Token) -> bool:
    if t.pos_ == "VERB":
        # "the first report of a protester being shot": a kind of act named, not an act told
        return _forceful(t) and not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in t.children)
    return t.pos_ == "NOUN" and ACT_KIND.get(t.lemma_.lower()) == "attack"


def _told_again(sent: Span, trigger: Token, published: dt.date) -> TimeRef | None:
    """An act of force in simple past with no date of its own tells again the nearest earlier act
    of force of the article, across paragraphs, and takes its date ("On Friday, X said an attack
    that day on a base caused no casualties. ... Seventeen rockets struck near the base"). None
    when that act has no date, when a date is named between the two (the story has moved on to
    another time), or for an act an adverb sets at another time ("later struck")."""
    if trigger.pos_ != "VERB" or not _forceful(trigger):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in OTHER_TIME_ADVERBS for c in trigger.children):
        return None
    doc = sent.doc
    span = sent
    while span.start > 0:
        prev = doc[span.start - 1].sent
        act = next((t for t in reversed(prev) if _force_act(t)), None)
        if act is not None:
            ref = resolve(prev, act, published, False)
            return ref if ref.date_precision is not None else None
        if any(not isinstance(x, Unanchored) and resolve_expr(x, published, -1) is not None for x in find(prev)):
            return None
        span = prev
    return None


def _host_dated(clauses: TriggerClauses, exprs: list[Expr]) -> bool:
    """An event noun whose host clause has a date of its own ("On Sunday, X condemned the attack"):
    the sentence is dated, so its undated event does not take the day of the sentences before."""
    host = clauses.host
    if host is None:
        return False
    outer = TriggerClauses.of(host)
    return any(not e.start <= host.i < e.end and rank(e, outer) is not None for e in exprs)


def _anaphoric(sent: Span, e: Anaphoric, published: dt.date, way: int) -> Resolved | None:
    """The day an anaphoric expression names: the last day mentioned before it, in its sentence
    ("On Friday, X said an attack that day ..."), else in the sentences just before ("On Monday,
    X resigned. On the same day, Y ..."), plus its offset ("the next day": +1)."""
    doc = sent.doc
    span: Span | None = sent
    before: list[Expr] = [x for x in find(sent) if x.end <= e.start]
    for _ in range(_ANTECEDENT_SENTENCES + 1):
        for x in reversed(before):
            res = antecedent_day(x, doc, published, way)
            if res is not None:
                day = res.date + dt.timedelta(days=e.days)
                return Resolved(day, None, "day")
        if span is None or span.start == 0:
            return None
        span = doc[span.start - 1].sent
        before = find(span)
    return None


def _speaker(verb: Token) -> Token | None:
    """The subject of a statement verb: its by-agent, its own subject, or its first conjunct's."""
    for a in verb.children:
        if a.dep_ == "agent":
            for o in a.children:
                if o.dep_ == "pobj":
                    return o
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _statement(verb: Token) -> bool:
    """A verb of speech, or one that is a speech cue beside a direct quotation ('"...," he continued')."""
    lemma = verb.lemma_.lower()
    if lemma in STATEMENT_VERBS:
        return True
    return lemma in QUOTATION_CUES and any(t.text in QUOTE_MARKS for t in verb.sent)


def _lead_end(doc: Doc) -> int:
    """Where the article's lead paragraph ends: the end of its first line holding a verb (a dateline
    line holds none)."""
    text = doc_text(doc)
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            span = doc.char_span(pos, end, alignment_mode="expand")
            if span is not None and any(t.pos_ == "VERB" for t in span):
                return end
        pos = end + 1
    return len(text)


def _first_conjunct_date(sent: Span, trigger: Token, published: dt.date) -> TimeRef | None:
    """A verb conjoined with an earlier one and sharing its subject ("Lam also agreed to add two
    members but did not accede to the demands") is one more act of the same telling: with no date
    of its own, it takes the date the earlier verb takes from the story (its own date is already
    shared, rank 3). None for a conjunct with a subject of its own ("X resigned and Y took over")."""
    head = trigger.head
    if trigger.dep_ != "conj" or head.i >= trigger.i or head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    ref = resolve(sent, head, published, False)
    return ref if ref.date_precision is not None else None


# the additive adverb: "X also agreed to ..." adds an act to those already told of X
_ADDITIVE = frozenset({"also"})


def _added(verb: Token) -> bool:
    """An act told as one more of its doer's ("Lam also agreed to ...", "X also attacked the plan")."""
    return any(c.dep_ == "advmod" and c.lower_ in _ADDITIVE for c in verb.children)


# how long before publication a paragraph's day is background to a statement the lead tells
STATEMENT_BACKGROUND = dt.timedelta(days=365)


def _story_day(sent: Span, trigger: Token, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The paragraph's day the event continues (story.carried); but a statement that restates the
    article's lead (`_restated`) after a sentence dating another act a year or more before
    publication ("X began serving as governor on January 2, 2017. [...] X announced he would
    resign", in a 2019 story whose lead dates X's announcement) is the lead's news, of the lead's day."""
    story = carried(sent, trigger, published, resolve)
    if story is None or story.date is None or story.date_precision != "day":
        return story
    if dt.date.fromisoformat(story.date) > published - STATEMENT_BACKGROUND:
        return story
    return _restated(trigger, published) or story


def _restated(trigger: Token, published: dt.date) -> TimeRef | None:
    """A statement in simple past with no date of its own, by the speaker whose dated statement
    leads the article ("On Tuesday, X announced ..." ... '"...," wrote X on Twitter'), restates
    that statement: it takes the lead's day; so does any act "also" done by that speaker ("Lam
    also agreed to ..."), one more of those the lead tells. Not a statement an adverb sets at
    another time ("X later said"), nor one inside a quotation or in the lead itself; not an act of
    the speaker's told without "also" ("X murdered five men": background, not the lead's news)."""
    if trigger.tag_ != "VBD" or not (_statement(trigger) or _added(trigger)):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in OTHER_TIME_ADVERBS for c in trigger.children):
        return None
    doc = trigger.doc
    at = doc._.actor_at if Doc.has_extension("actor_at") else None
    subj = _speaker(trigger)
    if not at or subj is None or at.get(subj.i) is None:
        return None
    me = at[subj.i]
    lead = _lead_end(doc)
    if trigger.idx < lead:
        return None
    text = doc_text(doc)
    para = line_start(doc, trigger.idx)
    if quoted(text[para:], trigger.idx - para):
        return None
    for speaker, ref in _lead_statements(doc, lead, published):
        if me.same_as(at.get(speaker)):
            return ref
    return None


def _lead_statements(doc: Doc, lead: int, published: dt.date) -> list[tuple[int, TimeRef]]:
    """The lead's statements dated to one day, as (speaker token, date), in order: computed once
    per doc (each later statement of the article asks), as resolving them walks the doc."""
    memo: dict[tuple[int, str], list[tuple[int, TimeRef]]] = doc.user_data.setdefault("newsgraph.lead_statements", {})
    key = (lead, published.isoformat())
    if key in memo:
        return memo[key]
    out: list[tuple[int, TimeRef]] = []
    for t in doc:
        if t.idx >= lead:
            break
        if t.pos_ != "VERB" or t.lemma_.lower() not in STATEMENT_VERBS:
            continue
        s = _speaker(t)
        if s is None:
            continue
        ref = resolve(t.sent, t, published, False)
        if ref.date_precision == "day" and ref.date_end is None and ref.date <= published.isoformat():
            out.append((s.i, ref))
    memo[key] = out
    return out


def _after_clause_host(clauses: TriggerClauses) -> Token | None:
    """The verb a verb trigger's "after" clause modifies ("founded in 2003 [after] X ousted Y"); None otherwise."""
    t = clauses.trigger
    if clauses.noun or t.dep_ != "advcl" or t.head.i == t.i:
        return None
    return t.head if any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children) else None
