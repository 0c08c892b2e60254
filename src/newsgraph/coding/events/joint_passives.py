"""Joint acts told in the passive ("talks between Russia and Ukraine were held", "an agreement
between Ethiopia and Eritrea was signed"). The verb entry that codes the act ("hold talks",
"sign an agreement") has no agent to take as its doer, but the act noun names its parties:
those it is "between" did it together, each with the other, as in "Russia and Ukraine held
talks" (reciprocal.py pairs them). Only verbs the parties themselves do count (events.yaml
joint_act_reports): "a ceasefire between X and Y was brokered" is a mediator's act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...model import Actor
from .elsewhere import Subject
from .lexicon import ModalityWords
from .syntax import children, prep_objects


def joint_parties(
    verb: Token, words: ModalityWords, is_joint: Callable[[Token], bool], actors_of: Callable[[Token], list[Actor]]
) -> Subject | None:
    """The parties of a joint act (`is_joint`, or an agreement: joint_documents) that is the
    passive subject of a verb of doing it, named after "between" on the noun or on the verb
    ("talks were held between X and Y"), when two or more of them are actors ("a meeting
    between Putin and reporters" has one party: not coded so); else None."""
    if verb.lemma_.lower() not in words.joint_act_reports:
        return None
    for noun in children(verb, "nsubjpass"):
        if noun.lemma_.lower() not in words.joint_documents and not is_joint(noun):
            continue
        for between in prep_objects(noun, "between") + prep_objects(verb, "between"):
            parties = actors_of(between)
            if len(parties) > 1:
                return Subject(parties, False, between)
    return None
