"""Accuracy of newsgraph on the ConfliBERT CAMEO sets (train splits). Measurement only: no rule reads these files.

Prints one JSON line per task:

* ``cameo_class`` - each of the 1,349 sentences carries one label 0-4. The data set does
  not document the scheme; its SOURCE.txt identifies it with the PentaClass of the CAMEO
  ConfliBERT annotations (0 make a statement, 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict), which the sentences bear out ("said" 0, "met" 1,
  "released" 2, "rejected" 3, "killed" 4). Our prediction is the PentaClass of the CAMEO root
  of the FIRST event newsgraph codes in the sentence (lowest trigger offset): root 01 -> 0,
  02-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4. A sentence with no event (or one newsgraph
  skipped) has no prediction: a miss for its gold class, a false positive for none.
  Reported: accuracy, per-class precision/recall/F1, macro F1 (mean of the five F1s),
  coverage (share of sentences with any event), seconds. ``labels_scheme`` gives accuracy
  and macro F1 under the grouping the labels themselves follow (02 with 01, 16 with 09-13;
  see ``SCHEMES``), and ``labels_by_coded_root`` the gold labels (counts of 0-4) of the
  sentences by the root of the event we code first, the evidence for that grouping.

* ``cameo_ner`` - 1,153 tokenized sentences with BIO tags: S source, T target, R (both
  parties of a reciprocal event, "X met Y"), O. Gold source tokens are those tagged B-S/I-S,
  gold target tokens B-T/I-T; R tokens count as neither in the main figures. Ours: the
  tokens covered by the source (resp. target) actor of ANY event newsgraph codes in the
  sentence. Token-level precision/recall/F1, micro-averaged over all tokens of the slice.
  Also reported: the same with R tokens left out of the count (``r_ignored``), with only
  the first event (``first_event``), and actor tokens whatever the role (``any_actor``:
  gold S|T|R against our source|target).

How a sentence of the NER file becomes text, and our actors become its tokens:

* The file's tokens come from a BERT-style splitter ("Baghdad ’ s", "P é rez",
  "Syria - related"); joined with spaces they are text no news source prints, and the parse
  would suffer for it. Most NER sentences (923 of 1,153) are also sentences of the
  cameo_class file: where the tokens spell a cameo_class sentence (ignoring whitespace, with
  quotes, apostrophes and dashes unified) that original text is coded. The others are
  rebuilt by a small detokenizer (no space before , . ) 's ’s etc., none after ( $ “, hyphens
  and split letters glued) - ``text_from`` counts both. ``--ner-text joined`` codes the
  tokens joined with single spaces instead, for comparison.
* Each token gets its character offsets in the coded text by walking the text and the
  tokens in step (same normalisation). The gold spans are the events' whole argument
  phrases ("an arms depot of the Syrian army"), so by default an event's role covers its
  ``source_phrase``/``target_phrase`` span (the noun phrase the actor came from; a target
  phrase may stand without a target actor). ``--roles actors`` scores the actor mentions
  alone instead: an event's source/target only holds ``text``: it is placed at the span of
  the coded actor with that text nearest to the event's trigger, else at the occurrence of
  that text in the sentence nearest to the trigger. A token belongs to a role when their
  character ranges overlap. An actor text found nowhere in the sentence is counted in
  ``unplaced_actors`` and covers no token.

Each sentence is one ``ArticleInput(text=sentence, id=..., date=None)``; all of them stream
through one pipeline with ``code_corpus``. ``seconds`` is the coding and scoring time of the
task; ``load_s`` the pipeline load (shared by the tasks, counted once).

    .venv/bin/python bench/accuracy_confli.py [--limit N | --all] [--task class|ner|both]
                                              [--detail FILE] [--ner-text original|joined]
                                              [--roles phrases|actors]

``--limit N`` (default 200) takes the first N items of each file; ``--all`` takes them all.
``--detail FILE`` writes the misses, one JSON object a line (wrong or missing class; NER
sentences where our source or target tokens differ from the gold ones).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "benchmarks" / "eventdata-ConfliBERT"
CLASS_FILE = DATA / "cameo_class" / "train.tsv"
NER_FILE = DATA / "cameo_ner" / "train.txt"

PENTA = ["statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
ROLES = {"S": "source", "T": "target", "R": "reciprocal"}


# ---------------------------------------------------------------- labels and loading

# PentaClass of each CAMEO root 01-20. "issue": as issue 3 defines it (01 | 02-05 | 06-08 |
# 09-13 | 14-20). "labels": the grouping the data's labels follow, found by tabulating the
# gold class of the sentences by the root newsgraph codes (one --all run): appeals (02) are
# labelled statements (40 of 52 sentences coded 02 have label 0) and "reduce relations" (16)
# verbal conflict (59 of 62), as in Phoenix's neutral class 01-02. Both are reported.
SCHEMES: dict[str, tuple[int, ...]] = {
    "issue": (0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4),
    "labels": (0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4),
}


def penta_class(cameo_root: str | None, scheme: str = "issue") -> int | None:
    """PentaClass (0-4) of a two-digit CAMEO root; None for anything that is not 01-20."""
    try:
        root = int(str(cameo_root))
    except (TypeError, ValueError):
        return None
    return SCHEMES[scheme][root - 1] if 1 <= root <= 20 else None


def load_class(path: Path = CLASS_FILE) -> list[tuple[str, int]]:
    """(sentence, label) pairs of the cameo_class file: "sentence<TAB>label", CRLF, no header."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
                raise ValueError(f"{path}:{n}: expected 'sentence<TAB>0-4', got {line[-40:]!r}")
            out.append((text, int(label)))
    return out


def load_ner(path: Path = NER_FILE) -> list[list[tuple[str, str]]]:
    """Sentences of the cameo_ner file as (token, tag) lists: "token<SPACE>tag", blank line between."""
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                    cur = []
                continue
            token, sep, tag = line.rpartition(" ")
            if not sep or not token or not (tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in ROLES):
                raise ValueError(f"{path}:{n}: expected 'token tag', got {line!r}")
            cur.append((token, tag))
    if cur:
        out.append(cur)
    return out


def gold_roles(tags: Sequence[str]) -> dict[str, set[int]]:
    """Token indices of each role letter (S, T, R) in a BIO tag sequence."""
    out: dict[str, set[int]] = {r: set() for r in ROLES}
    for i, tag in enumerate(tags):
        if tag != "O":
            out[tag[2:]].add(i)
    return out


# ---------------------------------------------------------------- scores

def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined), rounded to 4 places."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def class_scores(gold: Sequence[int], pred: Sequence[int | None], n_classes: int = 5) -> dict[str, Any]:
    """Accuracy, per-class P/R/F1 and macro F1; a None prediction is a miss, never a false positive."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    per, f1s = {}, []
    for c in range(n_classes):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        s = prf(tp, fp, fn)
        s["support"] = tp + fn
        s["predicted"] = tp + fp
        per[PENTA[c] if n_classes == len(PENTA) else str(c)] = s
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    n = len(gold)
    return {
        "accuracy": round(sum(1 for g, p in zip(gold, pred) if g == p) / n, 4) if n else 0.0,
        "macro_f1": round(sum(f1s) / n_classes, 4),
        "per_class": per,
    }


def set_counts(gold: set[int], ours: set[int]) -> tuple[int, int, int]:
    """(tp, fp, fn) of two sets of token indices."""
    return len(gold & ours), len(ours - gold), len(gold - ours)


# ---------------------------------------------------------------- text and token alignment

_QUOTE1 = set("\u2018\u2019\u201a\u201b\u02bc\u00b4`\u2032")
_QUOTE2 = set("\u201c\u201d\u201e\u201f\u2033")
_DASH = set("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _canon(ch: str) -> str:
    """A character as compared between the text and the tokens ("" for space and format chars)."""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c.isspace() or unicodedata.category(c) in ("Cc", "Cf"):
            continue
        out.append("'" if c in _QUOTE1 else '"' if c in _QUOTE2 else "-" if c in _DASH else c)
    return "".join(out)


def canon_key(text: str) -> str:
    """A text with whitespace and format characters removed and quotes/dashes unified."""
    return "".join(_canon(c) for c in text)


def token_offsets(text: str, tokens: Sequence[str]) -> list[tuple[int, int]] | None:
    """Character (start, end) of each token in `text`, walking both in step; None if they differ.

    Whitespace is skipped on both sides; quotes, apostrophes and dashes compare equal to their
    ASCII forms. A token of only format characters gets an empty range.
    """
    stream = [(c, i) for i, ch in enumerate(text) for c in _canon(ch)]
    pos, out = 0, []
    for tok in tokens:
        key = _canon_str(tok)
        if not key:
            at = stream[pos][1] if pos < len(stream) else len(text)
            out.append((at, at))
            continue
        if [c for c, _ in stream[pos:pos + len(key)]] != list(key):
            return None
        out.append((stream[pos][1], stream[pos + len(key) - 1][1] + 1))
        pos += len(key)
    return out if pos == len(stream) else None


def _canon_str(s: str) -> str:
    return "".join(_canon(c) for c in s)


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "”", "'s", "’s", "n't", "'re", "'ve",
                    "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "€", "£", "“", "‘"}
_APOSTROPHES = {"'", "’", "´", "ʼ"}


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from BERT-style tokens, with each token's offsets: no space before closing
    punctuation and "'s", none after opening brackets and currency signs, hyphens glued
    between words ("Syria - related" -> "Syria-related"), an apostrophe before "s" glued
    ("Baghdad ’ s" -> "Baghdad’s"), a lone accented letter glued to the word before it and,
    when the next token is lower case, to that too ("P é rez" -> "Pérez")."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        lone_letter = len(tok) == 1 and tok.isalpha() and not tok.isascii()
        glue = (
            not parts
            or glue_next
            or tok in _NO_SPACE_BEFORE
            or tok in _APOSTROPHES and (nxt == "s" or len(prev) > 2 and prev.endswith("s"))
            or tok == "s" and prev in _APOSTROPHES
            or tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum()
            or prev == "-" and i >= 2 and tokens[i - 2][-1:].isalnum() and tok[:1].isalnum()
            or lone_letter and prev[-1:].isalpha()
        )
        glue_next = (tok in _NO_SPACE_AFTER) or (lone_letter and nxt[:1].islower())
        if not glue:
            parts.append(" ")
            length += 1
        parts.append(tok)
        offsets.append((length, length + len(tok)))
        length += len(tok)
    return "".join(parts), offsets


def ner_text(tokens: Sequence[str], originals: dict[str, str] | None, mode: str = "original"
             ) -> tuple[str, list[tuple[int, int]], str]:
    """(text to code, token offsets in it, where the text came from: "class"|"detok"|"joined")."""
    if mode == "joined":
        text = " ".join(tokens)
        offs, pos = [], 0
        for t in tokens:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        return text, offs, "joined"
    if originals:
        text = originals.get(canon_key("".join(tokens)))
        if text is not None:
            offs = token_offsets(text, tokens)
            if offs is not None:
                return text, offs, "class"
    text, offs = detokenize(tokens)
    return text, offs, "detok"


# ---------------------------------------------------------------- our events to tokens

def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def place_actor(actor_text: str, text: str, actors: Iterable[Any], trigger: Sequence[int]) -> tuple[int, int] | None:
    """Where an event's actor text is: the coded actor with that text nearest the trigger,
    else its occurrence in `text` nearest the trigger; None when it is in neither."""
    def dist(span: tuple[int, int]) -> int:
        return 0 if span[0] < trigger[1] and span[1] > trigger[0] else min(abs(span[0] - trigger[1]),
                                                                         abs(trigger[0] - span[1]))
    spans = [tuple(_get(a, "span")) for a in actors if _get(a, "text") == actor_text]
    if not spans:
        start = text.find(actor_text) if actor_text else -1
        while start >= 0:
            spans.append((start, start + len(actor_text)))
            start = text.find(actor_text, start + 1)
    if not spans:
        return None
    return min(spans, key=lambda s: (dist(s), s[0]))  # type: ignore[return-value]


def covered(offsets: Sequence[tuple[int, int]], span: tuple[int, int] | None) -> set[int]:
    """Indices of the tokens whose character range overlaps `span`."""
    if span is None:
        return set()
    return {i for i, (s, e) in enumerate(offsets) if s < span[1] and e > span[0]}


def first_event(events: Sequence[Any]) -> Any | None:
    """The event with the lowest trigger offset (ties: the first coded)."""
    return min(events, key=lambda e: tuple(_get(e, "span"))) if events else None


def our_roles(text: str, offsets: Sequence[tuple[int, int]], actors: Sequence[Any], events: Sequence[Any],
              phrases: bool = True) -> tuple[dict[str, set[int]], int]:
    """Token indices newsgraph gives the source and target roles over `events` (their argument
    phrases, or with `phrases` False their actor mentions), and how many actor texts could
    not be placed in the text."""
    out: dict[str, set[int]] = {"S": set(), "T": set()}
    unplaced = 0
    for ev in events:
        trigger = tuple(_get(ev, "span"))
        for role, field in (("S", "source"), ("T", "target")):
            arg = _get(ev, f"{field}_phrase") if phrases else None
            if arg:
                out[role] |= covered(offsets, tuple(arg["span"]))  # type: ignore[arg-type]
                continue
            actor = _get(ev, field)
            name = _get(actor, "text") if actor else None
            if not name:
                continue
            span = place_actor(name, text, actors, trigger)
            if span is None:
                unplaced += 1
            out[role] |= covered(offsets, span)
    return out, unplaced


class TokenScore:
    """Running tp/fp/fn for the source and target roles under the variants reported."""

    VARIANTS = ("main", "r_ignored", "first_event")

    def __init__(self) -> None:
        self.c = {(v, r): [0, 0, 0] for v in self.VARIANTS for r in "ST"}
        self.any = [0, 0, 0]

    def add(self, gold: dict[str, set[int]], ours: dict[str, set[int]], ours_first: dict[str, set[int]]) -> None:
        for r in "ST":
            for v, g, o in (("main", gold[r], ours[r]),
                            ("r_ignored", gold[r], ours[r] - gold["R"]),
                            ("first_event", gold[r], ours_first[r])):
                for k, n in enumerate(set_counts(g, o)):
                    self.c[(v, r)][k] += n
        for k, n in enumerate(set_counts(gold["S"] | gold["T"] | gold["R"], ours["S"] | ours["T"])):
            self.any[k] += n

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for v in self.VARIANTS:
            block = {ROLES[r]: prf(*self.c[(v, r)]) | {"tp": self.c[(v, r)][0], "fp": self.c[(v, r)][1],
                                                       "fn": self.c[(v, r)][2]} for r in "ST"}
            if v == "main":
                out.update(block)
            else:
                out[v] = {k: {m: s[m] for m in ("precision", "recall", "f1")} for k, s in block.items()}
        out["any_actor"] = prf(*self.any)
        return out


# ---------------------------------------------------------------- the runs

def _inputs(texts: Iterable[str], prefix: str):
    from newsgraph.model import ArticleInput

    for i, text in enumerate(texts):
        yield ArticleInput(text=text, id=f"{prefix}-{i}", date=None)


def _event_brief(ev: Any) -> dict[str, Any]:
    src, tgt = _get(ev, "source"), _get(ev, "target")
    return {"trigger": _get(ev, "trigger"), "span": list(_get(ev, "span")), "cameo": _get(ev, "cameo"),
            "source": _get(src, "text") if src else None, "target": _get(tgt, "text") if tgt else None,
            "modality": _get(ev, "modality"), "rule": _get(ev, "rule")}


def run_class(items: Sequence[tuple[str, int]], nlp: Any, detail: Any = None) -> dict[str, Any]:
    from newsgraph.pipeline import code_corpus

    t0 = time.perf_counter()
    gold, pred, pred_labels = [], [], []
    by_root: dict[str, list[int]] = {}  # coded root -> count of each gold label: which grouping the labels follow
    with_event = 0
    status: dict[str, int] = {}
    for (text, label), coded in zip(items, code_corpus(_inputs((t for t, _ in items), "class"), nlp)):
        status[coded.article.status] = status.get(coded.article.status, 0) + 1
        ev = first_event(coded.events)
        p = penta_class(_get(ev, "cameo_root")) if ev is not None else None
        with_event += bool(coded.events)
        gold.append(label)
        pred.append(p)
        pred_labels.append(penta_class(_get(ev, "cameo_root"), "labels") if ev is not None else None)
        if ev is not None:
            by_root.setdefault(str(_get(ev, "cameo_root")), [0] * 5)[label] += 1
        if detail is not None and p != label:
            detail.write(json.dumps({
                "task": "cameo_class", "index": len(gold) - 1, "sentence": text,
                "gold": label, "gold_name": PENTA[label], "pred": p, "pred_name": PENTA[p] if p is not None else None,
                "status": coded.article.status, "first_event": _event_brief(ev) if ev is not None else None,
                "events": [_event_brief(e) for e in coded.events]}, ensure_ascii=False) + "\n")
    n = len(gold)
    confusion = [[0] * 6 for _ in range(5)]  # gold row; predicted column, the last "none"
    for g, p in zip(gold, pred):
        confusion[g][5 if p is None else p] += 1
    return {
        "bench": "accuracy_confli", "task": "cameo_class", "split": "train", "items": n,
        **class_scores(gold, pred),
        "coverage": round(with_event / n, 4) if n else 0.0,
        "no_event": n - with_event,
        "confusion": {"rows_gold_cols_pred": PENTA + ["none"], "matrix": confusion},
        "labels_scheme": {k: v for k, v in class_scores(gold, pred_labels).items() if k in ("accuracy", "macro_f1")},
        "labels_by_coded_root": dict(sorted(by_root.items())),
        "status": status,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def run_ner(items: Sequence[list[tuple[str, str]]], nlp: Any, originals: dict[str, str] | None,
            mode: str = "original", detail: Any = None, phrases: bool = True) -> dict[str, Any]:
    from newsgraph.pipeline import code_corpus

    t0 = time.perf_counter()
    prepared = []
    text_from: dict[str, int] = {}
    for sent in items:
        tokens = [t for t, _ in sent]
        text, offs, how = ner_text(tokens, originals, mode)
        text_from[how] = text_from.get(how, 0) + 1
        prepared.append((sent, text, offs))
    score = TokenScore()
    with_event = unplaced = tokens_total = 0
    status: dict[str, int] = {}
    coded_all = code_corpus(_inputs((t for _, t, _ in prepared), "ner"), nlp)
    for idx, ((sent, text, offs), coded) in enumerate(zip(prepared, coded_all)):
        status[coded.article.status] = status.get(coded.article.status, 0) + 1
        tokens, tags = [t for t, _ in sent], [g for _, g in sent]
        tokens_total += len(tokens)
        gold = gold_roles(tags)
        ours, miss = our_roles(text, offs, coded.actors, coded.events, phrases)
        ev = first_event(coded.events)
        ours_first, _ = our_roles(text, offs, coded.actors, [ev] if ev is not None else [], phrases)
        unplaced += miss
        with_event += bool(coded.events)
        score.add(gold, ours, ours_first)
        if detail is not None and (ours["S"] != gold["S"] or ours["T"] != gold["T"]):
            def words(ix: set[int]) -> list[str]:
                return [tokens[i] for i in sorted(ix)]
            detail.write(json.dumps({
                "task": "cameo_ner", "index": idx, "text": text, "status": coded.article.status,
                "gold_source": words(gold["S"]), "our_source": words(ours["S"]),
                "gold_target": words(gold["T"]), "our_target": words(ours["T"]),
                "gold_reciprocal": words(gold["R"]),
                "events": [_event_brief(e) for e in coded.events]}, ensure_ascii=False) + "\n")
    n = len(prepared)
    return {
        "bench": "accuracy_confli", "task": "cameo_ner", "split": "train", "items": n, "tokens": tokens_total,
        **score.report(),
        "coverage": round(with_event / n, 4) if n else 0.0,
        "unplaced_actors": unplaced,
        "text_from": text_from,
        "status": status,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="first N items of each file (default 200)")
    ap.add_argument("--all", action="store_true", help="every item (overrides --limit)")
    ap.add_argument("--task", choices=["class", "ner", "both"], default="both")
    ap.add_argument("--detail", metavar="FILE", help="write the misses here, one JSON object a line")
    ap.add_argument("--ner-text", choices=["original", "joined"], default="original",
                    help="code the cameo_class original of an NER sentence (else detokenized), or tokens joined by spaces")
    ap.add_argument("--roles", choices=["phrases", "actors"], default="phrases",
                    help="score the events' argument phrases (default) or their actor mentions alone")
    ap.add_argument("--data", default=str(DATA), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    data = Path(args.data)
    limit = None if args.all else args.limit
    if not data.is_dir():
        sys.exit(f"data folder not found: {data}")

    from newsgraph.nlp import get_pipeline

    t0 = time.perf_counter()
    nlp = get_pipeline()
    load_s = round(time.perf_counter() - t0, 2)
    detail = open(args.detail, "w", encoding="utf-8") if args.detail else None
    try:
        class_items = load_class(data / "cameo_class" / "train.tsv")
        if args.task in ("class", "both"):
            out = run_class(class_items[:limit], nlp, detail)
            print(json.dumps(out | {"limit": limit, "load_s": load_s}), flush=True)
        if args.task in ("ner", "both"):
            originals = {canon_key(t): t for t, _ in reversed(class_items)}  # the first wins
            out = run_ner(load_ner(data / "cameo_ner" / "train.txt")[:limit], nlp, originals, args.ner_text, detail,
                          args.roles == "phrases")
            print(json.dumps(out | {"ner_text": args.ner_text, "roles": args.roles, "limit": limit, "load_s": load_s}),
                  flush=True)
    finally:
        if detail is not None:
            detail.close()


if __name__ == "__main__":
    main()
