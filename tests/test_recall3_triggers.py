"""Issue 13, recall on whole articles: triggers whose conditions failed on common English
(rules/triggers-verbs.yaml, coding/events/matching.py). Sentences are invented; each positive
has a near-identical negative where the rule must not fire.

- an amount as the object counts what it names: "withheld $250 million in military aid" (162);
- aid delayed, blocked or held up is aid stopped for that time (162);
- "called for X to be brought to justice": the "for" of a for-to clause is the verb's "for" (020);
- attending an assembly or a gathering is a meeting (040);
- ordering a heightened alert raises the alert status of forces (150);
- evaluative nouns of disapproval in "called X a <noun>" (111): "a power grab", "a smear".
"""

from __future__ import annotations

import pytest

from tests.trigger_checks import code_of, entry, events, one


def _codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text, trigger, cameo",
    [
        ("The United States withheld $250 million in military aid to Ukraine.", "withheld", "1622"),
        ("Japan froze millions of dollars of aid to Myanmar.", "froze", "162"),
        ("The European Union delayed its humanitarian aid to Sudan on Monday.", "delayed", "1623"),
        ("Hungary blocked the financial aid for Ukraine on Friday.", "blocked", "1621"),
        ("Turkey's foreign minister called for the attackers to be brought to justice.", "called", "020"),
        ("Japan's defence minister ordered a heightened alert for all troops.", "ordered", "150"),
        ("Poland's prime minister called the Russian plan a power grab.", "called", "111"),
        ("France's foreign minister called the Iranian report a smear.", "called", "111"),
    ],
)
def test_recall3_positive(nlp, text, trigger, cameo):
    assert one(nlp, text, trigger).cameo == cameo


def test_attending_an_assembly_reads_as_a_meeting(nlp):
    assert entry(nlp, "Brazil's president attended the World Health Assembly in Geneva.", "attended") == "040"


def test_an_attended_assembly_is_a_visit_to_its_organisation(nlp):
    """The World Health Assembly is the WHO's (events/org_gatherings.py), so the meeting has a
    partner and is not dropped as partnerless; attending it is a visit each way (042/043)."""
    got = _codes(nlp, "Brazil's president attended the World Health Assembly in Geneva.", "attended")
    assert sorted(got) == ["042", "043"]


@pytest.mark.parametrize(
    "text, trigger, not_root",
    [
        # an amount of something that is no aid, and a sum with nothing counted
        ("The United States withheld $250 million in taxes from Ukraine.", "withheld", "16"),
        ("Japan froze millions of dollars in Myanmar's accounts.", "froze", "162"),
        # delaying or blocking something that is no aid
        ("The European Union delayed its vote on Sudan on Monday.", "delayed", "16"),
        ("Hungary blocked the road to Ukraine on Friday.", "blocked", "16"),
        # calling someone to a place, no for-to clause
        ("Turkey's foreign minister called the attackers to the stand.", "called", "02"),
        # attending something that is no meeting
        ("Brazil's president attended the World Cup final in Geneva.", "attended", "04"),
        # ordering something that is no alert
        ("Japan's defence minister ordered an inquiry into all troops.", "ordered", "15"),
        # calling a plan by a word that is no disapproval
        ("Poland's prime minister called the Russian plan a proposal.", "called", "11"),
    ],
)
def test_recall3_negative(nlp, text, trigger, not_root):
    assert not [c for c in _codes(nlp, text, trigger) if c.startswith(not_root)]


# an actor announcing its own coercive or violent act has threatened it (intents.yaml, CAMEO 13)
@pytest.mark.parametrize(
    "text, trigger, threat",
    [
        ("Russia said it will impose sanctions on Ukraine.", "impose", "1312"),
        ("Thailand said it may declare a state of emergency.", "declare", "1324"),
        ("Iran said it would attack Israel if provoked.", "attack", "1384"),
    ],
)
def test_recall3_announced_coercion_is_a_threat(nlp, text, trigger, threat):
    assert threat in _codes(nlp, text, trigger)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Russia said it will not impose sanctions on Ukraine.", "impose"),  # a refusal, not a threat
        ("The EU said Russia will impose sanctions on Ukraine.", "impose"),  # another's act foretold
        ("Thailand declared a state of emergency.", "declared"),  # done, not announced
        ("Iran attacked Israel on Monday.", "attacked"),
    ],
)
def test_recall3_no_threat(nlp, text, trigger):
    assert not [c for c in _codes(nlp, text, trigger) if c.startswith("13")]


def test_recall3_announced_plan_to_coerce_is_a_threat_at_its_target(nlp):
    """ "announced plans to impose sanctions on Russia": the plan's act names the threat's kind and
    target (1312 to Russia); a plan to help stays an intent (03)."""
    e = one(nlp, "The EU announced plans to impose sanctions on Russia.", "announced")
    assert (e.cameo, code_of(e.target)) == ("1312", "RUS")
    e = one(nlp, "The EU announced plans to send aid to Russia.", "announced")
    assert e.cameo.startswith("03")
