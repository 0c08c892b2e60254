"""The `read` stage: turn files, folders and stdin into `ArticleInput` records.

    iter_articles(paths, default_date=None, stdin=None) -> Iterator[ArticleInput]
    detect_language(text) -> str | None

Input kinds (chosen by extension; a path of another extension is read as plain text):

- ``.txt`` (also ``.text``): one article; id = file stem; the title is set only when
  it is obvious (a short first line with no final punctuation, followed by a blank
  line and more text). The text is kept whole, title included, so spans index it.
- ``.jsonl`` / ``.ndjson``: one JSON object per line with ``text`` and any of ``id,
  url, title, date, source``. Streamed line by line.
- ``.json``: one object like a JSONL line, or a list of them.
- ``.csv``: a header holding ``text`` and any of ``id, url, title, date, source``
  (case-insensitive); RFC 4180 quoting, multi-line fields. Streamed row by row.
- ``.html`` / ``.htm``: main text by trafilatura (no network), title, date, url and
  site name from the page metadata when present.
- a folder: every file of the kinds above under it, recursively, in sorted order
  (hidden files and folders are left out).
- ``-``: stdin, JSON Lines when its first non-empty line starts with ``{`` (streamed;
  a line cut off at the end is a ``failed`` record with its line number), else plain
  text (one article).

Ids: the article's own ``id``; else its ``url``; else none, and the pipeline names the
article by the hash of its text (``sha1:...``), so two different texts never share an id
whatever their file names, and the same text read again is the same article. A record
that could not be read gets an id hashed from its origin, error and raw line. ``origin``
says where each record came from: the file name, and for multi-article files
``<file>:<n>`` (n = line number in JSONL, 1-based data row in CSV, 1-based item in a
JSON list).

Dates: the article's own date as ISO ``YYYY-MM-DD`` (ISO dates and datetimes,
``2019/01/04``, ``04.01.2019``, ``January 4, 2019``, ``4 Jan 2019``, RFC 2822 dates,
``20190104``; slash dates only when day and month cannot be confused); else
``default_date``; else None.

Nothing raises out of the iterator: unusable input becomes a record with status
``skipped`` (no text) or ``failed`` (broken input) and an ``error`` message, and
``origin`` names the file and line or row ("file.jsonl:12"). JSONL lines and CSV rows
are decoded one by one: an undecodable line or row fails alone, the others are read.
"""

from __future__ import annotations

import csv
import email.utils
import hashlib
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from .model import ArticleInput

__all__ = ["iter_articles", "detect_language", "normalize_date", "ARTICLE_EXTENSIONS"]

#: extensions picked up when a folder is read
ARTICLE_EXTENSIONS = {".txt", ".text", ".jsonl", ".ndjson", ".csv", ".html", ".htm"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_HTML_EXT = {".html", ".htm"}
_FIELDS = ("id", "url", "title", "date", "source")
_JSON_KINDS = {
    "list": "array",
    "str": "string",
    "int": "number",
    "float": "number",
    "NoneType": "null",
    "bool": "boolean",
}

#: the byte-order marks of UTF-16 (a file that starts with one is decoded as UTF-16)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: share of undecodable characters above which a file is taken for binary
MAX_REPLACED_RATIO = 0.05


# --------------------------------------------------------------------------- ids


def _record_id(origin: str, error: str, raw: str = "") -> str:
    """The id of a record that has no text to be named by: a hash of where it came from, why
    it failed and its raw content, so the same bad input read again is the same record and
    two different ones never collide."""
    key = "\x00".join((origin, error, raw))
    return "sha1:" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ------------------------------------------------------------------------ dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_].*$)")
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T.*$)")
_YMD_SLASH_RE = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_DMY_DOT_RE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_SLASH_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\b")
_WORDY_MDY_RE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WORDY_DMY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """An article date in any common form as ISO ``YYYY-MM-DD``, or None.

    Datetimes keep their own calendar day (no time-zone conversion). Slash dates such
    as ``03/04/2019`` are refused (None) because day and month cannot be told apart;
    ``13/04/2019`` and ``04/13/2019`` are accepted.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        # a Unix timestamp (seconds or milliseconds)
        v = float(value)
        if v > 1e11:
            v /= 1000.0
        try:
            return datetime.fromtimestamp(v, tz=UTC).date().isoformat() if v > 0 else None
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO_RE.match(s) or _COMPACT_RE.match(s) or _YMD_SLASH_RE.match(s)
    if m:
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY_DOT_RE.match(s)
    if m:
        return _ymd(int(m[3]), int(m[2]), int(m[1]))
    m = _SLASH_RE.match(s)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            return _ymd(y, b, a)
        if b > 12 >= a:
            return _ymd(y, a, b)
        if a == b:
            return _ymd(y, a, b)
        return None
    m = _WORDY_MDY_RE.search(s)
    if m and m[1].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _WORDY_DMY_RE.search(s)
    if m and m[2].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    try:  # RFC 2822: "Fri, 04 Jan 2019 10:00:00 +0000"
        dt = email.utils.parsedate_to_datetime(s)
        if dt is not None:
            return dt.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return None


# ----------------------------------------------------------------- decoding


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for the bytes of a text file."""
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        return None, "binary file"
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "binary file"
    text = data.decode("utf-8-sig", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if replaced and text and replaced / len(text) > MAX_REPLACED_RATIO:
        return None, (
            f"not UTF-8 text: {replaced} of {len(text)} characters undecodable "
            f"({100 * replaced / len(text):.0f}%), likely a binary file"
        )
    return text, None


# ------------------------------------------------------------------ records


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    s = str(value).strip()
    return s or None


def _failed(origin: str, error: str, own_id: str | None = None, raw: str = "") -> ArticleInput:
    return ArticleInput(
        text="", id=own_id or _record_id(origin, error, raw), origin=origin, status="failed", error=error
    )


def _skipped(origin: str, error: str, own_id: str | None = None, text: str = "") -> ArticleInput:
    return ArticleInput(
        text=text, id=own_id or _record_id(origin, error, text), origin=origin, status="skipped", error=error
    )


def _from_mapping(obj: Any, origin: str, default_date: str | None, what: str, raw: str = "") -> ArticleInput:
    """An ArticleInput from one JSON object / CSV row (already a dict); its id is its own `id`,
    else its `url`, else none (the pipeline names it by its text's hash)."""
    if not isinstance(obj, dict):
        kind = _JSON_KINDS.get(type(obj).__name__, type(obj).__name__)
        return _failed(origin, f"{origin}: {what} is a JSON {kind}, not an object", raw=raw)
    own_id = _clean(obj.get("id")) or _clean(obj.get("url"))
    if "text" not in obj:
        keys = ", ".join(sorted(map(str, obj))) or "none"
        return _failed(origin, f"{origin}: {what} has no 'text' field (fields: {keys})", own_id, raw)
    text = obj["text"]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return _failed(origin, f"{origin}: 'text' is a {type(text).__name__}, not a string", own_id, raw)
    if not text.strip():
        return _skipped(origin, "empty text", own_id, text)
    return ArticleInput(
        text=text,
        id=own_id,
        title=_clean(obj.get("title")),
        date=normalize_date(obj.get("date")) or default_date,
        source=_clean(obj.get("source")),
        url=_clean(obj.get("url")),
        origin=origin,
    )


def _guess_title(text: str) -> str | None:
    """The first line when it is obviously a headline, else None."""
    lines = text.lstrip("\ufeff").split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i + 2 >= len(lines):
        return None
    first = lines[i].strip()
    if lines[i + 1].strip():  # a headline is followed by a blank line
        return None
    rest = "\n".join(lines[i + 2 :]).strip()
    if not rest or len(first) > 150 or len(first.split()) > 25 or len(first) < 3:
        return None
    if first[-1] in ".!?,;:…" or first.endswith(("»", '"', "”")) and first[-2:-1] in ".!?":
        return None
    if len(rest) < len(first):
        return None
    return first


def _text_article(text: str, origin: str, default_date: str | None) -> ArticleInput:
    """One plain-text article (a text file, or stdin that is not JSON Lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return _skipped(origin, "empty text", text=text)
    return ArticleInput(text=text, title=_guess_title(text), date=default_date, origin=origin)


# -------------------------------------------------------------- file kinds


def _read_text_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    text, why = _decode(path.read_bytes())
    if text is None:
        yield _failed(shown, f"{shown}: {why}")
        return
    yield _text_article(text, shown, default_date)


def _read_html_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    origin = shown
    data = path.read_bytes()
    if not data.strip():
        yield _skipped(origin, "empty text")
        return
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        yield _failed(origin, f"{origin}: binary file")
        return
    content: str | bytes = data
    if data.startswith(_UTF16_BOMS):
        decoded, why = _decode(data)
        if decoded is None:
            yield _failed(origin, f"{origin}: {why}")
            return
        content = decoded
    doc = _html_extract(content)
    text = (doc or {}).get("text") or ""
    if doc is None or not text.strip():
        yield _failed(origin, f"{origin}: no text found in HTML")
        return
    yield ArticleInput(
        text=text,
        id=_clean(doc.get("url")),
        title=_clean(doc.get("title")),
        date=normalize_date(doc.get("date")) or default_date,
        source=_clean(doc.get("sitename")),
        url=_clean(doc.get("url")),
        origin=origin,
    )


def _html_extract(content: str | bytes) -> dict[str, Any] | None:
    """trafilatura's main text and metadata; no network access happens here."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            content,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            # metadata only: no guessing a date from dates mentioned in the text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - broken markup must not stop a batch
        doc = None
    if doc is None:
        return None
    if not isinstance(doc, dict):
        doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
    return doc


def _iter_jsonl_stream(lines: Iterable[str | bytes], name: str, default_date: str | None) -> Iterator[ArticleInput]:
    """One record per non-empty line; a line of bytes is decoded alone, so one undecodable line
    fails by itself. A last line without its newline that is not JSON was cut off: said so."""
    any_line = False
    for lineno, line in enumerate(lines, start=1):
        origin = f"{name}:{lineno}"
        if isinstance(line, bytes):
            decoded, why = _decode(line)
            if decoded is None:
                any_line = True
                yield _failed(origin, f"{origin}: {why}", raw=line.decode("utf-8", "replace"))
                continue
            line = decoded
        if not line.strip():
            continue
        any_line = True
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            col = f" (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            cut = "" if line.endswith("\n") else "; the line ends without a newline: the input was cut off"
            yield _failed(origin, f"{origin}: malformed JSON: {msg}{col}{cut}", raw=line)
            continue
        yield _from_mapping(obj, origin, default_date, "line", raw=line)
    if not any_line:
        yield _skipped(name, "empty text")


def _read_jsonl_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        if head in _UTF16_BOMS:  # UTF-16: decoded as a whole stream
            with io.TextIOWrapper(fh, encoding="utf-16", errors="replace") as text:
                yield from _iter_jsonl_stream(text, shown, default_date)
            return
        yield from _iter_jsonl_stream(_strip_bom(fh), shown, default_date)


def _strip_bom(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Binary lines, the UTF-8 byte-order mark taken off the first."""
    for i, line in enumerate(lines):
        yield line.removeprefix(b"\xef\xbb\xbf") if i == 0 else line


def _read_json_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    origin = shown
    text, why = _decode(path.read_bytes())
    if text is None:
        yield _failed(origin, f"{origin}: {why}")
        return
    if not text.strip():
        yield _skipped(origin, "empty text")
        return
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        # maybe JSON Lines with a .json name
        if "\n" in text.strip() and all(ln.strip().startswith("{") for ln in text.splitlines() if ln.strip()):
            yield from _iter_jsonl_stream(io.StringIO(text), shown, default_date)
            return
        yield _failed(origin, f"{origin}: malformed JSON: {exc}", raw=text[:10_000])
        return
    if isinstance(obj, list):
        if not obj:
            yield _skipped(origin, "no articles in file")
        for n, item in enumerate(obj, start=1):
            yield _from_mapping(item, f"{origin}:{n}", default_date, "item", raw=json.dumps(item)[:10_000])
    else:
        yield _from_mapping(obj, origin, default_date, "document")


def _raise_csv_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def _decode_row(row: list[str]) -> tuple[list[str] | None, str | None]:
    """A CSV row read with surrogateescape, decoded field by field as `_decode` decodes a file:
    (fields, None), or (None, why) when a field holds NUL bytes or is mostly undecodable."""
    out = []
    for cell in row:
        if cell.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in cell):
            if "\x00" in cell:
                return None, "binary data (NUL bytes)"
            out.append(cell)
            continue
        text, why = _decode(cell.encode("utf-8", "surrogateescape"))
        if text is None:
            return None, why
        out.append(text)
    return out, None


def _read_csv_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    name = shown
    with open(path, "rb") as fh:
        utf16 = fh.read(2) in _UTF16_BOMS
    _raise_csv_limit()
    # bytes that are not UTF-8 are kept as surrogates, so each row is decoded (or fails) alone
    enc, errors = ("utf-16", "replace") if utf16 else ("utf-8-sig", "surrogateescape")
    with open(path, encoding=enc, errors=errors, newline="") as fh:
        reader = csv.reader(fh)
        try:
            raw_header = next(reader)
        except StopIteration:
            yield _skipped(name, "empty text")
            return
        except csv.Error as exc:
            yield _failed(name, f"{name}: unreadable CSV header: {exc}")
            return
        header, why = _decode_row(raw_header)
        if header is None:
            yield _failed(name, f"{name}: binary file (the header row is not text: {why})")
            return
        cols = {h.strip().lower().lstrip("\ufeff"): i for i, h in reversed(list(enumerate(header)))}
        if "text" not in cols:
            listed = ", ".join(h.strip() for h in header) or "none"
            yield _failed(name, f"{name}: CSV has no 'text' column (columns: {listed})")
            return
        wanted = {k: cols[k] for k in ("text", *_FIELDS) if k in cols}
        rowno = 0
        last_line = reader.line_num
        while True:
            try:
                raw_row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rowno += 1
                origin = f"{name}:{rowno}"
                yield _failed(origin, f"{origin}: malformed CSV near line {reader.line_num}: {exc}")
                if reader.line_num == last_line:  # no progress: give up on this file
                    break
                last_line = reader.line_num
                continue
            first_line, last_line = last_line + 1, reader.line_num
            if not raw_row or not any(c.strip() for c in raw_row):
                continue  # blank line between records
            rowno += 1
            origin = f"{name}:{rowno}"
            row, why = _decode_row(raw_row)
            if row is None:
                raw = "\x00".join(raw_row).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                yield _failed(origin, f"{origin}: row on line {first_line} is unreadable: {why}", raw=raw)
                continue
            rec = {k: (row[i] if i < len(row) else None) for k, i in wanted.items()}
            if rec["text"] is None:
                yield _failed(
                    origin,
                    f"{origin}: row has {len(row)} fields, no value for 'text'",
                    _clean(rec.get("id")) or _clean(rec.get("url")),
                    "\x00".join(row),
                )
                continue
            yield _from_mapping(rec, origin, default_date, "row", raw="\x00".join(row))
        if rowno == 0:
            yield _skipped(name, "no articles in file")


def _read_stdin(stdin: TextIO | None, default_date: str | None) -> Iterator[ArticleInput]:
    """stdin as JSON Lines when its first non-empty line starts with "{" (streamed), else one text.

    Real stdin is read as bytes, so JSON Lines are decoded line by line like a file."""
    name = "<stdin>"
    src: Iterable[str | bytes]
    if stdin is not None:
        src = stdin
    elif sys.stdin is None:
        yield _failed(name, f"{name}: standard input is closed; pass files, or pipe text into '-'")
        return
    else:
        buffer = getattr(sys.stdin, "buffer", None)
        src = _strip_bom(buffer) if buffer is not None else sys.stdin
    lines = iter(src)
    head: list[str | bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = head[-1].strip() if head else ""
    if first[:1] in ("{", b"{"):
        yield from _iter_jsonl_stream(itertools.chain(head, lines), name, default_date)
        return
    data = list(itertools.chain(head, lines))
    if data and isinstance(data[0], bytes):
        raw = b"".join(data)  # type: ignore[arg-type]
        text, why = _decode(raw)
        if text is None:
            yield _failed(name, f"{name}: {why}")
            return
    else:
        text = "".join(data)  # type: ignore[arg-type]
    yield _text_article(text, name, default_date)


def _read_file(path: Path, shown: str, default_date: str | None) -> Iterator[ArticleInput]:
    ext = path.suffix.lower()
    if ext in _JSONL_EXT:
        reader = _read_jsonl_file
    elif ext == ".csv":
        reader = _read_csv_file
    elif ext in _HTML_EXT:
        reader = _read_html_file
    elif ext == ".json":
        reader = _read_json_file
    else:  # .txt, .text and anything unknown: plain text
        reader = _read_text_file
    try:
        yield from reader(path, shown, default_date)
    except Exception as exc:  # noqa: BLE001 - bad input never stops the batch
        if isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror
        else:
            reason = str(exc) or type(exc).__name__
        yield _failed(shown, f"{shown}: cannot read: {reason}")


def _folder_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_EXTENSIONS:
                found.append(Path(root) / f)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    default_date: str | None = None,
    stdin: TextIO | None = None,
) -> Iterator[ArticleInput]:
    """Every article in `paths` (files, folders, or "-" for stdin), in order.

    `default_date` (any form `normalize_date` accepts) is used for articles without
    their own date; an unreadable `default_date` raises ValueError at once. Bad input
    is reported as records with status "skipped"/"failed"; the iterator does not raise
    for it. `origin` is the file name (the path below the folder for folder input).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    default = normalize_date(default_date) if default_date else None
    if default_date and default is None:
        raise ValueError(f"default date {default_date!r} is not a date (use YYYY-MM-DD)")
    return _iter(paths, default, stdin)


def _iter(paths: Iterable[str | os.PathLike[str]], default: str | None, stdin: TextIO | None) -> Iterator[ArticleInput]:
    for raw in paths:
        if str(raw) == "-":
            try:
                yield from _read_stdin(stdin, default)
            except Exception as exc:  # noqa: BLE001
                yield _failed("<stdin>", f"<stdin>: cannot read: {exc}")
            continue
        path = Path(raw)
        shown = str(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield _failed(shown, f"{shown}: cannot read: {exc}")
            continue
        if not exists:
            yield _failed(shown, f"{shown}: no such file")
            continue
        if is_dir:
            try:
                files = _folder_files(path)
            except OSError as exc:
                yield _failed(shown, f"{shown}: cannot read folder: {exc}")
                continue
            if not files:
                kinds = ", ".join(sorted(ARTICLE_EXTENSIONS))
                yield _skipped(shown, f"no article files ({kinds}) in folder")
            for f in files:
                yield from _read_file(f, f.relative_to(path).as_posix(), default)
            continue
        yield from _read_file(path, path.name, default)


# ----------------------------------------------------------------- language

_LANGID_CHARS = 1000
_MIN_LETTERS = 20


_MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier, its model mapped from the cache folder (langid_model.py)."""
    from .langid_model import load_identifier

    return load_identifier()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` by py3langid (first ~1000 characters), or None when unsure.

    A text whose letters are mostly of another script than Latin is not English, however short:
    its language is py3langid's best guess other than English ("zh" for a one-line Chinese
    sentence that py3langid gives only 0.6). Otherwise None when the text has fewer than 20
    letters, or when the best language has a probability under 0.9: short news text full of
    names ("Lavrov met Wang Yi") fools character n-gram models, and an English article must not
    be skipped for that.
    """
    if not text:
        return None
    sample = text[:_LANGID_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if ch < "\u0250" or unicodedata.name(ch, "").startswith("LATIN"))
    if latin < len(letters) / 2:
        return next((lang for lang, _ in _identifier().rank(sample) if lang != "en"), None)
    if len(letters) < _MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if not lang or lang in ("zxx", "und") or prob < _MIN_CONFIDENCE:
        return None
    return lang.lower()
