"""Actor.same_as: the one test of "do two mentions name one actor" that the refusal, date and
pronoun stages share."""

from newsgraph.model import Actor


def _actor(text: str, code: str | None, kb_id: str | None = None, name: str | None = None, how: str = "") -> Actor:
    resolved = "pronoun" if how == "context:pronoun" else None
    return Actor(text, [0, len(text)], kb_id, name, code[:3] if code else None, code[3:] if code else None, code,
                 how=how, resolved_by=resolved)


def test_kb_entry_decides_when_either_has_one() -> None:
    assert _actor("Chile", "CHL", "country:CHL").same_as(_actor("Chile", "CHL", "country:CHL"))
    assert not _actor("Chile", "CHL", "country:CHL").same_as(_actor("Chileans", "CHL"))
    assert not _actor("Putin", "RUSGOV", "person:Q7747").same_as(_actor("Lavrov", "RUSGOV", "person:Q1"))


def test_name_decides_next() -> None:
    assert _actor("Judge Miller", "USAJUD", name="Miller").same_as(_actor("Miller", "USAJUD", name="Miller"))
    assert not _actor("Judge Miller", "USAJUD", name="Miller").same_as(_actor("Judge Brown", "USAJUD", name="Brown"))


def test_a_pronoun_is_its_antecedent_by_code() -> None:
    government = _actor("the Ugandan government", "UGAGOV")
    assert government.same_as(_actor("it", "UGAGOV", how="context:pronoun"))
    assert not government.same_as(_actor("it", "KENGOV", how="context:pronoun"))


def test_other_mentions_need_the_same_words() -> None:
    assert _actor("the police", "KENCOP").same_as(_actor("police", "KENCOP"))
    assert not _actor("a minister", "KENGOV").same_as(_actor("the president", "KENGOV"))
    assert not _actor("police", "KENCOP").same_as(None)
