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
