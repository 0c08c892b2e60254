"""A participle hung on a passive verb that names its doer in a "by" phrase is that doer's act:
"the convoy was ambushed by Taliban fighters, [killing] three soldiers" (the fighters killed,
not the convoy), and the victims of the passive are never the doer of a noun-like participle the
parser hung on it ("civilians were killed by Russian [shelling]"). A raised subject without a
"by" phrase keeps its reading ("Putin is expected to meet Xi"). All sentences are invented."""

from __future__ import annotations

from .event_rows import acts


def test_the_agent_of_the_passive_does_the_participles_act(code):
    found = acts(code, "The convoy was ambushed by Taliban fighters near Kandahar, killing three Afghan soldiers.")
    # the killing, by the fighters (the Taliban: Afghanistan's rulers on the test's date), of the soldiers
    assert [(c, (src or "")[:3], tgt) for c, src, tgt in found if tgt == "AFG"] == [("190", "AFG", "AFG")]
    assert all((src or "").startswith("AFG") for _, src, _ in found)


def test_the_passive_subject_is_never_the_doer_of_a_participle_on_its_agent(code):
    found = acts(code, "Five civilians were killed by Russian shelling in Kharkiv.")
    assert not [a for a in found if (a[1] or "").endswith("CVL") or a[1] == "CVL"]  # not the civilians' act


def test_an_active_main_clause_still_gives_the_participles_doer(code):
    found = acts(code, "Kenyan troops attacked the town of Kismayo, killing ten Somali fighters.")
    assert ("190", "KENMIL", "SOM") in found


def test_a_raised_subject_without_an_agent_is_still_the_doer(code):
    assert ("036", "RUSGOV", "CHN") in acts(code, "Putin is expected to meet Xi in Beijing next week.")


def test_a_reduced_passive_clause_acts_on_the_main_subject(code):
    # "if attacked" is "if it is attacked": the main clause's subject undergoes it, no doer named
    found = acts(code, "Venezuela threatened to cut oil exports if attacked.")
    assert [a for a in found if a[0].startswith("19")] == [("190", None, "VEN")]
    # with its own subject the clause keeps it ("if it attacks" is Venezuela's act)
    found = acts(code, "Venezuela said it would retaliate if Colombia attacked its border posts.")
    assert [a[1] for a in found if a[0].startswith("19")] == ["COL"]
