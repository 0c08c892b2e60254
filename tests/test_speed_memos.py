"""What the coder reads once instead of again (the speed work of session 17) gives what reading
again gave: the text a Doc is made from is its text, a span's date expressions are memoed per
Doc and dropped with the other memos, and the agent-word prefilter of `AgentPhrases.find`
drops no agent phrase."""

from __future__ import annotations

import datetime as dt

from newsgraph.coding.component import MEMO_PREFIX, TEXT_MEMO
from newsgraph.coding.pipeline import DocContext, new_doc
from newsgraph.coding.when.expressions import find

TEXTS = [
    "Lawmakers in Pakistan  met\ton Monday.\n\n  The  rebels said they fled.",
    "Both Ministers said the Attorneys General from Ohio sued the head of US diplomacy on 4 May.",
    "Rebels in Mali attacked a police station; the Kenyan National Police Service said a queen of comedy "
    "and Senate Minority Leader Chuck Schumer's aides met the Pope in Rome.",
    "Crown Prince Mohammed met Deputy Prime Minister Ali and the secretary of state, whose spokesmen "
    "and a café owner’s daughters denied it last week.",
]


def test_a_new_doc_carries_its_text(nlp):
    for text in TEXTS:
        doc = new_doc(nlp, text, DocContext(dt.date(2019, 5, 6), "a1"))
        assert doc.user_data[TEXT_MEMO] == (len(doc), doc.text)
        assert doc.text == text


def test_date_expressions_are_read_once_per_span_and_dropped(nlp):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser"]):
        doc = nlp(TEXTS[1] + " They returned on Friday.")
    first, second = list(doc.sents)[:2]
    assert find(first) is find(first)  # memoed, not read again
    assert [doc[x.start : x.end].text for x in find(first)] == ["4 May"]
    assert find(second) is not find(first)
    assert find(first) is find(first)  # still there after another sentence was read
    coded = nlp(TEXTS[1])
    assert not [k for k in coded.user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]


class _Everything:
    """A word set holding every word: `find` without its prefilter."""

    def __contains__(self, word: object) -> bool:
        return True


def test_the_agent_word_prefilter_drops_no_phrase(nlp):
    phrases = nlp.get_pipe("newsgraph_actors").phrases
    words = phrases.term_words
    for text in TEXTS:
        doc = nlp(text)
        found = [phrases.find(t) for t in doc]
        phrases.term_words = _Everything()
        try:
            unfiltered = [phrases.find(t) for t in doc]
        finally:
            phrases.term_words = words
        assert [(p.head.i, p.agent.term, p.country) if p else None for p in found] == [
            (p.head.i, p.agent.term, p.country) if p else None for p in unfiltered
        ]
        assert any(found)


def test_tokens_with_finds_what_a_pass_over_the_doc_finds(nlp):
    from spacy.attrs import LEMMA, LOWER

    from newsgraph.coding.component import tokens_with

    lists = [
        frozenset({"met", "said", "the", "zebra"}),
        frozenset({"rebels"}),
        frozenset({"zebra", "quagga"}),  # no word of the text
        {"and": 1, "of": 2, "pope": 3},  # not a frozenset: hashed on each call
        ["in", "on", "in"],
    ]
    for text in TEXTS:
        doc = nlp(text)
        for words in lists:
            assert tokens_with(doc, LOWER, words) == [t for t in doc if t.lower_ in words]
            assert tokens_with(doc, LEMMA, words) == [t for t in doc if t.lemma_ in words]
        assert tokens_with(doc, LOWER, frozenset()) == []


def test_words_tagged_reads_the_tags_again_once_forgotten(nlp):
    from newsgraph.coding.component import forget_tags, words_tagged

    doc = nlp(TEXTS[2])
    for sent in doc.sents:
        assert words_tagged(sent, ("NOUN", "VERB")) == [t for t in sent if t.pos_ in ("NOUN", "VERB")]
    noun = next(t for t in doc if t.pos_ == "NOUN")
    noun.pos_ = "VERB"  # as the events stage's mending of the parse retags a word
    forget_tags(doc)
    assert noun in words_tagged(noun.sent, ("VERB",))


def test_children_of_a_leaf_and_of_a_head(nlp):
    from newsgraph.coding.events.syntax import children

    doc = nlp(TEXTS[1])
    deps = ("nsubj", "dobj", "prep")
    for tok in doc:
        assert children(tok, *deps) == [c for c in tok.children if c.dep_ in deps]


def test_words_lemmatized_reads_the_lemmas_again_once_forgotten(nlp):
    from newsgraph.coding.component import forget_tags, words_lemmatized

    doc = nlp("The rebels were behind it. It is not. Officials said the report was wrong and they are sure.")
    for sent in doc.sents:
        for lemma in ("be", "say", "zebra"):
            assert words_lemmatized(sent, lemma) == [t for t in sent if t.lemma_ == lemma]
    said = next(t for t in doc if t.lower_ == "said")
    said.lemma_ = "be"  # as the events stage's mending of the parse relemmatizes a word
    forget_tags(doc)
    assert said in words_lemmatized(said.sent, "be")


def test_entity_of_is_the_whole_entity(nlp):
    from newsgraph.coding.component import entity_of

    doc = nlp(TEXTS[2])
    for ent in doc.ents:
        for tok in ent:
            found = entity_of(tok)
            assert found is not None and (found.start, found.end, found.text) == (ent.start, ent.end, ent.text)
    assert all(entity_of(t) is None for t in doc if not t.ent_type_)


def test_a_words_objects_are_read_once_for_all_its_entries(nlp):
    """`Matcher.match` reads a word's objects once for all its entries: the entry it picks from a
    word's list is the first that matches alone, as when each entry read them anew."""
    matcher = nlp.get_pipe("newsgraph_events").matcher
    doc = nlp(
        "The army withdrew some of its troops from the border. The minister issued a statement of "
        "condemnation. The government sent 20 tonnes of food to the refugees and imposed sanctions on Iran. "
        "The rebels launched an assault west of the town, which the army joined."
    )
    tried = 0
    for tok in doc:
        pos = {"VERB": "verb", "NOUN": "noun"}.get(tok.pos_)
        cands = matcher.triggers.get((tok.lemma_.lower(), pos), [])
        if not any(t.objects for t in cands):
            continue
        tried += 1
        alone = next((r for t in cands if (r := matcher.match(tok, [t])) is not None), None)
        assert matcher.match(tok, cands) == alone
    assert tried >= 4
