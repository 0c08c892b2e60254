"""A "by" + gerund of means the parser hung on the verb's object ("struck a blow against X by
[seizing] Y") tells how the clause's act was done: the gerund's doer is the clause's subject
(ties.means_gerund_main); not on an object that is an act of its own ("condemned the crackdown
by [arresting] X" is how the crackdown was done). Invented sentences, each with a negative."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.coding.events.ties import means_gerund_main
from tests.event_rows import coded


def _on(code, text, trigger):
    return [(c, s) for w, c, s, _, _ in coded(code, text) if w == trigger]


def test_by_gerund_on_the_object_is_the_subjects_act(code):
    text = "Kenyan troops struck a blow against the militants by seizing their base in Somalia."
    assert [s for _, s in _on(code, text, "seizing")] == ["KENMIL"]


def _by_on_object(nlp, noun: str) -> Doc:
    """ "Uganda condemned the <noun> by arresting them", with "by" hung on the object as the
    parser sometimes hangs it."""
    words = ["Uganda", "condemned", "the", noun, "by", "arresting", "them", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "PRON", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "VBG", "PRP", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_by_gerund_on_an_act_noun_is_that_acts_means(nlp):
    acts = {"crackdown"}
    doc = _by_on_object(nlp, "crackdown")
    assert means_gerund_main(doc[5], lambda t: t.lower_ in acts) is None
    doc = _by_on_object(nlp, "blow")
    assert means_gerund_main(doc[5], lambda t: t.lower_ in acts) == doc[1]
