"""Two readings of a speaker's quoted words (quoted.py). "My colleagues" are others of the
speaker's body (events.yaml `quoted_peers`): an appeal to them or an evaluation of them has them
as its target, not the speaker ("'I urge my colleagues to pass the bill'" 02, the speaker's
country to itself). A statement joined before a correlative comparative ("... and the farther
you go, the safer we will be") keeps the mood of its own words (correlatives.py), though the parse
hangs it under the comparative's "would"/"will". Sentences are invented; negatives beside them
(a quotation that merely describes, a thing evaluated, a negated or hypothetical statement)."""

from __future__ import annotations

from tests.event_rows import acts


def _of(got, root):
    return [a for a in got if a[0].startswith(root)]


def test_an_appeal_to_my_colleagues_targets_the_speakers_body(code):
    got = acts(code, 'US Senator Tom Harlan said, "I urge my colleagues to pass this bill quickly."')
    assert [a for a in _of(got, "02") if a[1] == "USALEG" and a[2] == "USA"]


def test_my_colleagues_as_the_subject_of_an_evaluation_are_evaluated(code):
    got = acts(code, 'US Senator Tom Harlan said, "My colleagues are dishonourable."')
    assert ("111", "USALEG", "USA") in got


def test_my_colleagues_described_are_no_event(code):
    assert acts(code, 'US Senator Tom Harlan said, "My colleagues were tired after a long day."') == []
    assert acts(code, 'US Senator Tom Harlan said, "My colleagues and I worked all night on this bill."') == []


def test_a_quotation_that_merely_describes_is_no_event(code):
    assert acts(code, 'US Senator Tom Harlan said, "It was a long day."') == []


def test_an_evaluated_thing_is_no_actor(code):
    assert not _of(acts(code, 'US Senator Tom Harlan said, "The new bridge is a disaster."'), "11")


_SPEAKER = "Iran's President Hassan Rouhani spoke on Sunday in Tehran. "


def test_a_statement_before_a_correlative_comparative_is_stated(code):
    text = (
        _SPEAKER + '"Your presence has always been a calamity for this region and the farther you go from our '
        'region, the more security would come for our region", he continued in the speech.'
    )
    assert [a for a in _of(acts(code, text), "111") if a[1] == "IRNGOV"]


def test_a_hypothetical_or_negated_statement_before_a_correlative_is_no_evaluation(code):
    would = (
        _SPEAKER + '"Your presence would be a calamity for this region and the farther you go from our '
        'region, the more security would come for our region", he continued in the speech.'
    )
    never = (
        _SPEAKER + '"Your presence has not been a calamity for this region and the longer you stay, the '
        'better it will be for our region", he continued in the speech.'
    )
    assert not _of(acts(code, would), "11")
    assert not _of(acts(code, never), "11")


def test_a_description_before_a_correlative_is_no_event(code):
    text = _SPEAKER + '"It has been a long year and the sooner it ends, the happier we will be", he continued.'
    assert not _of(acts(code, text), "11") and not _of(acts(code, text), "05")


def test_a_statement_before_a_correlative_said_to_an_addressee_evaluates_it(code):
    text = (
        "Venezuela's President Luis Mora spoke on Sunday in Caracas. \"Your sanctions have been a disaster for "
        'our people and the longer you keep them, the poorer our children will be", he told the American envoy.'
    )
    assert ("111", "VENGOV", "USA") in acts(code, text)
