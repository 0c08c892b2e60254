"""code_article() / code_corpus(): statuses, dates, ids, order, failures, long texts."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import pytest

import newsgraph.pipeline as pipeline
from newsgraph.model import ArticleInput, CodedArticle
from newsgraph.pipeline import chunks, code_article, code_corpus
from newsgraph.read import iter_articles
from tests.conftest import ROOT, SAMPLE

SHELLING = "Russian troops shelled Kharkiv on Tuesday."
SANCTIONS = "China condemned the international sanctions imposed on Russia."
VISIT = "Lavrov will visit North Korea on Wednesday and Thursday."
FRENCH = ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé lundi à Pékin avant la "
          "visite du président Vladimir Poutine en Chine, où il doit rencontrer les dirigeants chinois "
          "cette semaine.")
RUSSIAN = ("Министр иностранных дел России Сергей Лавров прибыл в понедельник в Пекин в преддверии визита "
           "президента Владимира Путина в Китай, где он встретится с китайскими лидерами на этой неделе.")


def coded_all(nlp, articles) -> list[CodedArticle]:
    return list(code_corpus(articles, nlp))


def check_spans(text: str, coded: CodedArticle) -> None:
    """Every span of every record points at the text the record quotes."""
    for a in coded.actors:
        assert text[a.span[0]:a.span[1]] == a.text, a
    for e in coded.events:
        assert text[e.span[0]:e.span[1]] == e.trigger, e
        assert e.sentence in text
        for phrase in (e.source_phrase, e.target_phrase):
            if phrase:
                assert text[phrase["span"][0]:phrase["span"][1]] == phrase["text"], e
    for q in coded.quotes:
        assert text[q.span[0]:q.span[1]] == q.text, q
    for f in coded.flags:
        assert text[f.span[0]:f.span[1]] == f.text, f


# ---------------------------------------------------------------- statuses


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_text_is_skipped(nlp, text):
    c = code_article(ArticleInput(text=text, id="empty"), nlp=nlp)
    assert c.article.status == "skipped"
    assert c.article.error == "empty text"
    assert c.article.id == "empty"
    assert not (c.actors or c.events or c.quotes or c.flags)


def test_binary_file_fails(nlp, tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 64)
    (tmp_path / "garbage.txt").write_bytes(bytes(range(128, 256)) * 64)  # no NUL, not UTF-8
    (tmp_path / "fine.txt").write_text(SHELLING, encoding="utf-8")
    out = coded_all(nlp, iter_articles([tmp_path / "blob.txt", tmp_path / "garbage.txt", tmp_path / "fine.txt"],
                                       default_date="2024-05-15"))
    assert [c.article.origin for c in out] == ["blob.txt", "garbage.txt", "fine.txt"]
    assert [c.article.status for c in out] == ["failed", "failed", "ok"]
    assert "binary" in out[0].article.error
    assert "garbage.txt" in out[1].article.error
    assert [e.trigger for e in out[2].events] == ["shelled"]


@pytest.mark.parametrize("text, lang", [(FRENCH, "fr"), (RUSSIAN, "ru")])
def test_non_english_is_skipped_with_its_language(nlp, text, lang):
    c = code_article(ArticleInput(text=text, id=lang, date="2023-10-16"), nlp=nlp)
    assert c.article.status == "skipped"
    assert c.article.language == lang
    assert lang in c.article.error and "English" in c.article.error
    assert not c.events


def test_english_article_is_ok(nlp):
    c = code_article(ArticleInput(text=SHELLING, id="x", date="2024-05-15"), nlp=nlp)
    assert (c.article.status, c.article.error, c.article.language) == ("ok", None, "en")


def test_reader_status_is_kept(nlp):
    bad = ArticleInput(text="", id="f", origin="x.jsonl:3", status="failed", error="x.jsonl:3: malformed JSON")
    c = code_article(bad, nlp=nlp)
    assert (c.article.status, c.article.error) == ("failed", "x.jsonl:3: malformed JSON")


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("text", [SHELLING, SANCTIONS])
def test_missing_date_leaves_events_undated(nlp, text):
    c = code_article(ArticleInput(text=text, id="nodate"), nlp=nlp)
    assert c.article.status == "ok" and c.article.date is None
    assert c.events
    for e in c.events:
        assert (e.date, e.date_end, e.date_text, e.date_precision) == (None, None, None, None)


def test_absolute_date_in_text_needs_no_publication_date(nlp):
    """Regression: time was resolved only when there was a publication date."""
    c = code_article(ArticleInput(text="On 24 February 2022, Russian troops invaded Ukraine.", id="x"), nlp=nlp)
    (e,) = [e for e in c.events if e.trigger == "invaded"]
    assert e.date == "2022-02-24"


@pytest.mark.parametrize("bad", ["not a date", "2023-02-30", "03/04/2023", "2023-13-01"])
def test_invalid_article_date_is_dropped(nlp, bad):
    c = code_article(ArticleInput(text=SHELLING, id="x", date=bad), nlp=nlp)
    assert c.article.status == "ok" and c.article.error is None
    assert c.article.date is None
    assert [e.trigger for e in c.events] == ["shelled"]
    assert c.events[0].date is None


def test_code_article_from_plain_text_and_date(nlp):
    c = code_article(SHELLING, "2024-05-15", nlp=nlp)
    assert c.article.date == "2024-05-15"
    (e,) = c.events
    assert (e.date, e.date_text, e.date_precision) == ("2024-05-14", "Tuesday", "day")


# ---------------------------------------------------------------- ids


def test_id_from_hash_when_missing(nlp):
    a = code_article(ArticleInput(text=SHELLING, date="2024-05-15"), nlp=nlp)
    b = code_article(ArticleInput(text=SHELLING, date="2020-01-01"), nlp=nlp)
    other = code_article(ArticleInput(text=SANCTIONS, date="2024-05-15"), nlp=nlp)
    assert a.article.id == "sha1:" + hashlib.sha1(SHELLING.encode()).hexdigest()[:16]
    assert a.article.id == b.article.id  # the text names the article, nothing else
    assert other.article.id != a.article.id
    # a skipped article gets one too
    assert code_article(ArticleInput(text=FRENCH), nlp=nlp).article.id.startswith("sha1:")


def test_given_id_is_kept(nlp):
    assert code_article(ArticleInput(text=SHELLING, id="my-id"), nlp=nlp).article.id == "my-id"


def test_event_ids_stable_across_runs(nlp, founding):
    again = code_article(ArticleInput(text=SAMPLE.read_text(encoding="utf-8"), id="putin-beijing",
                                      date="2023-10-16", source="DN"), nlp=nlp)
    assert [e.event_id for e in again.events] == [e.event_id for e in founding.events]
    assert again.to_dict() == founding.to_dict()


def test_event_ids_unique_within_an_article(founding):
    ids = [e.event_id for e in founding.events]
    assert ids and len(ids) == len(set(ids))


def test_event_ids_depend_on_the_article(nlp):
    a = code_article(ArticleInput(text=SHELLING, id="one", date="2024-05-15"), nlp=nlp)
    b = code_article(ArticleInput(text=SHELLING, id="two", date="2024-05-15"), nlp=nlp)
    assert a.events[0].event_id != b.events[0].event_id


# ---------------------------------------------------------------- order


def test_order_preserved_across_batches(nlp):
    kinds = [
        ("ok", SHELLING), ("skipped", ""), ("ok", SANCTIONS), ("skipped", FRENCH), ("ok", VISIT),
        ("failed", None), ("skipped", RUSSIAN),
    ]
    articles, expected = [], []
    for i in range(3 * pipeline.BATCH_SIZE // 2):  # crosses a batch boundary
        status, text = kinds[i % len(kinds)]
        if status == "failed":
            articles.append(ArticleInput(text="", id=f"a{i}", status="failed", error="reader said no"))
        else:
            articles.append(ArticleInput(text=text, id=f"a{i}", date="2023-10-16"))
        expected.append((f"a{i}", status, text))
    out = coded_all(nlp, articles)
    assert [(c.article.id, c.article.status) for c in out] == [(i, s) for i, s, _ in expected]
    for c, (_, status, text) in zip(out, expected):
        if status == "ok":
            assert c.events and all(e.sentence == text for e in c.events)


def test_code_corpus_is_lazy(nlp):
    """Results stream: the first article comes out before the input is exhausted."""
    seen = []

    def gen():
        for i in range(3 * pipeline.BATCH_SIZE):
            seen.append(i)
            yield ArticleInput(text=SHELLING, id=f"a{i}", date="2024-05-15")

    it = code_corpus(gen(), nlp)
    first = next(it)
    assert first.article.id == "a0"
    assert len(seen) <= pipeline.BATCH_SIZE + 1


# ---------------------------------------------------------------- failures


@pytest.fixture(scope="module")
def boom_nlp():
    """A pipeline of its own whose events component raises on texts containing BOOM."""
    from newsgraph.nlp import build_pipeline

    nlp = build_pipeline()
    proc = nlp.get_pipe("newsgraph_events")

    class Exploding(type(proc)):  # only this instance: the shared pipeline is left alone
        def __call__(self, doc):
            if "BOOM" in doc.text:
                raise RuntimeError("BOOM in the events component")
            return super().__call__(doc)

    proc.__class__ = Exploding
    return nlp


def test_component_failure_does_not_stop_the_batch(boom_nlp):
    """Regression: spaCy dropped the failed Doc, the next article got its Doc, then StopIteration."""
    articles = [
        ArticleInput(text=SHELLING, id="before", date="2024-05-15"),
        ArticleInput(text="BOOM. Putin visited China on Monday.", id="boom", date="2023-10-16"),
        ArticleInput(text=SANCTIONS, id="after", date="2023-10-16"),
    ]
    out = coded_all(boom_nlp, articles)
    assert [c.article.id for c in out] == ["before", "boom", "after"]
    assert [c.article.status for c in out] == ["ok", "failed", "ok"]
    assert "newsgraph_events" in out[1].article.error and "BOOM" in out[1].article.error
    assert not out[1].events
    assert [e.trigger for e in out[0].events] == ["shelled"]
    assert [e.trigger for e in out[2].events] == ["condemned"]


def test_failure_leaves_the_rest_of_the_batch_as_if_alone(boom_nlp, nlp):
    """Whatever recovery the pipeline does after a failure, the other articles code exactly as alone."""
    others = [ArticleInput(text=t, id=f"o{i}", date="2023-10-16") for i, t in enumerate([SHELLING, SANCTIONS, VISIT])]
    alone = [code_article(ArticleInput(**vars(a)), nlp=nlp).to_dict() for a in others]
    batch = [others[0], ArticleInput(text="BOOM. " + SHELLING, id="boom", date="2023-10-16"), *others[1:]]
    out = coded_all(boom_nlp, [ArticleInput(**vars(a)) for a in batch])
    assert out[1].article.status == "failed"
    assert [c.to_dict() for i, c in enumerate(out) if i != 1] == alone


def test_component_failure_on_a_single_article(boom_nlp):
    c = code_article(ArticleInput(text="BOOM. Putin visited China.", id="boom"), nlp=boom_nlp)
    assert c.article.status == "failed"
    assert "BOOM" in c.article.error


def test_boom_pipeline_codes_normal_text(boom_nlp, nlp):
    """The patched pipeline is otherwise the same as the shared one, and the shared one is untouched."""
    art = ArticleInput(text=SHELLING, id="x", date="2024-05-15")
    assert code_article(art, nlp=boom_nlp).to_dict() == code_article(art, nlp=nlp).to_dict()
    c = code_article(ArticleInput(text="BOOM. " + SHELLING, id="y", date="2024-05-15"), nlp=nlp)
    assert c.article.status == "ok" and c.events


# ---------------------------------------------------------------- pipeline cache


def test_default_pipeline_is_loaded_once():
    probe = textwrap.dedent("""
        import newsgraph.nlp as n
        n.build_pipeline = lambda *a, **k: object()  # no model load: only the cache is under test
        a = n.get_pipeline()
        b = n.get_pipeline(n.DEFAULT_MODEL, ())
        c = n.get_pipeline(model=n.DEFAULT_MODEL)
        print(a is b is c)
    """)
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


# ---------------------------------------------------------------- long texts


def test_chunks_cover_the_text_exactly():
    text = SAMPLE.read_text(encoding="utf-8")
    big = "\n\n".join([text] * 5)
    pieces = chunks(big, 6000)
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == big
    for off, piece in pieces:
        assert big[off:off + len(piece)] == piece
        assert len(piece) <= 6000


def test_short_text_is_one_chunk():
    assert chunks("Putin visited China.", 100) == [(0, "Putin visited China.")]


def test_chunks_prefer_paragraph_breaks():
    sentence = "Russian troops shelled Kharkiv on Tuesday and the Ukrainian army answered at once. "
    paragraph = textwrap.fill(sentence * 11, 70)  # ~900 characters in hard-wrapped lines, as in wire copy
    text = "\n\n".join([paragraph] * 20)
    pieces = chunks(text, 2000)
    assert len(pieces) > 1
    for _, piece in pieces[:-1]:
        assert piece.endswith("\n\n"), repr(piece[-80:])


@pytest.fixture(scope="module")
def multi_chunk(nlp):
    """The founding article 4 times, coded in chunks that are exactly one copy each."""
    text = SAMPLE.read_text(encoding="utf-8")
    big = "\n\n".join([text] * 4)
    # the window reaches past the "\n\n" after a copy but not to the next copy's first line break
    size = len(text) + 2 + text.index("\n") // 2
    mp = pytest.MonkeyPatch()
    real = pipeline.chunks
    mp.setattr(pipeline, "chunks", lambda t, size=size: real(t, size))
    try:
        assert [p for _, p in pipeline.chunks(big)] == [text + "\n\n"] * 3 + [text]
        coded = code_article(ArticleInput(text=big, id="four", date="2023-10-16"), nlp=nlp)
        single = code_article(ArticleInput(text=text, id="four", date="2023-10-16"), nlp=nlp)
    finally:
        mp.undo()
    return text, big, coded, single


def test_multi_chunk_spans_point_at_the_text(multi_chunk):
    _, big, coded, _ = multi_chunk
    assert coded.article.status == "ok"
    check_spans(big, coded)


def test_multi_chunk_matches_the_single_copy(multi_chunk):
    text, _, coded, single = multi_chunk
    n = len(single.events)
    assert n and len(coded.events) == 4 * n
    n_sents = max(e.sentence_index for e in single.events) + 1
    bases = []
    for k in range(4):
        part = coded.events[k * n:(k + 1) * n]
        shift = k * (len(text) + 2)
        assert [e.span for e in part] == [[s + shift for s in e.span] for e in single.events]
        # the source and target phrases are whole-text spans too, not the piece's
        phrases = [(e.source_phrase, e.target_phrase) for e in part]
        assert phrases == [tuple(_shifted(p, shift) for p in (e.source_phrase, e.target_phrase))
                           for e in single.events]
        assert [(e.trigger, e.cameo, e.source, e.target, e.date, e.modality) for e in part] == \
               [(e.trigger, e.cameo, e.source, e.target, e.date, e.modality) for e in single.events]
        base = part[0].sentence_index - single.events[0].sentence_index
        assert [e.sentence_index - base for e in part] == [e.sentence_index for e in single.events]
        bases.append(base)
    # each copy starts the same number of sentences after the one before, at least a copy long
    steps = {b - a for a, b in zip(bases, bases[1:])}
    assert bases[0] == 0 and len(steps) == 1 and steps.pop() >= n_sents
    assert len(coded.quotes) == 4 * len(single.quotes)
    assert len(coded.flags) == 4 * len(single.flags)


def _shifted(phrase: dict | None, shift: int) -> dict | None:
    return phrase and {"text": phrase["text"], "span": [s + shift for s in phrase["span"]]}


def test_multi_chunk_sentence_indices_increase(multi_chunk):
    _, _, coded, _ = multi_chunk
    for records in (coded.events, coded.quotes):
        idx = [r.sentence_index for r in records]
        assert idx == sorted(idx)
        assert idx[-1] > idx[0]


def test_multi_chunk_event_ids_unique(multi_chunk):
    _, _, coded, _ = multi_chunk
    ids = [e.event_id for e in coded.events]
    assert len(ids) == len(set(ids)), f"{len(ids) - len(set(ids))} of {len(ids)} event ids repeated"


@pytest.fixture(scope="module")
def several_mb(nlp):
    """About 3 MB: the founding article repeated with paragraph breaks, coded whole."""
    text = SAMPLE.read_text(encoding="utf-8")
    big = "\n\n".join([text] * (3_000_000 // (len(text) + 2) + 1))
    assert len(big) > 3_000_000
    coded = code_article(ArticleInput(text=big, id="big", date="2023-10-16"), nlp=nlp)
    return big, coded


@pytest.mark.slow  # 3-6 minutes: the bare spaCy parse of 3 MB is most of it
def test_several_mb_text_is_coded_with_true_spans(several_mb):
    big, coded = several_mb
    assert coded.article.status == "ok"
    assert len(coded.events) > 1000
    check_spans(big, coded)
    idx = [e.sentence_index for e in coded.events]
    assert idx == sorted(idx) and idx[-1] > 1000
