"""Right lemmas for the verb forms (and a plural noun) the statistical pipeline's lemmatizer gets wrong.

en_core_web_sm's rule lemmatizer reads "staged" as "stag", "waged" as "wag", "raped" as
"rap" (lemmas.yaml lists them): every rule keyed on the verb's lemma missed these forms, or
repeated its entry under the wrong lemma. The forms are added as patterns to the pipeline's
own `attribute_ruler`, which runs before the lemmatizer (which keeps a lemma already set):
a matcher lookup on the token's text and tag, with no Python pass over the tokens.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import AttributeRuler

from ..rulefile import load_rules
from ..ruleschemas import LemmaRules


def add_lemma_fixes(nlp: Language) -> None:
    """Add lemmas.yaml's verb forms to `nlp`'s attribute_ruler (a pipeline without one, or
    without a lemmatizer, has no such errors to mend and is left as it is)."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    rules = load_rules(LemmaRules)
    tags = {"IN": list(rules.verb_tags)}
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    for form, lemma in rules.verb_lemmas.items():
        ruler.add(patterns=[[{"LOWER": form, "TAG": tags}]], attrs={"LEMMA": lemma})
