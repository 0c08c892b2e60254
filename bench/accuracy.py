"""Accuracy of newsgraph against gold CAMEO codings (issue 3). Measurement only: no rule reads these files.

Prints one JSON line per data set:

- ``petrarch_unit``: PETRARCH2's unit-test records (``PETR.UnitTest.records.xml``, 284
  stylized sentences with fictional actors), coded with the toy dictionaries the records
  name in their ``<Environment>`` (``PETR.Validate.actors.txt``, ``PETR.Validate.agents.txt``)
  imported by ``newsgraph.phoenix.import_phoenix`` into a temporary user-KB folder.
- ``up_validate_2_02``: the same tests as re-edited for UniversalPetrarch
  (``validate_2_02/PETR_Validate_records_2_02.xml``) with that folder's own
  ``PETR_Validate_actors_2_02.txt`` / ``PETR_Validate_agents_2_02.txt``.
- ``founding``: the checks of ``tests/test_founding_article.py`` run on the founding
  article coded with the default pipeline: ``{"set": "founding", "checks": N, "passed": M}``.

    .venv/bin/python bench/accuracy.py                 # first 50 scored records of each set
    .venv/bin/python bench/accuracy.py --all           # every record
    .venv/bin/python bench/accuracy.py --all --detail misses.txt   # report of misses (default: stderr)
    .venv/bin/python bench/accuracy.py --sets petrarch_unit --limit 20
    .venv/bin/python bench/accuracy.py --all --verbs   # also import the set's verb dictionary

Nothing here feeds back into rules, and no record is special-cased: figures are what
newsgraph produces. By default the verbs and discards dictionaries of PETRARCH are not
used: events come from newsgraph's own trigger files. With ``--verbs`` the set's verb
dictionary (``PETR.Validate.verbs.txt``; ``PETR_Validate_verbs_2_02.txt``) is imported by
the same ``import_phoenix`` call into the same temporary KB folder, which adds its
``triggers-phoenix.yaml`` (only what maps faithfully, see docs/kb.md "Verb dictionaries";
entries of a user folder win over bundled ones at equal conditions). The discards
dictionaries are never used. Each set's JSON line says which: ``"verbs": true/false``
(``founding`` is always coded with the default pipeline).

How records are read
--------------------
The files are read with regular expressions, not an XML parser: the UniversalPetrarch file
has ``<PLEvent {json}>`` lines and a nested comment that are not well-formed XML. Comments
are removed first (records commented out are not read); attribute values are HTML-unescaped
(``&quot;``). The record's text has its line wraps and runs of blanks collapsed to one
space, and is coded as one article with the record's date (``19950101`` -> ``1995-01-01``).

Which records are scored
------------------------
- ``evaluate="false"`` (UniversalPetrarch: the file says such records bypass evaluation):
  excluded, counted in ``excluded``.
- ``<EventCoding error="bad_input_parse">`` (PETRARCH2): the gold is about a deliberately
  broken Treebank parse supplied with the record, which newsgraph never reads (the same text
  is a regular record elsewhere): excluded, counted in ``excluded``.
- ``noevents="True"`` and the discard errors (``dateline``, ``sentencediscard``,
  ``storydiscard``): scored as "no event" records: gold has no coding, so every event
  newsgraph produces there is an extra.
- every other record: its ``<EventCoding sourcecode targetcode eventcode>`` lines are the gold.
  ``<PLEvent>`` lines (PLOVER-style restatements of the same codings) are ignored.
``--limit N`` takes the first N scored records in file order (``--all``: every one).

Actor-code comparison (the fair comparison chosen)
--------------------------------------------------
An actor matches when the **first 6 characters** of the codes are equal after upper-casing:
the country (or ``IGO``/``NGO``/...) part and the first sector. So gold ``USAGOVMIL`` matches
our ``USAGOV``, gold ``PSEREBHMS`` our ``PSEREBHMS`` or ``PSEREB``, but gold ``ARN`` (the
country as a whole) does not match ``ARNGOV`` and gold ``ARNGOV`` does not match ``ARN``.
Special gold codes:

- ``---`` (PETRARCH: no country) is dropped from the front: ``---GOV`` matches our ``GOV``
  (newsgraph's code for an actor with a sector and no country); a gold code that is only
  ``---``, ``###`` or ``+++`` (null/discard codes) matches an actor with no code (or a
  missing target).
- ``A/B/C`` (``[FRO/BIL/SAM]``): alternatives, any one matches.
- a quoted phrase (``"INJURY TOLL"``: PETRARCH's text of an actor not in its dictionaries)
  matches an actor whose ``text`` contains the phrase or is contained in it (case-insensitive).

Our actor is the event's ``source``/``target`` dict (``code``; ``text`` for quoted gold); a
missing target (``None``) has no code. Only ``code`` is compared, not ``country``/``sector``:
the fictional countries of these tests are not ISO countries, so ``country`` would be null.

Scores
------
Within a record, gold codings and produced events are paired one-to-one (a maximum
bipartite matching; actual events are tried before planned/negated/hypothetical ones):

- ``matched_root``: gold codings paired with an event of the same source, target and CAMEO
  root (first two digits of ``eventcode`` vs our ``cameo_root``); ``matched_code``: same
  source, target and full CAMEO code (``"064"`` vs our ``cameo``; PETRARCH's ``174K``/``174L``
  never match). Rates are over ``gold``.
- ``produced``: events newsgraph produced on the scored records (any modality, with or
  without a target); ``extra``: produced events not paired at root level (this includes every
  event of a no-event record, also given apart as ``extra_in_no_event_records``);
  ``overcoding_ratio`` = produced / gold; ``gold_per_sentence`` / ``produced_per_sentence``.
- ``non_actual_produced``: produced events whose modality is not "actual";
  ``non_actual_matching_gold``: of these, how many were paired with a gold coding (root level).
- diagnostics: ``matched_root_country`` (actors compared on the first 3 characters only) and
  ``matched_root_ignoring_actors`` (the CAMEO root alone), to tell actor misses from event
  misses.
- ``not_coded``: records whose article newsgraph did not code (status skipped/failed).
- ``seconds``: coding time; ``load_seconds``: KB import and pipeline build.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import logging
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "benchmarks"

SETS: dict[str, dict[str, Path]] = {
    "petrarch_unit": {
        "records": BENCH / "openeventdata-petrarch2" / "PETR.UnitTest.records.xml",
        "actors": BENCH / "openeventdata-petrarch2" / "PETR.Validate.actors.txt",
        "agents": BENCH / "openeventdata-petrarch2" / "PETR.Validate.agents.txt",
        "verbs": BENCH / "openeventdata-petrarch2" / "PETR.Validate.verbs.txt",
    },
    "up_validate_2_02": {
        "records": BENCH / "openeventdata-UniversalPetrarch" / "validate_2_02" / "PETR_Validate_records_2_02.xml",
        "actors": BENCH / "openeventdata-UniversalPetrarch" / "validate_2_02" / "PETR_Validate_actors_2_02.txt",
        "agents": BENCH / "openeventdata-UniversalPetrarch" / "validate_2_02" / "PETR_Validate_agents_2_02.txt",
        "verbs": BENCH / "openeventdata-UniversalPetrarch" / "validate_2_02" / "PETR_Validate_verbs_2_02.txt",
    },
}
ALL_SETS = [*SETS, "founding"]

DISCARD_ERRORS = {"dateline", "sentencediscard", "storydiscard"}
EXCLUDED_ERRORS = {"bad_input_parse"}
NULL_CODES = {"", "---", "###", "+++"}


# ------------------------------------------------------------------ records


@dataclass
class Gold:
    source: str
    target: str
    event: str

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} {self.event}"


@dataclass
class Record:
    id: str
    text: str
    date: str | None = None  # ISO
    category: str = ""
    codings: list[Gold] = field(default_factory=list)
    no_event: bool = False  # noevents="True" or a discard error
    error: str | None = None  # the error="..." of the gold, if any
    evaluate: bool = True

    @property
    def excluded(self) -> str | None:
        """Why the record is not scored, or None."""
        if not self.evaluate:
            return "evaluate_false"
        if self.error in EXCLUDED_ERRORS:
            return self.error
        return None


_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_SENTENCE_RE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_CODING_RE = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(s: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR_RE.finditer(s)}


def _iso(d: str | None) -> str | None:
    d = (d or "").strip()
    if re.fullmatch(r"\d{8}", d):
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return d or None


def parse_records(path: str | Path) -> list[Record]:
    """Every <Sentence> record of a PETRARCH / UniversalPetrarch validation file, in order."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    body = _COMMENT_RE.sub("", raw)
    out: list[Record] = []
    for m in _SENTENCE_RE.finditer(body):
        attrs = _attrs(m[1])
        if "id" not in attrs:
            continue
        inner = m[2]
        t = _TEXT_RE.search(inner)
        text = " ".join(html.unescape(t[1]).split()) if t else ""
        rec = Record(
            id=attrs["id"], text=text, date=_iso(attrs.get("date")), category=attrs.get("category", ""),
            evaluate=attrs.get("evaluate", "true").strip().lower() != "false",
        )
        for c in _CODING_RE.finditer(inner):
            ca = _attrs(c[1])
            if ca.get("noevents", "").strip().lower() == "true":
                rec.no_event = True
            elif "error" in ca:
                rec.error = ca["error"].strip()
                if rec.error in DISCARD_ERRORS:
                    rec.no_event = True
            elif "eventcode" in ca:
                rec.codings.append(Gold(ca.get("sourcecode", "").strip(), ca.get("targetcode", "").strip(),
                                        ca["eventcode"].strip()))
        out.append(rec)
    return out


# ------------------------------------------------------------------ scoring


def _alternatives(gold_code: str) -> list[str]:
    return [a.strip() for a in gold_code.split("/")] if "/" in gold_code else [gold_code.strip()]


def actor_matches(gold_code: str, actor: dict[str, Any] | None, width: int = 6) -> bool:
    """Does our actor (an event's source/target dict, or None) match the gold actor code?

    Codes are compared on their first `width` characters (6: country + first sector),
    upper-cased; see the module doc for ``---``, ``###``/``+++``, ``A/B`` and quoted phrases.
    """
    ours = ((actor or {}).get("code") or "").strip().upper()
    for alt in _alternatives(gold_code):
        if len(alt) >= 2 and alt[0] == alt[-1] == '"':
            phrase = " ".join(alt[1:-1].split()).upper()
            text = " ".join(((actor or {}).get("text") or "").split()).upper()
            if phrase and text and (phrase in text or text in phrase):
                return True
            continue
        g = alt.upper()
        if g in NULL_CODES:
            if not ours:
                return True
            continue
        if g.startswith("---"):
            g = g[3:]
        if ours and g[:width] == ours[:width]:
            return True
    return False


def event_matches(gold: Gold, ev: dict[str, Any], level: str = "root", width: int = 6) -> bool:
    """Does produced event `ev` (an Event as a dict) match the gold coding?

    level "root": CAMEO root (first two digits); "code": the full CAMEO code;
    "event_root": the root only, actors ignored.
    """
    code = (ev.get("cameo") or "").strip()
    root = (ev.get("cameo_root") or code[:2]).strip()
    if level == "code":
        if code != gold.event:
            return False
    elif root != gold.event[:2]:
        return False
    if level == "event_root":
        return True
    return actor_matches(gold.source, ev.get("source"), width) and actor_matches(gold.target, ev.get("target"), width)


def match(gold: list[Gold], produced: list[dict[str, Any]],
          same: Callable[[Gold, dict[str, Any]], bool]) -> dict[int, int]:
    """A maximum one-to-one pairing {gold index: produced index}; actual events tried first."""
    order = sorted(range(len(produced)), key=lambda j: produced[j].get("modality", "actual") != "actual")
    cand = [[j for j in order if same(g, produced[j])] for g in gold]
    owner: dict[int, int] = {}  # produced index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in cand[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Scored:
    """One record's result: its gold, what newsgraph produced and the pairings."""

    record: Record
    produced: list[dict[str, Any]]
    status: str = "ok"
    by_root: dict[int, int] = field(default_factory=dict)
    by_code: dict[int, int] = field(default_factory=dict)
    by_country: dict[int, int] = field(default_factory=dict)
    by_event_root: dict[int, int] = field(default_factory=dict)


def score_record(record: Record, produced: list[dict[str, Any]], status: str = "ok") -> Scored:
    g = [] if record.no_event else record.codings
    return Scored(
        record, produced, status,
        by_root=match(g, produced, lambda a, b: event_matches(a, b, "root")),
        by_code=match(g, produced, lambda a, b: event_matches(a, b, "code")),
        by_country=match(g, produced, lambda a, b: event_matches(a, b, "root", width=3)),
        by_event_root=match(g, produced, lambda a, b: event_matches(a, b, "event_root")),
    )


def _rate(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def summarize(name: str, scored: list[Scored], excluded: Counter | None = None) -> dict[str, Any]:
    """The JSON figures of a set from its scored records."""
    sentences = len(scored)
    gold = sum(0 if s.record.no_event else len(s.record.codings) for s in scored)
    produced = sum(len(s.produced) for s in scored)
    m_root = sum(len(s.by_root) for s in scored)
    m_code = sum(len(s.by_code) for s in scored)
    paired = [s.produced[j] for s in scored for j in s.by_root.values()]
    non_actual = sum(1 for s in scored for e in s.produced if e.get("modality", "actual") != "actual")
    return {
        "set": name,
        "sentences": sentences,
        "no_event_records": sum(1 for s in scored if s.record.no_event),
        "gold": gold,
        "matched_root": m_root,
        "matched_root_rate": _rate(m_root, gold),
        "matched_code": m_code,
        "matched_code_rate": _rate(m_code, gold),
        "produced": produced,
        "extra": produced - m_root,
        "extra_in_no_event_records": sum(len(s.produced) for s in scored if s.record.no_event),
        "overcoding_ratio": _rate(produced, gold),
        "gold_per_sentence": _rate(gold, sentences),
        "produced_per_sentence": _rate(produced, sentences),
        "non_actual_produced": non_actual,
        "non_actual_matching_gold": sum(1 for e in paired if e.get("modality", "actual") != "actual"),
        "matched_root_country": sum(len(s.by_country) for s in scored),
        "matched_root_ignoring_actors": sum(len(s.by_event_root) for s in scored),
        "not_coded": sum(1 for s in scored if s.status != "ok"),
        "excluded": dict(sorted((excluded or Counter()).items())),
    }


# ------------------------------------------------------------------ coding


def _event_dict(e: Any) -> dict[str, Any]:
    return dataclasses.asdict(e) if dataclasses.is_dataclass(e) else dict(e)


def select(records: list[Record], limit: int | None) -> tuple[list[Record], Counter]:
    """The records to score (the first `limit` of them) and the excluded ones counted by reason."""
    excluded: Counter = Counter()
    keep = []
    for r in records:
        why = r.excluded
        if why:
            excluded[why] += 1
        else:
            keep.append(r)
    return (keep if limit is None else keep[:limit]), excluded


def run_petrarch_set(name: str, limit: int | None, detail: TextIO | None = None,
                     verbs: bool = False) -> dict[str, Any]:
    """Code and score one PETRARCH set; `verbs`: also import its verb dictionary."""
    from newsgraph.model import ArticleInput
    from newsgraph.nlp import build_pipeline
    from newsgraph.phoenix import import_phoenix
    from newsgraph.pipeline import code_corpus

    files = SETS[name]
    records, excluded = select(parse_records(files["records"]), limit)
    with tempfile.TemporaryDirectory(prefix=f"newsgraph-{name}-") as kb_dir:
        t0 = time.perf_counter()
        logging.getLogger("newsgraph.phoenix").setLevel(logging.ERROR)
        dictionaries = [files["actors"], files["agents"]] + ([files["verbs"]] if verbs else [])
        imported = import_phoenix(dictionaries, Path(kb_dir))
        nlp = build_pipeline(kb_dirs=[kb_dir])
        t1 = time.perf_counter()
        articles = [ArticleInput(text=r.text, id=r.id, date=r.date) for r in records]
        scored = []
        for r, coded in zip(records, code_corpus(articles, nlp)):
            scored.append(score_record(r, [_event_dict(e) for e in coded.events], coded.article.status))
        t2 = time.perf_counter()
    out = summarize(name, scored, excluded)
    out["verbs"] = verbs
    out["seconds"] = round(t2 - t1, 2)
    out["load_seconds"] = round(t1 - t0, 2)
    if detail is not None:
        write_detail(detail, out, scored, imported)
    return out


def _actor_str(a: dict[str, Any] | None) -> str:
    if not a:
        return "-"
    code = a.get("code") or "(no code)"
    return f"{code}[{a.get('text', '')}]"


def write_detail(fh: TextIO, summary: dict[str, Any], scored: list[Scored],
                 imported: dict[str, int] | None = None) -> None:
    """Every scored record with a miss: the sentence, its gold codings (with what matched) and
    the events newsgraph produced (EXTRA when paired with no gold coding at root level)."""
    fh.write(f"### {summary['set']}: {json.dumps(summary)}\n")
    if imported is not None:
        fh.write(f"### KB import: {json.dumps(imported)}\n")
    for s in scored:
        r = s.record
        gold = [] if r.no_event else r.codings
        paired = set(s.by_root.values())
        if len(s.by_root) == len(gold) and len(paired) == len(s.produced) and s.status == "ok":
            continue
        notes = ("  (no event)" if r.no_event else "") + (f"  ({r.error})" if r.error else "")
        notes += "" if s.status == "ok" else f"  NOT CODED: {s.status}"
        fh.write(f"\n== {r.id} [{r.category}] {r.date or ''}{notes}\n")
        fh.write(f"   {r.text}\n")
        for i, g in enumerate(gold):
            mark = ("code" if i in s.by_code else "root" if i in s.by_root
                    else "MISS (root, 3-char actors)" if i in s.by_country
                    else "MISS (root, actors differ)" if i in s.by_event_root else "MISS")
            fh.write(f"   gold      {str(g):32s} {mark}\n")
        for j, e in enumerate(s.produced):
            mark = "ok" if j in paired else "EXTRA"
            fh.write(f"   produced  {_actor_str(e.get('source'))} -> {_actor_str(e.get('target'))} {e.get('cameo')}"
                     f" {e.get('modality')} trigger={e.get('trigger')!r} rule={e.get('rule')!r}  {mark}\n")
    perfect = [s.record.id for s in scored if not s.record.no_event and s.record.codings
               and len(s.by_root) == len(s.record.codings) == len(s.produced)]
    fh.write(f"\n### records with every gold coding matched and no extra: {len(perfect)} {' '.join(perfect)}\n\n")


# ------------------------------------------------------------------ founding


def run_founding(detail: TextIO | None = None) -> dict[str, Any]:
    """Run every test_* function of tests/test_founding_article.py on the founding article."""
    import importlib.util

    from newsgraph.model import ArticleInput
    from newsgraph.nlp import get_pipeline
    from newsgraph.pipeline import code_article

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the checks import tests.conftest
    spec = importlib.util.spec_from_file_location("_founding_checks", ROOT / "tests" / "test_founding_article.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sample = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
    t0 = time.perf_counter()
    nlp = get_pipeline()
    t1 = time.perf_counter()
    founding = code_article(ArticleInput(text=sample.read_text(encoding="utf-8"), id="putin-beijing",
                                         date="2023-10-16", source="DN"), nlp=nlp)
    checks = [(n, f) for n, f in vars(mod).items() if n.startswith("test_") and callable(f)]
    failed = []
    for n, f in checks:
        try:
            f(founding)
        except Exception as e:  # noqa: BLE001 - a failed check is a figure, not a crash
            failed.append(n)
            if detail is not None:
                detail.write(f"founding: {n} failed: {type(e).__name__}: {e}\n")
    t2 = time.perf_counter()
    return {"set": "founding", "verbs": False, "checks": len(checks), "passed": len(checks) - len(failed),
            "failed": failed, "seconds": round(t2 - t1, 2), "load_seconds": round(t1 - t0, 2)}


# ------------------------------------------------------------------ main


def main(argv: Iterable[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=50, help="score the first N records of each set (default 50)")
    ap.add_argument("--all", action="store_true", help="score every record")
    ap.add_argument("--detail", nargs="?", const="-", metavar="FILE",
                    help="write a report of misses to FILE (stderr without FILE)")
    ap.add_argument("--sets", default=",".join(ALL_SETS), help=f"comma-separated, of {', '.join(ALL_SETS)}")
    ap.add_argument("--verbs", action="store_true",
                    help="also import each PETRARCH set's verb dictionary into its KB folder (default: not used)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_SETS]
    if unknown:
        ap.error(f"unknown set(s): {', '.join(unknown)}")
    limit = None if args.all else args.limit
    detail: TextIO | None = None
    if args.detail == "-":
        detail = sys.stderr
    elif args.detail:
        detail = open(args.detail, "w", encoding="utf-8")
    try:
        for name in names:
            if name == "founding":
                result = run_founding(detail)
            else:
                if not SETS[name]["records"].is_file():
                    print(json.dumps({"set": name, "error": f"missing {SETS[name]['records']}"}), flush=True)
                    continue
                if args.verbs and not SETS[name]["verbs"].is_file():
                    print(json.dumps({"set": name, "error": f"missing {SETS[name]['verbs']}"}), flush=True)
                    continue
                result = run_petrarch_set(name, limit, detail, verbs=args.verbs)
            print(json.dumps(result), flush=True)
    finally:
        if detail is not None and detail is not sys.stderr:
            detail.close()


if __name__ == "__main__":
    main()
