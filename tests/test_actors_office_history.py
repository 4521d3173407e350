"""Office holders over time: a title or description ("the British prime minister", "NATO's
secretary general") names the person who held that office on the article's date, for the G20, the
EU, states often in diplomatic news and the heads of international organizations, 2010 to today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _persons(text, gazetteer, dct):
    return [m.actor.id for m in find_actor_mentions(text, gazetteer, dct=dct) if m.actor.kind == "person"]


def _described(text, gazetteer, dct, holder):
    """What the description in ``text`` resolves to when the text also names ``holder`` later (an office named only
    by title, with no name anywhere in the text, is its state or organization: the holder is no guess)."""
    named = f"{text} Later {gazetteer.entries[holder].actor.name} spoke."
    return [m.actor.id for m in find_actor_mentions(named, gazetteer, dct=dct) if m.via == "description"]


@pytest.mark.parametrize(
    ("text", "dct", "holder"),
    [
        ("The British prime minister told parliament that talks would resume.", date(2017, 3, 29), "theresa-may"),
        ("The British prime minister told parliament that talks would resume.", date(2023, 5, 10), "rishi-sunak"),
        ("The British prime minister told parliament that talks would resume.", date(2010, 3, 1), "gordon-brown"),
        ("The Japanese foreign minister arrived in Seoul on Monday.", date(2015, 12, 28), "fumio-kishida"),
        ("The Japanese foreign minister arrived in Seoul on Monday.", date(2011, 10, 5), "koichiro-gemba"),
        ("The German foreign minister urged restraint.", date(2012, 11, 20), "guido-westerwelle"),
        ("The French president welcomed the ceasefire.", date(2011, 3, 19), "nicolas-sarkozy"),
        ("The Chinese premier met business leaders in Beijing.", date(2012, 4, 2), "wen-jiabao"),
        ("India's prime minister called for dialogue.", date(2013, 9, 27), "manmohan-singh"),
        ("Italy's prime minister said the budget would pass.", date(2012, 1, 10), "mario-monti"),
        ("Australia's foreign minister flew to Jakarta.", date(2012, 9, 4), "bob-carr"),
        ("The Egyptian president addressed the nation.", date(2012, 11, 22), "mohamed-morsi"),
        ("The Polish prime minister rejected the proposal.", date(2019, 2, 14), "mateusz-morawiecki"),
        ("Austria's chancellor defended the decision.", date(2018, 9, 20), "sebastian-kurz"),
        ("The Ukrainian president signed the decree.", date(2013, 11, 21), "viktor-yanukovych"),
        ("NATO's secretary general warned Moscow.", date(2014, 3, 2), "anders-fogh-rasmussen"),
        ("The IAEA director general said inspectors had access.", date(2015, 7, 14), "yukiya-amano"),
        ("The EU foreign policy chief chaired the talks.", date(2013, 11, 24), "catherine-ashton"),
        ("The European Council president arrived for the summit.", date(2016, 6, 28), "donald-tusk"),
        ("The U.S. defense secretary visited the base.", date(2014, 2, 1), "chuck-hagel"),
        ("The North Korean leader inspected a missile launch.", date(2010, 11, 24), "kim-jong-il"),
        ("The North Korean leader inspected a missile launch.", date(2016, 2, 8), "kim-jong-un"),
        ("The Qatari emir received the delegation.", date(2012, 10, 23), "hamad-bin-khalifa"),
        ("The Saudi king received the delegation.", date(2013, 10, 1), "king-abdullah-sau"),
        ("The Swiss president opened the conference.", date(2014, 1, 22), "didier-burkhalter"),
    ],
)
def test_actors_description_names_holder_on_article_date(gazetteer, text, dct, holder):
    assert _described(text, gazetteer, dct, holder) == [holder]
    assert holder not in _persons(text, gazetteer, dct)  # (not named in the text: its state or organization)


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("Britain summoned the Chinese ambassador over the report.", date(2012, 6, 1)),
        ("Britain summoned the Chinese ambassador over the report.", date(2020, 6, 1)),
        ("Britain summoned the Russian ambassador over the report.", date(2016, 6, 1)),
        ("Britain summoned the Russian ambassador over the report.", date(2023, 3, 1)),
        ("China summoned the U.S. ambassador over the report.", date(2018, 6, 1)),
        ("Turkey summoned the Israeli ambassador over the report.", date(2024, 10, 1)),
    ],
)
def test_actors_summoned_ambassador_is_not_the_un_envoy(gazetteer, text, dct):
    """A state's UN (or NATO) ambassador is filed under that organization: "summoned the Chinese
    ambassador" is the envoy to the summoning country, whom the gazetteer does not know."""
    assert _persons(text, gazetteer, dct) == []


G20_REPUBLICS = ("ARG", "BRA", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "MEX", "RUS", "ZAF", "KOR", "TUR", "USA")
G20 = G20_REPUBLICS + ("AUS", "CAN", "JPN", "SAU", "GBR")
_DAYS = [date(y, m, 15) for y in range(2010, 2026) for m in (3, 9)]


@pytest.mark.parametrize(
    ("unit", "category"),
    [(c, "foreign_minister") for c in G20]
    + [(c, "head_of_state") for c in G20_REPUBLICS + ("JPN", "SAU", "GBR")]
    + [(c, "head_of_government") for c in ("AUS", "CAN", "CHN", "FRA", "DEU", "IND", "ITA", "JPN", "RUS", "GBR")]
    + [(org, "organization_head") for org in ("UN", "NATO", "IAEA", "WHO", "ARAB_LEAGUE")]
    + [("EU", "foreign_minister"), ("EC", "head_of_state"), ("EUCO", "head_of_state")],
)
def test_actors_office_has_one_holder_every_half_year_since_2010(gazetteer, unit, category):
    missing = [d for d in _DAYS if gazetteer.holder(unit, category, d) is None]
    assert missing == _VACANT.get((unit, category), [])


# offices that really stood vacant (or had only a stand-in for weeks) on one of the sampled days
_VACANT = {
    ("KOR", "foreign_minister"): [date(2010, 9, 15)],  # Yu Myung-hwan resigned on 4 September, Kim Sung-hwan took over on 8 October
    ("DEU", "head_of_state"): [date(2012, 3, 15)],  # Christian Wulff resigned on 17 February, Joachim Gauck took office on 18 March
}


def _spans(gazetteer, unit, category):
    for pid in gazetteer.offices.get((unit, category), ()):
        for office in gazetteer.entries[pid].offices:
            if (office.country or office.org) == unit and office.category == category:
                yield pid, office.start or date.min, office.end or date.max


# two people really held these at once: Hu Jintao stayed president after Xi Jinping became party
# chief; Hwang Kyo-ahn acted for the impeached Park Geun-hye
_SHARED = {("CHN", "head_of_state"), ("KOR", "head_of_state")}


@pytest.mark.parametrize("category", ["head_of_state", "head_of_government", "foreign_minister", "organization_head"])
def test_actors_terms_of_one_office_do_not_overlap(gazetteer, category):
    """Consecutive holders meet at most on the hand-over day; otherwise the office names nobody."""
    overlaps = []
    for unit, cat in list(gazetteer.offices):
        if cat != category or (unit, cat) in _SHARED:
            continue
        spans = sorted(_spans(gazetteer, unit, cat), key=lambda s: s[1])
        for i, (a, start_a, end_a) in enumerate(spans):
            for b, start_b, end_b in spans[i + 1:]:
                if a != b and start_b < end_a and end_a > date(2010, 1, 1) and start_b + timedelta(days=1) <= end_a:
                    overlaps.append((unit, a, b))
    assert overlaps == []
