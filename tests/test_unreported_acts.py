"""Trigger words that name an act the sentence does not report as done (events/unreported.py):
an act urged as due ("it is time for X to"), an act noun only asked for ("called for an
investigation"), a kind of act a habit describes ("G7 meetings usually center on politics") and a
meeting of private life ("visited his mother", "a man whom she met while studying"). GUIDELINE.md
codes political events that happened (or are planned, negated, hypothetical), not wishes, habits
or private life. Invented sentences, each beside a negative where the same words report an act."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [row for row in coded(code, text) if row[0].lower() == trigger]


def test_time_for_x_to_act_urges_it_does_not_report_it(code):
    assert _on(code, "It is long past time for Congress to hold itself accountable.", "hold") == []
    assert _on(code, "It is time for Israel to withdraw its troops from Gaza.", "withdraw") == []


def test_the_same_acts_told_as_done_stay_coded(code):
    assert _on(code, "Congress held the president accountable on Monday.", "held") != []
    assert _on(code, "Israel withdrew its troops from Gaza for the first time.", "withdrew") != []


def test_an_investigation_called_for_is_not_one_launched(code):
    text = "The protesters called for an investigation into the killings by the police."
    assert _on(code, text, "investigation") == []
    assert [r[1] for r in _on(code, text, "called")] == ["020"]  # the appeal stays
    assert _on(code, "French police carried out an investigation into the killings on Monday.", "investigation") != []


def test_a_habit_of_meetings_is_no_meeting(code):
    habit = "The G7 summit opened in Biarritz on Saturday. Unlike the G20, which focuses on economics, G7 meetings with China usually center on politics."
    # with a partner named, so that only the habit tells them apart (partnerless.py drops a meeting with none)
    held = "The G7 summit opened in Biarritz on Saturday. G7 meetings with Chinese officials were held in Paris on Monday."
    assert _on(code, habit, "meetings") == []
    assert _on(code, held, "meetings") != []


def test_visiting_ones_own_mother_is_private_life(code):
    assert _on(code, "The French interior minister visited his mother in Lyon on Monday.", "visited") == []
    assert _on(code, "The French interior minister visited the families of the victims in Lyon on Monday.", "visited") != []


def test_meeting_a_future_spouse_is_private_life(code):
    first = "Spain's Princess Ana met Macron on Monday. "
    assert [r[1] for r in _on(code, first, "met")] == ["040", "040"]
    married = first + "In 1990 Princess Ana married a French diplomat whom she met while studying in Paris."
    assert len(_on(code, married, "met")) == 2  # only the first sentence's meeting
    marriage = first + "She lost her title upon her marriage to a French diplomat whom she met while studying in Paris."
    assert len(_on(code, marriage, "met")) == 2


def test_an_act_one_is_pressured_to_do_is_not_done(code):
    text = "Trump pressured the Ukrainian government to launch an investigation of Biden's son."
    assert _on(code, text, "launch") == []
    assert [r[1] for r in _on(code, text, "pressured")] == ["100"]
    assert _on(code, "The Ukrainian government launched an investigation of Biden's son.", "launched") != []


def test_a_visit_that_was_cancelled_did_not_take_place(code):
    assert _on(code, "Putin's visit to Paris, which was cancelled, was to include talks with Macron.", "visit") == []
    assert _on(code, "Putin's visit to Paris, which ended on Monday, included talks with Macron.", "visit") != []
    postponed = "Putin's visit to Paris, which was postponed to May, will include talks with Macron."
    assert [r[4] for r in _on(code, postponed, "visit")] == ["planned"]


def test_a_threat_that_emerges_or_is_posed_is_a_danger(code):
    assert _on(code, "In 2000, a new threat to Mugabe's rule emerged.", "threat") == []
    assert _on(code, "Iran poses a threat to Israel, the Israeli prime minister said.", "threat") == []
    assert _on(code, "In 2000, threats by the army against Mugabe's rivals grew.", "threats") != []


def test_the_act_an_accusation_alleges_is_left_to_the_accusation(code):
    text = "Critics in Brazil blame President Bolsonaro for encouraging farmers to set fires."
    assert _on(code, text, "encouraging") == []
    assert [r[1] for r in _on(code, text, "blame")] == ["112"]
    assert _on(code, "Bolsonaro encouraged farmers to set fires.", "encouraged") != []


def test_any_one_country_in_a_possibility_is_no_actor(code):
    assert _on(code, "A single EU country could demand that Facebook take down a post.", "demand") == []
    assert [r[4] for r in _on(code, "The EU could demand that Facebook take down a post.", "demand")] == ["hypothetical"]


def test_threats_faced_from_a_named_side_stay_threats(code):
    assert _on(code, "Journalists in Kabul faced threats from the Taliban on Monday.", "threats") != []


def test_an_act_only_believed_is_not_stated_as_fact(code):
    believed = "The CIA and other intelligence agencies reportedly believe the Saudi crown prince ordered Khashoggi's killing."
    said = "The Saudi crown prince ordered Khashoggi's killing, the CIA said."
    assert _on(code, believed, "killing") == []
    assert _on(code, said, "killing") != []


def test_a_speakers_own_i_think_is_a_hedge(code):
    text = 'The British prime minister said, "I think everybody\'s sympathies are very much with the family of Harry Dunn and our condolences to them."'
    assert [r[1] for r in _on(code, text, "condolences")] == ["018"]


def test_an_apology_named_as_a_subject_is_no_apology(code):
    named = 'Judge Jackson of the US District Court stated, "Saying I\'m sorry I got caught is not an inspiring plea for leniency."'
    made = 'Judge Jackson of the US District Court stated, "I\'m sorry to Mexico for the delay."'  # one apologised to: partnerless.py
    assert _on(code, named, "sorry") == []
    assert [r[1] for r in _on(code, made, "sorry")] == ["055"]


def test_a_participle_of_suspicion_on_the_doers_is_no_belief_frame(code):
    text = "Gunmen suspected to be members of Boko Haram on Thursday invaded a village in Borno state, Nigeria."
    assert _on(code, text, "invaded") != []


def test_one_actor_agreeing_with_a_view_is_no_intent(code):
    said = "Regional Governor Mujiv Hataman of the Philippines agreed, saying only this group could have carried out the bombing."
    view = "The Philippine defence minister agreed that the group should be banned."
    assert [r for r in _on(code, said, "agreed") if r[1].startswith("03")] == []
    assert [r for r in _on(code, view, "agreed") if r[1].startswith("03")] == []


def test_agreeing_to_do_a_thing_or_two_sides_agreeing_stays(code):
    assert _on(code, "Russia agreed to help with the investigation on Monday.", "agreed") != []
    assert _on(code, "The Philippine defence minister agreed that the army would withdraw from Jolo.", "agreed") != []
    assert len(_on(code, "Russia and Turkey agreed on Monday.", "agreed")) == 2



def test_a_visit_told_as_cancelled_is_no_visit(code):
    assert _on(code, "Putin's visit to Paris was cancelled.", "visit") == []
    assert _on(code, "Putin's visit to Paris was a success.", "visit") != []


def test_a_stance_held_over_time_is_no_act(code):
    # a verb of stance with an adverb of lasting or former time: a position held, background
    assert _on(code, "The senator had previously opposed the tax bill.", "opposed") == []
    assert _on(code, "Germany had long opposed the sanctions on Russia.", "opposed") == []
    assert _on(code, "The Italian prime minister had previously backed the European Commission.", "backed") == []
    assert _on(code, "Germany has long opposed the sanctions on Russia since 2014.", "opposed") == []


def test_the_same_stance_verbs_told_as_acts_stay_coded(code):
    assert [r[1] for r in _on(code, "The senator opposed the tax bill on Monday.", "opposed")] == ["110"]
    assert _on(code, "Germany had opposed the sanctions at the summit on Friday.", "opposed") != []
    assert _on(code, "Merkel had previously opposed the sanctions on Russia in 2015.", "opposed") != []  # dated: one act
    # an adverb of former time on a verb that is no stance leaves the act coded
    assert _on(code, "The Italian prime minister previously criticised the European Commission.", "criticised") != []


def test_the_aim_a_body_was_founded_for_is_no_act(code):
    # an infinitive of purpose on founding a body names what the body is for
    assert _on(code, "Activists founded a party in 1990 to fight the military government.", "fight") == []
    assert _on(code, "The government set up a commission to investigate the killings by the army.", "investigate") == []
    zanu = "Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white minority rule."
    assert _on(code, zanu, "oppose") == []


def test_a_purpose_of_a_gathering_or_a_deployment_and_a_founders_act_stay_coded(code):
    # no body founded: the purpose clause of gathering, meeting or sending still codes its act
    assert _on(code, "Thousands of students gathered in the square to protest against the Chinese government.", "protest") != []
    assert [r[1] for r in _on(code, "The opposition parties met in Caracas to oppose President Maduro.", "oppose")] == ["110"]
    assert _on(code, "Nigeria sent troops to fight Boko Haram.", "fight") != []
    # the body's act told as done, beside its founding
    founded = "The Nigerian opposition founded a new party in 2018 and fought the military government."
    assert _on(code, founded, "fought") != []


def test_a_place_described_as_occupied_is_its_status_not_an_act(code):
    described = "Trump recognised Israeli sovereignty over the Golan Heights, which belonged to Syria and is occupied by Israel."
    assert _on(code, described, "occupied") == []
    assert _on(code, "The UN considers the Golan Heights Syrian territory occupied by Israel.", "occupied") == []
    assert _on(code, "The UN criticised the elections held in Crimea, which Russia has occupied since 2014.", "occupied") == []


def test_an_occupation_told_with_its_date_or_as_the_main_act_stays_coded(code):
    dated = "Trump recognised Israeli sovereignty over the Golan Heights, which was occupied by Israel in 1967."
    assert [r[1] for r in _on(code, dated, "occupied")] == ["192"]
    assert [r[1] for r in _on(code, "Russian forces occupied the airport in Kherson on Monday.", "occupied")] == ["192"]
    assert _on(code, "Israeli troops occupied the Golan Heights in 1967.", "occupied") != []


def test_an_act_done_on_countless_occasions_is_a_habit(code):
    assert _on(code, "Germany and France disagreed many times over the budget.", "disagreed") == []
    assert _on(code, "On many occasions the Russian army shelled the villages near Donetsk.", "shelled") == []
    assert _on(code, "There were many times when the Kenyan police arrested opposition leaders.", "arrested") == []


def test_acts_on_counted_or_dated_occasions_stay_coded(code):
    assert len(_on(code, "Germany and France disagreed over the budget on Monday.", "disagreed")) == 2
    assert _on(code, "It was the first time that the Kenyan police arrested an opposition leader.", "arrested") != []
    assert _on(code, "The Russian army shelled the villages near Donetsk three times on Monday.", "shelled") != []
    assert _on(code, "The Kenyan police arrested opposition leaders several times last year.", "arrested") != []
