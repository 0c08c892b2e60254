"""A finite clause coordinated with its own subject has a mood of its own (events/syntax.py
`governors`): "the border should be opened, and the protesters [blame] the army" is a report of
blame, not a possibility. Hand-built parses (the model's attachment of such conjuncts varies),
each beside a negative: a conjunct inside a condition ("if X attacks and Y [condemns] it")
shares the condition's mood."""

from __future__ import annotations

import pytest

from newsgraph.coding.nlp import get_pipeline
from tests.handdoc import parse


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _moods(doc) -> dict[str, str]:
    return {e.trigger: e.modality for e in doc._.events}


# "Officials said the border should be opened, and Kenyan protesters blame the army."
_BLAME = """
Officials official NOUN:NNS nsubj 1
said say VERB:VBD ROOT 1
the the DET:DT det 3
border border NOUN:NN nsubjpass 6
should should AUX:MD aux 6
be be AUX:VB auxpass 6
opened open VERB:VBN ccomp 1
, , PUNCT:, punct 6
and and CCONJ:CC cc 6
Kenyan kenyan ADJ:JJ amod 10 B-NORP
protesters protester NOUN:NNS nsubj 11
blame blame VERB:VBP conj 6
the the DET:DT det 13
army army NOUN:NN dobj 11
. . PUNCT:. punct 1
"""

# "If Russia attacks Ukraine and Germany condemns Russia, the talks will end."
_IF = """
If if SCONJ:IN mark 2
Russia Russia PROPN:NNP nsubj 2 B-GPE
attacks attack VERB:VBZ advcl 12
Ukraine Ukraine PROPN:NNP dobj 2 B-GPE
and and CCONJ:CC cc 2
Germany Germany PROPN:NNP nsubj 6 B-GPE
condemns condemn VERB:VBZ conj 2
Russia Russia PROPN:NNP dobj 6 B-GPE
, , PUNCT:, punct 12
the the DET:DT det 10
talks talk NOUN:NNS nsubj 12
will will AUX:MD aux 12
end end VERB:VB ROOT 12
. . PUNCT:. punct 12
"""


def test_a_coordinated_clause_with_its_own_subject_has_its_own_mood(nlp):
    moods = _moods(parse(nlp, _BLAME))
    assert moods.get("blame") == "actual", moods


def test_a_conjunct_inside_a_condition_shares_it(nlp):
    moods = _moods(parse(nlp, _IF))
    assert moods.get("condemns") == "hypothetical", moods
