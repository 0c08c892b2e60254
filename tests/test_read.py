"""Tests of the read stage (newsgraph.read)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from newsgraph.model import ArticleInput
from newsgraph.read import detect_language, iter_articles, normalize_date

DATA = Path(__file__).parent / "data" / "read"
WIKINEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"


def read(*paths, **kw) -> list[ArticleInput]:
    return list(iter_articles([str(p) for p in paths], **kw))


def one(*paths, **kw) -> ArticleInput:
    arts = read(*paths, **kw)
    assert len(arts) == 1, arts
    return arts[0]


# ---------------------------------------------------------------- plain text


def test_txt_with_obvious_title():
    a = one(DATA / "article.txt")
    assert a.status == "ok" and a.error is None
    assert a.id is None  # no id of its own: the pipeline names it by its text's hash
    assert a.title == "Lavrov arrives in Beijing ahead of Putin visit"
    assert a.text.startswith("Lavrov arrives in Beijing")  # text kept whole
    assert "Sergey Lavrov arrived" in a.text
    assert a.origin == "article.txt"
    assert a.date is None


def test_txt_without_title_gets_default_date():
    a = one(DATA / "plain.txt", default_date="2023-10-16")
    assert a.title is None  # first line is a sentence, not a headline
    assert a.origin == "plain.txt"
    assert a.date == "2023-10-16"


def test_bad_default_date_raises():
    with pytest.raises(ValueError):
        iter_articles([str(DATA / "plain.txt")], default_date="next week")


def test_single_path_string_is_one_path():
    arts = list(iter_articles(str(DATA / "plain.txt")))
    assert [a.origin for a in arts] == ["plain.txt"]


def test_default_date_is_normalised():
    assert one(DATA / "plain.txt", default_date="October 16, 2023").date == "2023-10-16"


def test_founding_sample_reads():
    sample = Path(__file__).parents[1] / "samples" / "putin-beijing-2023-10-16.txt"
    a = one(sample, default_date="2023-10-16")
    assert a.status == "ok" and a.origin == "putin-beijing-2023-10-16.txt"
    assert a.title is None
    assert "Serguei Lavrov" in a.text


def test_unknown_extension_is_read_as_text(tmp_path):
    p = tmp_path / "story.dat"
    p.write_text("Kenya and Ethiopia agreed to reopen the border.", encoding="utf-8")
    a = one(p)
    assert a.status == "ok" and a.origin == "story.dat"
    assert a.text.startswith("Kenya")


def test_crlf_and_bom_are_normalised(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes("\ufeffLine one.\r\nLine two.\r\n".encode("utf-8"))
    assert one(p).text == "Line one.\nLine two.\n"


def test_utf16_text_with_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Bonjour, le ministre est arrivé.".encode("utf-16"))
    a = one(p)
    assert a.status == "ok" and a.text == "Bonjour, le ministre est arrivé."


# --------------------------------------------------------------- JSON Lines


def test_jsonl_fields_ids_and_dates():
    arts = read(DATA / "articles.jsonl", default_date="2023-10-20")
    assert [a.status for a in arts] == ["ok", "ok", "ok"]
    a1, a2, a3 = arts
    assert (a1.id, a1.url, a1.title, a1.source, a1.date) == (
        "a1", "https://example.org/a1", "Talks in Beijing", "DN", "2023-10-16"
    )
    assert a1.origin == "articles.jsonl:1"
    # no id and no url: named later by its text's hash; the origin counts the blank line 3
    assert a2.id is None and a2.origin == "articles.jsonl:2" and a2.date == "2023-10-17"
    # numeric id becomes a string; an unreadable date falls back to the default
    assert a3.id == "42" and a3.date == "2023-10-20" and a3.origin == "articles.jsonl:4"


def test_jsonl_bad_lines_do_not_stop_the_file():
    arts = read(DATA / "bad.jsonl")
    by_id = {a.id: a for a in arts}
    assert [a.status for a in arts] == ["ok", "ok", "failed", "failed", "failed", "ok"]
    bad = arts[2]
    assert bad.error.startswith("bad.jsonl:3: malformed JSON:")
    assert bad.origin == "bad.jsonl:3" and bad.id.startswith("sha1:") and bad.text == ""
    assert "not an object" in arts[3].error and arts[3].error.startswith("bad.jsonl:4:")
    assert "no 'text' field" in by_id["notext"].error
    assert by_id["ok3"].date == "2019-01-04"


def test_jsonl_text_not_a_string_and_empty_text(tmp_path):
    p = tmp_path / "odd.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "n", "text": 123}),
                json.dumps({"id": "e", "text": "   "}),
                json.dumps({"id": "z", "text": None}),
                "42",
            ]
        ),
        encoding="utf-8",
    )
    arts = read(p)
    assert [(a.id, a.status) for a in arts] == [
        ("n", "failed"), ("e", "skipped"), ("z", "skipped"), (arts[3].id, "failed")
    ]
    assert arts[3].id.startswith("sha1:") and arts[3].origin == "odd.jsonl:4"
    assert "not a string" in arts[0].error
    assert arts[1].error == "empty text"
    assert "JSON number, not an object" in arts[3].error


def test_jsonl_is_streamed(tmp_path, monkeypatch):
    """The reader must not slurp a JSONL file: the first record comes before EOF."""
    p = tmp_path / "big.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for i in range(5000):
            fh.write(json.dumps({"text": f"Article number {i}."}) + "\n")
    it = iter_articles([str(p)])
    first = next(it)
    assert first.origin == "big.jsonl:1"
    # the file is still open and being read line by line: appended lines show up
    with open(p, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "late", "text": "Appended while reading."}) + "\n")
    rest = list(it)
    assert len(rest) == 5000 and rest[-1].id == "late"


# ---------------------------------------------------------------------- CSV


def test_csv_fields_multiline_and_row_ids():
    arts = read(DATA / "articles.csv")
    assert [a.status for a in arts] == ["ok", "ok", "skipped"]
    c1, c2, c3 = arts
    assert c1.id == "c1" and c1.title == "First" and c1.source == "Wikinews"
    assert c1.text == 'Venezuela\'s opposition leader\ndeclared himself president, saying "enough".'
    assert c2.id is None and c2.date == "2019-04-13" and c2.origin == "articles.csv:2"
    assert c2.url is None and c2.source is None
    assert c3.error == "empty text"


def test_csv_without_text_column_is_one_failed_record():
    a = one(DATA / "notext.csv")
    assert a.status == "failed"
    assert "notext.csv" in a.error and "no 'text' column" in a.error


def test_csv_header_only(tmp_path):
    p = tmp_path / "hdr.csv"
    p.write_text("id,text\n", encoding="utf-8")
    a = one(p)
    assert a.status == "skipped"


def test_csv_huge_field(tmp_path):
    p = tmp_path / "huge.csv"
    big = "word " * 400_000  # 2 MB, above csv's default 128 KB field limit
    p.write_text('text\n"' + big + '"\n', encoding="utf-8")
    a = one(p)
    assert a.status == "ok" and len(a.text) == len(big)


@pytest.mark.skipif(not WIKINEWS.exists(), reason="shared Wikinews corpus not available")
def test_wikinews_csv():
    arts = read(WIKINEWS)
    assert len(arts) == 171
    assert all(a.status == "ok" for a in arts)
    assert all(a.date and len(a.date) == 10 for a in arts)
    assert arts[0].date == "2019-01-04" and arts[-1].date.startswith("2019-12")
    assert all(a.title and a.url.startswith("https://en.wikinews.org") for a in arts)
    assert all(a.id == a.url for a in arts)  # no id column: the url names the article
    assert arts[0].origin == "wikinews_2019.csv:1" and arts[-1].origin == "wikinews_2019.csv:171"
    assert len({a.id for a in arts}) == 171
    assert "Magnitogorsk" in arts[0].text and "\n" in arts[0].text


# --------------------------------------------------------------------- HTML


def test_html_text_title_date_url():
    a = one(DATA / "page.html", default_date="2000-01-01")
    assert a.status == "ok" and a.id == a.url  # a page is named by its url
    assert "Vladimir Putin arrived in Beijing" in a.text
    assert "Copyright" not in a.text and "Sport" not in a.text  # boilerplate removed
    assert a.title == "Leaders meet in Beijing"
    assert a.date == "2023-10-16"  # from the page metadata, not the default
    assert a.url == "https://news.example.org/2023/10/16/beijing"


def test_broken_html_best_effort():
    a = one(DATA / "broken.html", default_date="2023-10-19")
    assert a.status == "ok"
    assert "ballistic missile" in a.text
    assert a.date == "2023-10-19"


def test_html_without_text_fails():
    a = one(DATA / "empty-page.html")
    assert a.status == "failed" and "no text found in HTML" in a.error


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_empty_files_are_skipped(name):
    a = one(DATA / name)
    assert a.status == "skipped" and a.error == "empty text"


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
def test_empty_file_of_each_kind_is_skipped(tmp_path, suffix):
    p = tmp_path / f"e{suffix}"
    p.write_bytes(b"")
    assert one(p).status == "skipped"


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html", ".bin"])
def test_nul_bytes_mean_binary(tmp_path, suffix):
    p = tmp_path / f"b{suffix}"
    p.write_bytes(b"PK\x03\x04\x00\x00binary\x00stuff" * 10)
    a = one(p)
    assert a.status == "failed" and "binary file" in a.error


def test_mostly_undecodable_bytes_fail(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 20 + b"abc")
    a = one(p)
    assert a.status == "failed" and "UTF-8" in a.error


def test_few_undecodable_bytes_are_replaced(tmp_path):
    p = tmp_path / "mostly.txt"
    p.write_bytes(b"The minister said the talks were constructive " * 5 + b"caf\xe9.")
    a = one(p)
    assert a.status == "ok" and a.text.endswith("caf\ufffd.")


def test_missing_path():
    a = one("/no/such/dir/story.txt")
    assert a.status == "failed" and "no such file" in a.error
    assert a.id.startswith("sha1:") and a.origin == "/no/such/dir/story.txt"


def test_unreadable_file_does_not_raise(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    p = tmp_path / "locked.txt"
    p.write_text("secret", encoding="utf-8")
    p.chmod(0)
    a = one(p)
    assert a.status == "failed" and "cannot read" in a.error


def test_bad_files_do_not_stop_the_batch(tmp_path):
    nul = tmp_path / "x.jsonl"
    nul.write_bytes(b"\x00\x01\x02")
    arts = read(DATA / "plain.txt", "/missing.csv", nul, DATA / "empty.txt", DATA / "article.txt")
    assert [a.status for a in arts] == ["ok", "failed", "failed", "skipped", "ok"]


# ------------------------------------------------------------ stdin, folders


def test_stdin_plain_text():
    a = one("-", stdin=io.StringIO("Headline here\n\nIran and Iraq signed a pact on Tuesday.\n"))
    assert a.status == "ok" and a.id is None and a.origin == "<stdin>"
    assert a.title == "Headline here"


def test_stdin_jsonl():
    lines = [json.dumps({"id": "s1", "text": "One."}), "", json.dumps({"text": "Two."})]
    arts = read("-", stdin=io.StringIO("\n".join(lines) + "\n"))
    assert [(a.id, a.status) for a in arts] == [("s1", "ok"), (None, "ok")]
    assert arts[1].origin == "<stdin>:3"


def test_stdin_format_is_decided_by_its_first_line():
    """A first line that is a JSON object makes stdin JSON Lines: a later prose line is a failed
    record of its own, not a reason to read the whole stream as one text of raw JSON."""
    arts = read("-", stdin=io.StringIO(json.dumps({"text": "One."}) + "\nthis line is prose, not JSON\n"))
    assert [(a.status, a.origin) for a in arts] == [("ok", "<stdin>:1"), ("failed", "<stdin>:2")]
    assert "malformed JSON" in arts[1].error
    prose = "Kenya and Ethiopia agreed.\n" + json.dumps({"text": "One."}) + "\n"
    a = one("-", stdin=io.StringIO(prose))
    assert a.status == "ok" and a.text == prose


def test_stdin_jsonl_cut_mid_line():
    """A stream cut off inside its last line: the complete records are read, the cut one fails
    with its line number and says the input was cut off."""
    full = [json.dumps({"id": f"s{i}", "text": f"Iran and Iraq signed pact number {i}."}) for i in range(3)]
    cut = "\n".join(full) + "\n" + json.dumps({"id": "s3", "text": "Putin visited China on Monday."})[:25]
    arts = read("-", stdin=io.StringIO(cut))
    assert [(a.id, a.status) for a in arts[:3]] == [("s0", "ok"), ("s1", "ok"), ("s2", "ok")]
    last = arts[3]
    assert len(arts) == 4 and last.status == "failed" and last.origin == "<stdin>:4"
    assert last.error.startswith("<stdin>:4: malformed JSON") and "cut off" in last.error


def test_stdin_from_process(tmp_path):
    """Real stdin (bytes, with an invalid byte) through a subprocess."""
    import subprocess
    import sys

    code = (
        "from newsgraph.read import iter_articles\n"
        "for a in iter_articles(['-', '-']):\n"
        "    print(a.id, a.status, repr(a.text))\n"
    )
    data = b'{"id": "p1", "text": "caf\xe9 talks"}\n{"text": "Second."}\n'
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    lines = out.stdout.decode().splitlines()
    assert lines[0] == "p1 ok 'caf\ufffd talks'"
    assert lines[1] == "None ok 'Second.'"
    assert lines[2].split()[1] == "skipped"  # stdin read a second time is empty


def test_stdin_empty():
    a = one("-", stdin=io.StringIO("  \n"))
    assert a.status == "skipped" and a.error == "empty text"


def test_folder_recursion_sorted_and_ids_by_text():
    from newsgraph.pipeline import article_id

    arts = read(DATA / "folder")
    assert [a.origin for a in arts] == ["a.txt", "sub/a.txt", "sub/b.jsonl:1", "sub/b.jsonl:2", "sub/deeper/c.txt"]
    ids = [article_id(a) for a in arts]
    assert len(set(ids)) == 5 and all(i.startswith("sha1:") for i in ids)  # a.txt twice: two texts, two ids
    assert arts[0].text.startswith("First article")
    assert arts[1].text.startswith("Same stem")  # sub/a.txt after a.txt
    assert not any("hidden" in a.text or "not an article" in a.text for a in arts)
    assert arts[2].date == "2020-02-02"


def test_empty_folder(tmp_path):
    (tmp_path / "x.md").write_text("notes", encoding="utf-8")
    a = one(tmp_path)
    assert a.status == "skipped" and "no article files" in a.error


def test_ids_come_from_the_input_never_from_file_names(tmp_path):
    """Explicit ids are kept as given (the store decides what a repeated one means); files of the
    same name in two folders, or two stdin texts, are told apart by their texts."""
    from newsgraph.pipeline import article_id

    p = tmp_path / "dup.jsonl"
    p.write_text("\n".join(json.dumps({"id": "x", "text": f"Text {i}."}) for i in range(2)) + "\n",
                 encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text("Russian troops shelled Kharkiv.", encoding="utf-8")
    (tmp_path / "b" / "report.txt").write_text("Putin visited China.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Putin visited China.", encoding="utf-8")
    arts = read(p, tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt", tmp_path / "c.txt")
    ids = [article_id(a) for a in arts]
    assert ids[:2] == ["x", "x"]
    assert ids[2] != ids[3]  # same file name, other text
    assert ids[3] == ids[4]  # other file name, same text: the same article
    one_ = one("-", stdin=io.StringIO("Russian troops shelled Kharkiv on Tuesday."))
    two = one("-", stdin=io.StringIO("Putin visited China on Monday."))
    assert article_id(one_) != article_id(two)


def test_jsonl_undecodable_line_fails_alone(tmp_path):
    p = tmp_path / "feed.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": f"Iran and Iraq signed pact {i}."}).encode() for i in range(3)]
    p.write_bytes(good[0] + b"\n" + b'{"id": "bin", "text": "\x00\x01\x02\xff\xfe\x80\x81"}\n'
                  + good[1] + b"\n" + good[2] + b"\n")
    arts = read(p)
    assert [(a.id, a.status) for a in arts] == [("g0", "ok"), (arts[1].id, "failed"), ("g1", "ok"), ("g2", "ok")]
    assert arts[1].origin == "feed.jsonl:2" and "binary" in arts[1].error


def test_csv_undecodable_row_fails_alone(tmp_path):
    """One row of binary junk or another encoding fails by itself; the valid rows are read."""
    p = tmp_path / "day.csv"
    p.write_bytes(b"id,text\n"
                  b"r1,Iran and Iraq signed a pact on Tuesday.\n"
                  b"r2,\"\x00\x89PNG\r\n\x1a\n\x00\x00\xff\xd8\xff\xe0\x00\x10JFIF\"\n"
                  b"r3,\xc9\xe9\xe8\xea\xeb\xe0\xe2\xe4\xf4\xf6\xfb\xfc\xe7\n"
                  b"r4,Putin visited China on Monday.\n"
                  b"r5,The minister said the talks were constructive in the caf\xe9.\n")
    arts = read(p)
    assert [(a.id, a.status) for a in arts] == [
        ("r1", "ok"), (arts[1].id, "failed"), (arts[2].id, "failed"), ("r4", "ok"), ("r5", "ok")]
    assert arts[1].origin == "day.csv:2" and "binary" in arts[1].error and "line 3" in arts[1].error
    assert "UTF-8" in arts[2].error
    assert arts[4].text.endswith("caf\ufffd.")  # a stray byte in a long row is replaced, as in a file


def test_whole_fixture_folder_never_raises():
    arts = read(*sorted(DATA.iterdir()), default_date="2023-10-16")
    assert all(a.status in ("ok", "skipped", "failed") for a in arts)
    assert all(a.error for a in arts if a.status != "ok")
    assert all(a.origin for a in arts)


# ---------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-01-04", "2019-01-04"),
        ("2019-01-04T23:30:00+05:00", "2019-01-04"),
        ("2019-01-04 08:00:00", "2019-01-04"),
        ("20190104", "2019-01-04"),
        ("2019/01/04", "2019-01-04"),
        ("04.01.2019", "2019-01-04"),
        ("January 4, 2019", "2019-01-04"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("4 Jan 2019", "2019-01-04"),
        ("Fri, 04 Jan 2019 10:00:00 +0000", "2019-01-04"),
        ("13/04/2019", "2019-04-13"),
        ("04/13/2019", "2019-04-13"),
        ("03/04/2019", None),  # day and month cannot be told apart
        ("2019-02-30", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


# ------------------------------------------------------------------- language


def test_detect_language_english_article():
    text = (DATA / "article.txt").read_text(encoding="utf-8")
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre russe des Affaires étrangères est arrivé lundi à Pékin avant la visite du président.", "fr"),
        ("Министр иностранных дел России прибыл в Пекин в понедельник накануне визита президента.", "ru"),
        ("Der russische Außenminister ist am Montag vor dem Besuch des Präsidenten in Peking eingetroffen.", "de"),
    ],
)
def test_detect_language_other_languages(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "Putin", "12 345 678 -- 2019", "OK, yes."])
def test_detect_language_too_little_text(text):
    assert detect_language(text) is None


def test_detect_language_reads_only_the_opening_of_a_long_text():
    """A 4 MB text is judged by its opening, so its length costs nothing: English first, then
    megabytes of Chinese, is English."""
    english = "\n\n".join([(DATA / "article.txt").read_text(encoding="utf-8")] * 10)  # ~2,200 characters
    text = english + "\n\n" + "中国外交部发言人周一在北京表示，双方将继续加强合作。" * 160_000
    assert len(text) > 4_000_000
    assert detect_language(text) == "en"
    assert detect_language(text[len(english) :]) == "zh"
