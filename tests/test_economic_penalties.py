"""Economic pressure between states (triggers-verbs.yaml, 16 and 08 sections): tariffs raised or
used to retaliate are trade penalties like tariffs imposed (CAMEO 163); a firm put on a trade
blacklist is sanctioned (163) and taken off it the sanction is eased (085); loans and credit held
back are economic assistance stopped (1621); imports or exports blocked or suspended are an
embargo (163). Invented sentences, each with negatives that look alike: a utility's or a firm's
prices, a plain list, a bank's own lending rate, a trade stopped by weather."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(code, text, prefixes=("16", "08")):
    return [row for row in acts(code, text) if row[0].startswith(prefixes)]


def test_tariffs_raised_on_another_countrys_goods(code):
    assert ("163", "USAGOV", "BRA") in _codes(code, "Washington raised tariffs on Brazilian coffee.")
    assert ("163", "FRA", "IND") in _codes(code, "France increased tariffs on imports from India.")
    assert ("163", "JPN", "AUS") in _codes(code, "Japan doubled its tariffs on Australian beef.")
    assert ("163", "USAGOV", "KOR") in _codes(code, "President Obama announced tariffs on steel from South Korea.")


def test_a_utility_tariff_or_a_price_rise_is_no_trade_penalty(code):
    assert _codes(code, "The Ghanaian energy regulator raised electricity tariffs by nine percent.") == []
    assert _codes(code, "The city council increased the water tariff for households.") == []
    assert _codes(code, "The carmaker raised the price of its cars by five percent.") == []
    assert _codes(code, "Shares of the Brazilian coffee grower fell after the tariff news.") == []


def test_retaliating_with_tariffs_or_sanctions(code):
    assert ("163", "BRA", "USA") in _codes(code, "Brazil retaliated with tariffs on American goods.")
    assert ("163", "IND", "FRA") in _codes(code, "India retaliated against France with sanctions.")
    # retaliation by force is no trade penalty
    assert _codes(code, "The insurgents retaliated with rockets on the town.") == []


def test_a_firm_put_on_or_taken_off_a_trade_blacklist(code):
    assert ("163", "USA", "RUS") in _codes(code, "The United States added three Russian banks to its trade blacklist.")
    assert ("163", "USA", "CHN") in _codes(code, "The United States added five Chinese firms to its entity list.")
    assert ("163", "CAN", "RUS") in _codes(code, "Canada put two Russian oligarchs on its sanctions list.")
    assert ("085", "CAN", "IRN") in _codes(code, "Canada removed Iran from its sanctions list.")
    assert ("085", "USAGOV", "TUR") in _codes(code, "Washington took a Turkish bank off its blacklist.")


def test_a_plain_list_is_no_blacklist(code):
    assert _codes(code, "The Brazilian coach added two strikers to the squad list.") == []
    assert _codes(code, "The minister added Peru to the list of countries he will visit.") == []
    assert _codes(code, "The museum put the painting on its list of treasures.") == []


def test_loans_and_credit_held_back_from_a_country(code):
    assert ("1621", "IGO", "KEN") in [
        (r[0], (r[1] or "")[:3], r[2]) for r in _codes(code, "The World Bank suspended loans to Kenya.")
    ]
    assert ("1621", "CHN", "ZMB") in _codes(code, "China froze credit to Zambia.")
    # a bank's own rate is no assistance
    assert _codes(code, "The central bank cut its lending rate.") == []


def test_imports_or_exports_blocked_by_a_state(code):
    assert ("163", "SWE", "ISR") in _codes(code, "Sweden blocked the export of rifles to Israel.")
    assert ("163", "CHN", "CAN") in _codes(code, "China suspended imports of canola from Canada.")
    # weather or a strike stopping a trade is no embargo
    assert _codes(code, "Floods stopped coal exports from the port.") == []
    assert _codes(code, "The dock strike halted oil exports.") == []
