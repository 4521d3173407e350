"""Build bench/gold9/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Monday" in Monday's wire,
"on Tuesday" in Wednesday's paper, "last month"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold9/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, of_last_week, past, span, week, year  # noqa: E402,F401
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


# ---- wire-windsor-framework-sunak-von-der-leyen-2023: wire .txt, DCT Monday 2023-02-27 (dateline) ----
DCT = d("2023-02-27")
MON = past(DCT, "Monday")
RS, UVL, UK, EU = "Rishi Sunak", "Ursula von der Leyen", "United Kingdom", "EU"
SAME = "no date of its own in the body of Monday's wire: the day of the lead, the DCT 2023-02-27"
ARTICLES["wire-windsor-framework-sunak-von-der-leyen-2023"] = (DCT, [
    E("sealed", "Ursula von der Leyen sealed a new", "AGREE", RS, UVL, [RS, UVL], "occurred", day(MON),
      "'on Monday' in Monday's wire = the DCT", loc="Windsor",
      also=[("deal", "Under the deal, goods")]),
    E("talked", "The two leaders talked over lunch", "CONSULT", RS, UVL, [RS, UVL], "occurred", day(MON),
      SAME, mode="host", loc="Windsor"),
    E("presented", "where they presented what", "ANNOUNCE", RS, None, [RS, UVL], "occurred", day(MON),
      "'then' after the lunch: " + SAME, loc="Windsor"),
    E("told", "Sunak told the news conference", "STATEMENT", RS, None, [RS], "occurred", day(MON), SAME,
      loc="Windsor"),
    E("said", "Von der Leyen said it marked", "STATEMENT", UVL, None, [UVL], "occurred", day(MON), SAME,
      loc="Windsor"),
    E("praised", "praised the prime minister", "SUPPORT", UVL, RS, [UVL, RS], "occurred", day(MON), SAME,
      loc="Windsor"),
    E("took tea", "where she took tea with King Charles", "CONSULT", UVL, "King Charles III", [UVL, "King Charles III"],
      "occurred", day(MON), "'then' after the news conference: " + SAME, mode="visit", loc="Windsor",
      also=[("audience", "The audience drew criticism")]),
    E("set out", "set out the terms in the House", "STATEMENT", RS, None, [RS], "occurred", day(MON),
      "'in the evening' of the story day: " + SAME, loc="London"),
    E("reserved", "reserved its judgment", "STATEMENT", "Democratic Unionist Party", None,
      ["Democratic Unionist Party", "Jeffrey Donaldson"], "occurred", day(MON),
      "a same-day reaction with no date word in Monday's wire: the DCT (guidelines)",
      also=[("said", "Donaldson, said the party")]),
    E("welcomed", "Mary Lou McDonald welcomed the deal", "SUPPORT", "Mary Lou McDonald", None, ["Mary Lou McDonald"],
      "occurred", day(MON), "same-day reaction: the DCT"),
    E("urged", "urged the unionists to get back", "DEMAND", "Mary Lou McDonald", "Democratic Unionist Party",
      ["Mary Lou McDonald", "Democratic Unionist Party"], "occurred", day(MON), "same-day reaction: the DCT"),
    E("welcomed", "Leo Varadkar welcomed the framework", "SUPPORT", "Leo Varadkar", None, ["Leo Varadkar"],
      "occurred", day(MON), "same-day reaction in Dublin: the DCT", loc="Dublin",
      also=[("thanked", "thanked both negotiating teams")]),
    E("issued a statement", "Joe Biden issued a statement", "SUPPORT", "Joe Biden", None, ["Joe Biden"],
      "occurred", day(MON), "same-day reaction in Washington: the DCT; praise, so SUPPORT", loc="Washington"),
    E("visiting", "looked forward to visiting the island", "CONSULT", "Joe Biden", "Ireland", ["Joe Biden"],
      "planned", NONE, "a visit he looks forward to, no date given", mode="visit"),
    E("agreed", "Protocol was agreed as part", "AGREE", UK, EU, [UK, EU], "occurred", month(2019, 10),
      "background: 'in October 2019'"),
    E("dropped", "The bill will now be dropped", "CONCEDE", UK, EU, [UK, EU], "planned", NONE,
      "a future step with no date"),
    E("resumed", "Formal talks resumed in January", "CONSULT", UK, EU, [UK, EU], "occurred", month(2023, 1),
      "'in January' before a February DCT = January 2023"),
    E("held several video calls", "Cleverly held several video calls", "CONSULT", "Maros Sefcovic", "James Cleverly",
      ["Maros Sefcovic", "James Cleverly"], "occurred", span(d("2023-01-01"), DCT),
      "after talks resumed in January and before the deal: January 1 to the DCT", mode="phone"),
    E("visited", "Sunak visited Belfast", "CONSULT", RS, None, [RS], "occurred", month(2023, 2),
      "'earlier this month' = February 2023", mode="visit", loc="Belfast"),
    E("meeting", "A meeting between the EU and British", "CONSULT", EU, UK, [EU, UK], "planned", month(2023, 3),
      "'next month' = March 2023"),
])


# ---- seoul-trilateral-summit-china-japan-korea-2024: .md same-day report, no weekday, DCT Mon 2024-05-27 --
DCT = d("2024-05-27")
SUN = DCT - timedelta(days=1)
YS, FK, LQ, KR, JP, CN, NK = "Yoon Suk Yeol", "Fumio Kishida", "Li Qiang", "South Korea", "Japan", "China", "North Korea"
SAME = "same-day report with no date word for the story day: the DCT 2024-05-27"
ARTICLES["seoul-trilateral-summit-china-japan-korea-2024"] = (DCT, [
    E("summit", "first three-way summit in more", "CONSULT", KR, None, [YS, FK, LQ], "occurred", day(DCT), SAME,
      mode="host", loc="Seoul",
      also=[("hosted", "Yoon Suk Yeol hosted Prime"), ("talks", "for talks that lasted"),
            ("summit", "Hours before the summit opened")]),
    E("agreed", "the three governments agreed to hold", "AGREE", KR, None, [KR, JP, CN], "occurred", day(DCT),
      "in the declaration adopted at the summit: " + SAME, loc="Seoul",
      also=[("pledging", "pledging to make the meetings"), ("committed", "They also committed")]),
    E("adopted", "The three then adopted", "ANNOUNCE", YS, None, [YS, FK, LQ], "occurred", day(DCT),
      "'then', after the talks: " + SAME, loc="Seoul"),
    E("spoke", "spoke to reporters together", "STATEMENT", YS, None, [YS, FK, LQ], "occurred", day(DCT), SAME,
      loc="Seoul"),
    E("negotiations", "resume negotiations on a three-way", "CONSULT", KR, None, [KR, JP, CN], "planned", NONE,
      "a commitment with no timetable: planned, undated"),
    E("notified", "Pyongyang notified Japan", "ANNOUNCE", NK, JP, [NK, JP], "occurred", day(DCT),
      "'Hours before the summit opened': " + SAME),
    E("urged", "Yoon urged North Korea", "DEMAND", YS, NK, [YS, NK], "occurred", day(DCT),
      "at the news conference after the summit: " + SAME, loc="Seoul"),
    E("calling on", "calling on Pyongyang to cancel", "DEMAND", FK, NK, [FK, NK], "occurred", day(DCT), SAME,
      loc="Seoul", also=[("joined", "Kishida joined him")]),
    E("warned", "warned against forming blocs", "DISAPPROVE", LQ, None, [LQ], "occurred", day(DCT), SAME,
      loc="Seoul", also=[("said", "he said China opposed")]),
    E("condemned", "Seoul and Tokyo condemned", "DISAPPROVE", KR, NK, [KR, JP, NK], "occurred", day(DCT),
      "after the launch 'late in the evening': " + SAME),
    E("lodged a protest", "lodged a protest through", "DISAPPROVE", JP, NK, [JP, NK], "occurred", day(DCT), SAME),
    E("visit", "Li used his visit", "CONSULT", LQ, KR, [LQ, KR], "ongoing", span(SUN, DCT),
      "in Seoul from the day before the summit ('a day before') to the DCT; no departure told", mode="visit",
      loc="Seoul"),
    E("meeting", "bilateral meeting with Yoon", "CONSULT", LQ, YS, [LQ, YS], "occurred", day(SUN),
      "'a day before the summit' = 2024-05-26", mode="visit", loc="Seoul"),
    E("agreed", "The two agreed to launch", "AGREE", LQ, YS, [LQ, YS], "occurred", day(SUN),
      "at the meeting the day before the summit", loc="Seoul"),
    E("met", "Kishida and Li met separately", "CONSULT", FK, LQ, [FK, LQ], "occurred", day(SUN),
      "'that evening' = the day before the summit", mode="third-party", loc="Seoul"),
    E("asked", "asked for his early release", "DEMAND", FK, LQ, [FK, LQ], "occurred", day(SUN),
      "at the evening meeting the day before the summit", loc="Seoul", also=[("raised", "Kishida raised the detention")]),
    E("agreed", "the two agreed to keep talking", "AGREE", FK, LQ, [FK, LQ], "occurred", day(SUN),
      "at the evening meeting the day before the summit", loc="Seoul"),
    E("held talks", "also held talks with Yoon", "CONSULT", FK, YS, [FK, YS], "occurred", day(SUN),
      "'that day' = the day before the summit", mode="visit", loc="Seoul"),
    E("praised", "the two leaders praised the progress", "SUPPORT", FK, YS, [FK, YS], "occurred", day(SUN),
      "at the talks the day before the summit", loc="Seoul"),
    E("summit", "The previous trilateral summit", "CONSULT", CN, None, [CN, JP, KR], "occurred", month(2019, 12),
      "background: 'in December 2019'", mode="host", loc="Chengdu"),
    E("meeting", "Plans for a meeting in 2020", "CONSULT", None, None, [CN, JP, KR], "cancelled", year(2020),
      "planned for 2020 and shelved"),
    E("host", "Japan would host the next summit", "CONSULT", JP, None, [JP, CN, KR], "planned", NONE,
      "'No date has been set'", mode="host"),
    E("called for", "Li called for a new start", "DEMAND", LQ, None, [LQ], "occurred", day(DCT),
      "'After the press conference': " + SAME, loc="Seoul"),
])


# ---- analysis-wang-yi-pacific-islands-tour-2022: .md analysis retelling the week, DCT Wed 2022-06-01 ----
DCT = d("2022-06-01")
THU, FRI, SAT, SUN, MON, TUE = (past(DCT, x) for x in ("Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday"))
WY, PW, FB, CN, AU = "Wang Yi", "Penny Wong", "Frank Bainimarama", "China", "Australia"
ARTICLES["analysis-wang-yi-pacific-islands-tour-2022"] = (DCT, [
    E("landed", "Wang Yi landed in Honiara", "CONSULT", WY, "Solomon Islands", [WY, "Solomon Islands"], "occurred",
      day(THU), "under the heading 'Thursday' in Wednesday's paper = 2022-05-26", mode="visit", loc="Honiara",
      also=[("visit", "kept away from most of the visit")]),
    E("confirmed", "two countries confirmed a security agreement", "AGREE", "Solomon Islands", CN,
      ["Solomon Islands", CN], "occurred", month(2022, 4), "'a month after' the May 26 landing = April 2022"),
    E("held talks", "He held talks with Prime Minister Manasseh", "CONSULT", WY, "Manasseh Sogavare",
      [WY, "Manasseh Sogavare"], "occurred", day(THU), "under 'Thursday', no date word of its own",
      mode="visit", loc="Honiara"),
    E("signed", "two governments signed a set", "AGREE", CN, "Solomon Islands", [CN, "Solomon Islands"], "occurred",
      day(THU), "under 'Thursday'", loc="Honiara"),
    E("flew", "flew to Suva and told", "CONSULT", PW, "Fiji", [PW, "Fiji"], "occurred", span(THU, FRI),
      "'The same day' (Thursday) she flew to Suva; she was still there on Friday", mode="visit", loc="Suva"),
    E("told", "Suva and told a regional audience", "STATEMENT", PW, None, [PW], "occurred", day(THU),
      "'The same day' = Thursday 2022-05-26", loc="Suva"),
    E("flew on", "Wang flew on to Kiribati", "CONSULT", WY, "Kiribati", [WY, "Kiribati"], "occurred", day(FRI),
      "under 'Friday' = 2022-05-27", mode="visit"),
    E("switched its recognition", "switched its recognition", "SANCTION", "Kiribati", "Taiwan", ["Kiribati", "Taiwan", CN],
      "occurred", year(2019), "background: 'in 2019'"),
    E("met", "met President Taneti Maamau", "CONSULT", WY, "Taneti Maamau", [WY, "Taneti Maamau"], "occurred",
      day(FRI), "under 'Friday'", mode="visit"),
    E("met", "Wong, meanwhile, met Fiji's", "CONSULT", PW, FB, [PW, FB], "occurred", day(FRI),
      "under 'Friday', 'meanwhile'", mode="visit", loc="Suva"),
    E("posted", "who afterwards posted", "STATEMENT", FB, None, [FB], "occurred", day(FRI),
      "'afterwards', under 'Friday'"),
    E("signed", "Fiame Naomi Mataafa, signed", "AGREE", WY, "Fiame Naomi Mataafa", [WY, "Fiame Naomi Mataafa"],
      "occurred", day(SAT), "under 'Saturday' = 2022-05-28", loc="Apia"),
    E("told", "Fiame told local reporters", "STATEMENT", "Fiame Naomi Mataafa", None, ["Fiame Naomi Mataafa"],
      "occurred", day(SAT), "under 'Saturday'", loc="Apia"),
    E("reached", "Wang reached Fiji", "CONSULT", WY, "Fiji", [WY, "Fiji"], "occurred", span(SUN, MON),
      "reached Fiji under 'Sunday' and was in Suva under 'Monday'", mode="visit"),
    E("met", "where he met Bainimarama", "CONSULT", WY, FB, [WY, FB], "occurred", day(SUN),
      "under 'Sunday' = 2022-05-29", mode="visit"),
    E("written", "had written to fellow leaders", "DISAPPROVE", "David Panuelo", CN, ["David Panuelo", CN],
      "occurred", week(SUN - timedelta(days=7)), "'the week before' the Sunday: the ISO week of May 16-22"),
    E("meeting", "co-chaired a meeting of China", "CONSULT", WY, None, [WY, FB], "occurred", day(MON),
      "under 'Monday' = 2022-05-30", loc="Suva", also=[("meeting", "the Suva meeting had")]),
    E("said", "Bainimarama said the region", "STATEMENT", FB, None, [FB], "occurred", day(MON), "under 'Monday'",
      loc="Suva"),
    E("told", "Wang told reporters that China", "STATEMENT", WY, None, [WY], "occurred", day(MON), "under 'Monday'",
      loc="Suva"),
    E("publish", "China would publish a position paper", "ANNOUNCE", CN, None, [CN], "planned", NONE,
      "a promise with no date"),
    E("urged", "urged the West not", "DEMAND", WY, None, [WY], "occurred", day(MON), "under 'Monday'", loc="Suva"),
    E("arrived", "The Chinese minister arrived in Tonga", "CONSULT", WY, "Tonga", [WY, "Tonga"], "occurred", day(TUE),
      "under 'Tuesday' = 2022-05-31", mode="visit"),
    E("held talks", "held talks with Prime Minister Siaosi", "CONSULT", WY, "Siaosi Sovaleni", [WY, "Siaosi Sovaleni"],
      "occurred", day(TUE), "under 'Tuesday'", mode="visit"),
    E("denied", "the foreign ministry denied", "STATEMENT", CN, None, [CN], "occurred", day(TUE), "under 'Tuesday'",
      loc="Beijing"),
    E("is in Vanuatu", "Wang is in Vanuatu", "CONSULT", WY, "Vanuatu", [WY, "Vanuatu"], "ongoing", day(DCT),
      "under 'Today' = the DCT", mode="visit"),
    E("goes on", "goes on to Papua New Guinea", "CONSULT", WY, "Papua New Guinea", [WY, "Papua New Guinea"],
      "planned", NONE, "next stops, no day given", mode="visit"),
    E("visit", "plans to visit Samoa", "CONSULT", PW, "Samoa", [PW, "Samoa", "Tonga"], "planned", week(DCT),
      "'later this week' = the ISO week of the Wednesday DCT", mode="visit"),
])


# ---- mexico-city-north-american-leaders-summit-2023: .md Wednesday paper, lead 'on Tuesday' -----------
DCT = d("2023-01-11")
TUE, MON, SUN = past(DCT, "Tuesday"), past(DCT, "Monday"), past(DCT, "Sunday")
JB, JT, AMLO, US, CA, MX = "Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador", "United States", "Canada", "Mexico"
SAME = "no date word of its own in Wednesday's paper: the day of the lead, 'on Tuesday' = 2023-01-10"
ARTICLES["mexico-city-north-american-leaders-summit-2023"] = (DCT, [
    E("agreed", "López Obrador agreed on Tuesday", "AGREE", JB, None, [JB, JT, AMLO], "occurred", day(TUE),
      "'on Tuesday' in Wednesday's paper = 2023-01-10", loc="Mexico City"),
    E("met", "The three leaders met for about", "CONSULT", JB, None, [JB, JT, AMLO], "occurred", day(TUE), SAME,
      loc="Mexico City",
      also=[("Summit", "North American Leaders' Summit held"), ("session", "the three-way session"),
            ("summit", "The summit came after")]),
    E("issued", "later issued a declaration", "ANNOUNCE", JB, None, [JB, JT, AMLO], "occurred", day(TUE),
      "'later' the same day: " + SAME, loc="Mexico City"),
    E("told", "Biden told a joint news conference", "STATEMENT", JB, None, [JB], "occurred", day(TUE),
      "'afterwards': " + SAME, loc="Mexico City", also=[("said", "He said the United States would keep")]),
    E("asked", "He asked for investment", "DEMAND", AMLO, US, [AMLO, JB, JT], "occurred", day(TUE), SAME,
      loc="Mexico City", also=[("press", "platform to press his guests"), ("repeated", "repeated that Washington")]),
    E("said", "said Canada was ready", "STATEMENT", JT, None, [JT], "occurred", day(TUE), SAME, loc="Mexico City"),
    E("raised", "He also raised the complaints", "DISAPPROVE", JT, MX, [JT, MX], "occurred", day(TUE), SAME,
      loc="Mexico City", also=[("told", "he told reporters")]),
    E("meeting", "held a bilateral meeting over breakfast", "CONSULT", JT, AMLO, [JT, AMLO], "occurred", day(TUE),
      "'Before the three-way session': " + SAME, mode="visit", loc="Mexico City"),
    E("spoke", "spoke with Biden on the margins", "CONSULT", JT, JB, [JT, JB], "occurred", day(TUE), SAME,
      mode="third-party", loc="Mexico City"),
    E("agreed", "agreed to keep working together", "AGREE", JT, JB, [JT, JB], "occurred", day(TUE), SAME,
      loc="Mexico City"),
    E("hosted", "López Obrador hosted Biden for talks", "CONSULT", AMLO, JB, [AMLO, JB], "occurred", day(MON),
      "'On Monday' in Wednesday's paper = 2023-01-09", mode="host", loc="Mexico City"),
    E("told", "told him that the United States", "DISAPPROVE", AMLO, US, [AMLO, JB], "occurred", day(MON),
      "at Monday's talks", loc="Mexico City"),
    E("replied", "Biden replied, with a smile", "STATEMENT", JB, None, [JB], "occurred", day(MON), "at Monday's talks",
      loc="Mexico City"),
    E("dinner", "held a dinner for the two", "CONSULT", AMLO, None, [AMLO, JB, JT], "occurred", day(MON),
      "'In the evening' of Monday", mode="host", loc="Mexico City"),
    E("landed", "Biden had landed on Sunday", "CONSULT", JB, MX, [JB, AMLO], "occurred", span(SUN, TUE),
      "landed 'on Sunday' (2023-01-08), flew home after Tuesday's news conference", mode="visit", loc="Mexico City",
      also=[("flew home", "He flew home after")]),
    E("hailed", "The Mexican side hailed", "SUPPORT", MX, None, [MX, "Marcelo Ebrard"], "occurred", span(TUE, DCT),
      "an undated reaction in Wednesday's paper: between the summit and the DCT",
      also=[("said", "Ebrard said on Twitter")]),
    E("host", "Canada will host the next", "CONSULT", CA, None, [CA, US, MX], "planned", NONE, "no date given",
      mode="host"),
    E("held", "the previous one was held", "CONSULT", US, None, [US, CA, MX], "occurred", month(2021, 11),
      "background: 'in November 2021'", mode="host", loc="Washington"),
])


# ---- japan-philippines-reciprocal-access-signing-2024: .md Tuesday paper, nominalizations ------------------
DCT = d("2024-07-09")
MON = past(DCT, "Monday")
JP, PH, CN, YK, GT, FM = "Japan", "Philippines", "China", "Yoko Kamikawa", "Gilberto Teodoro", "Ferdinand Marcos Jr."
SAME = "no date word of its own in Tuesday's paper: the day of the lead, 'on Monday' = 2024-07-08"
ARTICLES["japan-philippines-reciprocal-access-signing-2024"] = (DCT, [
    E("signed", "the Philippines signed a defence pact", "AGREE", JP, PH, [JP, PH, YK, GT, FM], "occurred", day(MON),
      "'on Monday' in Tuesday's paper = 2024-07-08", loc="Manila",
      also=[("signing", "The signing took place"), ("put their names", "put their names to"),
            ("ceremony", "Monday's ceremony")]),
    E("meeting", "second \"two-plus-two\" meeting", "CONSULT", JP, PH, [YK, "Minoru Kihara", GT, "Enrique Manalo"],
      "occurred", day(MON), "it preceded 'Monday's ceremony': " + SAME, mode="visit", loc="Manila",
      also=[("sat down", "Minoru Kihara sat down"), ("talks", "At the talks, the Japanese")]),
    E("joint statement", "The ministers' joint statement", "ANNOUNCE", JP, None, [JP, PH], "occurred", day(MON), SAME,
      loc="Manila"),
    E("expressed serious concern", "expressed serious concern", "DISAPPROVE", JP, CN, [JP, PH, CN], "occurred",
      day(MON), SAME, loc="Manila", also=[("voiced strong opposition", "voiced strong opposition")]),
    E("pledged", "pledged continued support", "SUPPORT", JP, PH, [JP, PH], "occurred", day(MON), "at the talks: " + SAME,
      loc="Manila"),
    E("agreed", "the two sides agreed to begin", "AGREE", JP, PH, [JP, PH], "occurred", day(MON), "at the talks: " + SAME,
      loc="Manila"),
    E("courtesy call", "The four ministers' courtesy call", "CONSULT", YK, FM, [YK, "Minoru Kihara", GT, "Enrique Manalo", FM],
      "occurred", day(MON), "'later in the afternoon' of the story day: " + SAME, mode="visit", loc="Manila"),
    E("called", "Marcos called the pact", "SUPPORT", FM, JP, [FM, JP], "occurred", day(MON), SAME, loc="Manila",
      also=[("thanked", "thanked Tokyo")]),
    E("warned", "warned the two countries", "DISAPPROVE", CN, JP, [CN, JP, PH], "occurred", span(MON, DCT),
      "an undated reaction ('swift') in Tuesday's paper: between the signing and the DCT",
      also=[("said", "spokesman said the Asia-Pacific")]),
    E("said", "who said at a news briefing", "STATEMENT", GT, None, [GT], "occurred", span(MON, DCT),
      "an undated answer in Tuesday's paper: between the signing and the DCT"),
    E("welcomed", "Washington welcomed the agreement", "SUPPORT", "United States", None, ["United States"], "occurred",
      span(MON, DCT), "an undated reaction in Tuesday's paper", also=[("called", "State Department called it")]),
    E("negotiation", "Its negotiation was launched", "CONSULT", JP, PH, [JP, PH], "occurred", month(2023, 11),
      "'in November' before a July DCT = November 2023"),
    E("visit", "Kishida's visit to Manila", "CONSULT", "Fumio Kishida", PH, ["Fumio Kishida", FM], "occurred",
      month(2023, 11), "'in November' = November 2023", mode="visit", loc="Manila"),
    E("address", "first Japanese leader to address", "STATEMENT", "Fumio Kishida", PH, ["Fumio Kishida"], "occurred",
      month(2023, 11), "during the November 2023 visit", loc="Manila"),
    E("trip", "Marcos's trip to Tokyo", "CONSULT", FM, JP, [FM, JP], "occurred", month(2023, 2),
      "'in February last year' in a 2024 paper = February 2023", mode="visit", loc="Tokyo"),
    E("agreement", "produced an agreement on disaster", "AGREE", PH, JP, [PH, JP], "occurred", month(2023, 2),
      "the February 2023 trip 'had already produced' it"),
    E("joined", "Marcos joined Kishida", "CONSULT", FM, None, [FM, "Fumio Kishida", "Joe Biden"], "occurred",
      month(2024, 4), "'In April' before a July DCT = April 2024", loc="Washington",
      also=[("summit", "first three-way summit")]),
    E("visit", "the Kamikawa visit would", "CONSULT", YK, PH, [YK, PH], "occurred", day(MON),
      "the Monday visit to Manila: " + SAME, mode="visit", loc="Manila"),
    E("exercises", "resumption of navy exercises", "COOPERATE", JP, PH, [JP, PH], "planned", NONE,
      "'expected in the coming months': no calendar period"),
    E("patrols", "taking part in joint patrols", "COOPERATE", JP, PH, [JP, PH], "hypothetical", NONE,
      "'would consider': hypothetical, undated"),
])


# ---- ohrid-kosovo-serbia-implementation-annex-2023: .md Sunday paper, lead 'late on Saturday', background -----
DCT = d("2023-03-19")
SAT = past(DCT, "Saturday")
AK, AV, JBo, XK, RS, EU = "Albin Kurti", "Aleksandar Vučić", "Josep Borrell", "Kosovo", "Serbia", "EU"
SAME = "no date word of its own in Sunday's paper: the day of the lead, 'late on Saturday' = 2023-03-18"
ARTICLES["ohrid-kosovo-serbia-implementation-annex-2023"] = (DCT, [
    E("agreed", "Kosovo and Serbia agreed late", "AGREE", XK, RS, [XK, RS, EU], "occurred", day(SAT),
      "'late on Saturday' in Sunday's paper = 2023-03-18", loc="Ohrid",
      also=[("deal", "We have a deal"), ("accepted", "two sides had accepted")]),
    E("talks", "twelve hours of talks", "CONSULT", XK, RS, [AK, AV, JBo, "Miroslav Lajcak"], "occurred", day(SAT),
      "ended late on Saturday: " + SAME, mode="third-party", loc="Ohrid",
      also=[("session", "trilateral session that dragged"), ("talks", "who hosted the talks")]),
    E("told", "Josep Borrell told reporters", "STATEMENT", JBo, None, [JBo], "occurred", day(SAT),
      "'shortly before midnight' of the story day: " + SAME, loc="Ohrid",
      also=[("said", "He said the two sides")]),
    E("meetings", "began with separate meetings", "CONSULT", JBo, None, [JBo, "Miroslav Lajcak", AK, AV], "occurred",
      day(SAT), "'The day began': " + SAME, mode="third-party", loc="Ohrid", also=[("saw", "Lajcak saw Prime")]),
    E("told", "Vucic told Serbian journalists", "REJECT", AV, None, [AV], "occurred", day(SAT),
      "after the talks ('It was not a dramatic day'): " + SAME, loc="Ohrid",
      also=[("said", "He said he had agreed")]),
    E("accused", "accused Kurti of refusing", "DISAPPROVE", AV, AK, [AV, AK], "occurred", day(SAT), SAME, loc="Ohrid"),
    E("complained", "Kurti, for his part, complained", "DISAPPROVE", AK, EU, [AK, EU], "occurred", day(SAT), SAME,
      loc="Ohrid"),
    E("said", "He said the text was an international", "STATEMENT", AK, None, [AK], "occurred", day(SAT), SAME,
      loc="Ohrid"),
    E("called on", "He called on Serbia to stop", "DEMAND", AK, RS, [AK, RS], "occurred", day(SAT), SAME, loc="Ohrid"),
    E("admitted", "Borrell admitted that", "STATEMENT", JBo, None, [JBo], "occurred", day(SAT), SAME, loc="Ohrid"),
    E("rejected", "Serbia had rejected", "REJECT", RS, EU, [RS, EU], "occurred", day(SAT),
      "the more ambitious text was turned down at the talks: " + SAME, loc="Ohrid"),
    E("warned", "He warned that failure", "THREATEN", JBo, None, [JBo, XK, RS], "occurred", day(SAT), SAME, loc="Ohrid"),
    E("welcomed", "The State Department welcomed", "SUPPORT", "United States", None, ["United States"], "occurred",
      span(SAT, DCT), "an undated reaction in Sunday's paper: between the deal and the DCT"),
    E("urged", "urged both leaders to move", "DEMAND", "United States", None, ["United States", AK, AV], "occurred",
      span(SAT, DCT), "an undated reaction in Sunday's paper"),
    E("welcomed", "Germany's foreign office also welcomed", "SUPPORT", "Germany", None, ["Germany"], "occurred",
      span(SAT, DCT), "an undated reaction in Sunday's paper"),
    E("accepted", "accepted in principle", "AGREE", AK, None, [AK, AV], "occurred", month(2023, 2),
      "background: 'last month' = February 2023", loc="Brussels"),
    E("meeting", "at a meeting in Brussels", "CONSULT", JBo, None, [JBo, AK, AV], "occurred", month(2023, 2),
      "'last month' = February 2023", mode="host", loc="Brussels"),
    E("announced", "Borrell announced that no further", "ANNOUNCE", JBo, None, [JBo], "occurred", month(2023, 2),
      "'then', at the February meeting"),
    E("said", "Vucic had said then", "REJECT", AV, None, [AV], "occurred", month(2023, 2), "'then' = last month"),
    E("declared independence", "declared independence in 2008", "ANNOUNCE", XK, None, [XK, RS], "occurred", year(2008),
      "background: 'in 2008'"),
    E("reached", "In 2013 they reached", "AGREE", XK, RS, [XK, RS], "occurred", year(2013), "background: 'In 2013'"),
    E("resign", "judges to resign in November", "PROTEST", None, None, ["Kosovo Serbs"], "occurred", month(2022, 11),
      "'Last year ... in November' = November 2022"),
    E("put up barricades", "Serbs put up barricades", "PROTEST", None, None, ["Kosovo Serbs"], "occurred",
      month(2022, 12), "'in December' of last year = December 2022"),
    E("put his army on high alert", "put his army on high alert", "MOBILIZE", AV, XK, [AV, XK], "occurred",
      month(2022, 12), "same sentence as the December barricades = December 2022"),
    E("meeting", "at the next meeting with Borrell", "CONSULT", XK, None, [XK, RS, JBo], "planned", NONE,
      "no date given", loc="Brussels"),
])


if __name__ == "__main__":
    build()
