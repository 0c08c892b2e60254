"""A demand, criticism, rejection or praise of a government's policy or act is aimed at that
government (issue 14, events/policy_targets.py; CAMEO codes criticism of a policy as criticism
of its government): the owner the policy noun names, else, with none named, the government of
the article's main country when the source belongs to it. Each with a negative: a foreign
source, an abstract noun, an owner of another country, a non-state owner, the source's own
proposal. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"
D = "NAIROBI - "  # a dateline: the article is set in Kenya


def event(code, text: str, trigger: str):
    c = code(D + text, DAY)
    assert c.article.status == "ok", c.article.error
    (e,) = [e for e in c.events if e.trigger.lower() == trigger]
    return e


def target_code(e) -> str | None:
    return e.target.get("code") if e.target else None


# -- no owner named: the government of the setting, for a source of that country --------------
def test_domestic_criticism_of_the_plan_is_aimed_at_the_government(code):
    e = event(code, "The Kenyan opposition leader criticised the plan on Monday.", "criticised")
    assert e.cameo.startswith("11") and target_code(e) == "KENGOV"


def test_calling_the_move_names_the_government(code):
    e = event(code, "The Kenyan opposition leader called the move a betrayal of voters.", "called")
    assert e.cameo.startswith("11") and target_code(e) == "KENGOV"


def test_the_country_itself_is_not_its_own_governments_critic(code):
    # "Kenya condemned the sanctions" in a Kenya story: the sanctions are others', not Nairobi's own
    e = event(code, "Kenya condemned the international sanctions imposed on Sudan.", "condemned")
    assert e.cameo.startswith("11") and e.source["country"] == "KEN" and e.target is None


def test_a_domestic_official_still_criticises_the_government(code):
    # negative: a Kenyan minister criticising an unowned plan is domestic politics
    e = event(code, "A Kenyan minister criticised the plan on Monday.", "criticised")
    assert e.cameo.startswith("11") and target_code(e) == "KENGOV"


def test_a_foreign_source_names_no_one(code):
    e = event(code, "China criticised the plan on Monday.", "criticised")
    assert e.source["country"] == "CHN" and e.target is None


def test_an_abstract_noun_is_no_governments_policy(code):
    e = event(code, "The Kenyan opposition leader condemned violence on Monday.", "condemned")
    assert e.cameo.startswith("11") and e.target is None


def test_a_demand_on_what_the_budget_must_include(code):
    e = event(code, "Kenyan lawmakers insisted that the budget include funding for schools.", "insisted")
    assert e.cameo.startswith("10") and target_code(e) == "KENGOV"


def test_rejecting_the_budget(code):
    e = event(code, "Kenyan lawmakers rejected the budget on Tuesday.", "rejected")
    assert e.cameo.startswith("12") and target_code(e) == "KENGOV"


def test_proposing_a_bill_is_the_sources_own_act(code):
    e = event(code, "Kenyan lawmakers proposed a bill on Tuesday.", "proposed")
    assert e.target is None


def test_a_demand_about_the_bill_one_step_inside_the_object(code):
    e = event(code, "Kenyan protesters demanded the withdrawal of the bill.", "demanded")
    assert e.cameo.startswith("10") and target_code(e) == "KENGOV"


def test_a_foreign_demand_about_the_bill_names_no_one(code):
    e = event(code, "Chinese officials demanded the withdrawal of the bill.", "demanded")
    assert e.source["country"] == "CHN" and e.target is None


# -- an owner named: that owner ------------------------------------------------------------
def test_a_named_owner_of_another_country(code):
    e = event(code, "The Kenyan opposition leader criticised Germany's decision on Monday.", "criticised")
    assert e.target["country"] == "DEU"


def test_a_non_state_owner_is_not_the_government(code):
    e = event(code, "Kenyan lawmakers rejected the company's plan on Tuesday.", "rejected")
    assert e.target["code"] != "KENGOV" and e.target["sector"] != "GOV"


# -- an election and its result: the state's that held it, whoever the source ---------------
def test_a_foreign_states_endorsement_of_an_election_result_is_aimed_at_the_host_government(code):
    text = "Odinga won the presidential election, but the European Union did not endorse the result."
    e = event(code, text, "endorse")
    assert e.cameo == "051" and e.modality == "negated" and target_code(e) == "KENGOV"
    e = event(code, "The United States rejected the results of the referendum on Monday.", "rejected")
    assert e.cameo.startswith("12") and target_code(e) == "KENGOV"


def test_a_result_of_no_election_is_no_governments(code):
    # the result of an investigation or a match, or a result with no election named, is no state's
    e = event(code, "The United States rejected the results of the investigation on Monday.", "rejected")
    assert target_code(e) is None
    e = event(code, "The United States criticised the result of the football match.", "criticised")
    assert target_code(e) is None
    e = event(code, "The United States criticised the result on Monday.", "criticised")
    assert target_code(e) is None


def test_an_election_placed_elsewhere_is_that_countrys_and_a_country_does_not_judge_its_own(code):
    # set in Kenya, about an election the text places in Uganda: Uganda's government
    e = event(code, "Kenya's president rejected the results of the election in Uganda.", "rejected")
    assert target_code(e) == "UGAGOV"
    # the country named as a whole judging its own election is aimed at no one
    e = event(code, "Kenya criticised the election on Monday.", "criticised")
    assert target_code(e) is None
