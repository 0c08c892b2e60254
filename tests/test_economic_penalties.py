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
    assert _codes(code, "The city council raised the tariff on water for households.") == []
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


def test_sanctions_imposed_in_the_passive_reach_their_target(code):
    # the passive subject is the entry's own object (the act), not the one acted on
    assert ("163", "IGO", "IRN") in [
        (r[0], (r[1] or "")[:3], r[2]) for r in _codes(code, "Sanctions were imposed on Iran by the United Nations.")
    ]
    assert ("163", "USA", "CHN") in _codes(code, "Tariffs were imposed on Chinese steel by the United States.")
    # a passive subject that is an actor stays the target
    assert ("163", "IGO", "RUS") in [
        (r[0], (r[1] or "")[:3], r[2]) for r in _codes(code, "Russia was hit with new sanctions by the European Union.")
    ]


def test_hit_or_targeted_with_sanctions(code):
    assert ("163", "USA", "VEN") in _codes(code, "The United States hit Venezuela with new sanctions.")
    assert ("163", "USAGOV", "RUS") in _codes(code, "Washington targeted Russian oligarchs with sanctions.")
    # a storm or a fine is no sanction of a state
    assert _codes(code, "The storm hit the coast with heavy rain.") == []
    assert _codes(code, "The Kenyan company was hit with a fine.") == []


def test_trade_ties_cut_are_an_embargo_and_diplomatic_ties_stay_161(code):
    assert ("163", "SAU", "QAT") in _codes(code, "Saudi Arabia cut trade links with Qatar.")
    assert ("163", "RUSGOV", "UKR") in _codes(code, "Moscow severed economic ties with Kiev.")
    assert ("161", "EGY", "QAT") in _codes(code, "Egypt cut diplomatic ties with Qatar.")
    assert _codes(code, "The football club cut its links with the sponsor.") == []


def test_exports_restricted_to_another_country(code):
    assert ("163", "CHNGOV", "JPN") in _codes(code, "Beijing restricted rare earth exports to Japan.")
    # a state's own export limit is an administrative measure, not an embargo on anyone
    assert [r[0] for r in _codes(code, "The Indian government restricted rice exports.", ("16",))] == []


def test_sanctions_renewed_and_imports_banned_by_origin(code):
    assert ("163", "IGO", "RUS") in [
        (r[0], (r[1] or "")[:3], r[2]) for r in _codes(code, "The EU prolonged its economic sanctions against Russia.")
    ]
    assert ("163", "RUS", "GEO") in _codes(code, "Russia banned imports of Georgian wine.")
    # a contract renewed or a domestic ban on a product is no trade penalty on a country
    assert _codes(code, "The Kenyan hospital renewed its contract with the firm.") == []
    assert [r[2] for r in _codes(code, "Kenya banned the import of plastic bags.")] == [None]


def test_goods_boycotted_by_a_state_or_by_shoppers(code):
    assert ("163", "SAU", "QAT") in _codes(code, "Saudi Arabia boycotted Qatari imports.", ("16", "14"))
    assert ("143", "TUR", "FRA") in _codes(code, "Turkish shoppers boycotted French goods.", ("16", "14"))
    # an election or talks boycotted are no trade boycott
    assert [r[0] for r in _codes(code, "The Kenyan opposition boycotted the election.", ("16", "14"))] == ["143"]
    assert [r[0] for r in _codes(code, "Kenya boycotted the peace talks.", ("16", "14"))] == []
