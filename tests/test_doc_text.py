"""`doc_text`: the Doc's text built once per Doc (spaCy's `Doc.text` joins every token at each
access), rebuilt when the tokens change, and dropped by the quotes stage, the last that reads it."""

from __future__ import annotations

from newsgraph.coding.component import MEMO_PREFIX, TEXT_MEMO, doc_text

TEXT = 'Police said "the attackers fled north" on Monday.\n\nThe army denied it.'


def test_is_the_docs_text_and_built_once(nlp):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)  # the same string, not joined again


def test_rebuilt_when_the_tokens_change(nlp):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = nlp(TEXT)
    doc.user_data[TEXT_MEMO] = (len(doc), "stale")
    assert doc_text(doc) == "stale"  # the memo is trusted while the token count holds
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert doc_text(doc) == TEXT


def test_the_pipeline_leaves_no_memo(nlp):
    doc = nlp(TEXT)
    assert not doc._.error
    assert TEXT_MEMO not in doc.user_data
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]  # none at all
    assert [q.text for q in doc._.quotes] == ["the attackers fled north"]
