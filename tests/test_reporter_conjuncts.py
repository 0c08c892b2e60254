"""A verb of asking or judging the parser coordinated into a reported clause ("X said the arrests
were arbitrary and [called] for ...") is the reporter's act when the clause's subject is a thing
no actor stands for (events.yaml reporter_conjuncts; events/misplaced_subjects.py). Invented
sentences, with negatives: a clause about an actor keeps its subject, other verbs are left."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text, trigger):
    return [(cameo, src, tgt) for t, cameo, src, tgt, _ in coded(code, text) if t == trigger]


def test_a_call_coordinated_into_the_reported_clause_is_the_reporters(code):
    text = "Amnesty International said the trial was unfair and demanded the release of the editors."
    got = _on(code, text, "demanded")
    assert [(c, s) for c, s, _ in got] == [("1053", "NGOAMN")]
    got = _on(code, "The senator said the decision was a mistake and criticised the president.", "criticised")
    assert [c for c, _, _ in got] == ["111"] and all(s is not None for _, s, _ in got)


def test_the_brief_article_the_reporter_calls_on_the_holder(code):
    text = (
        "ALGIERS - Police in Algeria on Friday detained dozens of demonstrators.\n\n"
        "Amnesty International said the arrests were arbitrary and called for the release of all those held."
    )
    assert _on(code, text, "called") == [("0253", "NGOAMN", "DZACOP")]


def test_a_reported_clause_about_an_actor_keeps_its_subject(code):
    got = _on(code, "Witnesses said the protesters were peaceful and demanded reforms.", "demanded")
    assert [s for _, s, _ in got] != ["NGOAMN"] and all((s or "").endswith("CVL") for _, s, _ in got)


def test_another_tense_or_verb_is_not_the_reporters(code):
    # "were ... and [attacked]": no verb of saying or asking; "says ... and [called]": not the reporter's tense
    assert _on(code, "The minister said the plan was ready and attacked the rebels.", "attacked") == []
    text = "Amnesty International says the arrests are arbitrary and called for the release of all those held."
    assert _on(code, text, "called") == []
