"""Build bench/heldout4/events.jsonl from the hand annotations below (HELD-OUT set: do not tune to it).

Each annotation names its trigger and a short unique piece of the article around it (``ctx``); the
helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and every date
is computed with ``datetime`` from the rule the note gives ("on Monday" before the DCT, "the next day",
"Thursday of last week", "in August of last year"), so no occurrence number or weekday is typed by hand.

Run: python bench/heldout4/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, of_last_week, past, span, year  # noqa: E402
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


# ---- wire-un-assembly-rejects-jerusalem-recognition-2017: wire .txt, DCT Thursday 2017-12-21 (dateline) ----
DCT = d("2017-12-21")
MON, TUE, WED, THU = (past(DCT, x) for x in ("Monday", "Tuesday", "Wednesday", "Thursday"))
TR, NH, BN, RTE = "Donald Trump", "Nikki Haley", "Benjamin Netanyahu", "Tayyip Erdogan"
GA, US = "UN General Assembly", "United States"
ARTICLES["wire-un-assembly-rejects-jerusalem-recognition-2017"] = (DCT, [
    E("voted", "voted by a large majority on Thursday", "DISAPPROVE", GA, US, [GA, US], "occurred", day(THU),
      "'voted ... on Thursday' = the Thursday DCT 2017-12-21", loc="New York",
      also=[("rejects", "UN assembly rejects"), ("adopted", "was adopted by 128"), ("vote", "before Thursday's vote"),
            ("vote", "welcomed the vote as")]),
    E("requested", "Yemen and Turkey requested", "DEMAND", "Yemen", GA, ["Yemen", "Turkey", GA], "occurred",
      span(MON, THU), "requested 'after the U.S. veto' of Monday 2017-12-18 for Thursday's session: between the two"),
    E("blocked", "Washington blocked an Egyptian-drafted", "REJECT", US, "Egypt", [US, "Egypt", "UN Security Council"],
      "occurred", day(MON), "'That veto came on Monday' before the Thursday DCT = 2017-12-18", loc="New York",
      also=[("veto", "U.S. veto earlier in the week"), ("veto", "That veto came")]),
    E("called", "Haley called Monday's vote", "DISAPPROVE", NH, "UN Security Council", [NH, "UN Security Council"],
      "occurred", day(MON), "her remark on 'Monday's vote' = 2017-12-18", loc="New York"),
    E("told", "she told delegates", "THREATEN", NH, GA, [NH, GA], "occurred", day(THU),
      "'before Thursday's vote' = the DCT 2017-12-21", loc="New York",
      also=[("said", "She said the embassy would be moved")]),
    E("written", "Haley had written to dozens", "THREATEN", NH, None, [NH], "occurred", day(TUE),
      "'on Tuesday' before the Thursday DCT = 2017-12-19", also=[("warning", "warning that she would report")]),
    E("telling", "telling reporters that countries", "THREATEN", TR, None, [TR], "occurred", day(WED),
      "'on Wednesday at a Cabinet meeting' before the Thursday DCT = 2017-12-20", loc="Washington"),
    E("accused", "accused Washington of bullying", "DISAPPROVE", "Mevlut Cavusoglu", US, ["Mevlut Cavusoglu", US],
      "occurred", day(THU), "speech in the session of Thursday 2017-12-21 (the vote's debate)", loc="New York"),
    E("urged", "al-Maliki urged members", "DEMAND", "Riyad al-Maliki", GA, ["Riyad al-Maliki", GA], "occurred",
      day(THU), "speech in the Thursday session 2017-12-21", loc="New York"),
    E("welcomed", "welcomed the vote as a victory", "SUPPORT", "Nabil Abu Rudeineh", GA,
      ["Nabil Abu Rudeineh", "Mahmoud Abbas", GA], "occurred", day(THU),
      "reaction with no date of its own to Thursday's vote in Thursday's wire = 2017-12-21", loc="Ramallah"),
    E("rejected", "Israel rejected the resolution outright", "REJECT", BN, GA, [BN, GA], "occurred", day(THU),
      "same-day reaction to Thursday's vote = 2017-12-21", loc="Jerusalem"),
    E("thanked", "thanked Trump and Haley", "SUPPORT", BN, TR, [BN, TR, NH], "occurred", day(THU),
      "same-day reaction to Thursday's vote = 2017-12-21", loc="Jerusalem"),
    E("told", "had told a rally earlier in the day", "DISAPPROVE", RTE, TR, [RTE, TR], "occurred", day(THU),
      "'earlier in the day' of the Thursday vote = 2017-12-21", loc="Ankara"),
    E("said", "said the world had given", "STATEMENT", RTE, US, [RTE, US], "occurred", day(THU),
      "same-day reaction to Thursday's vote = 2017-12-21", loc="Ankara"),
    E("talks", "due in Paris on Friday for talks", "CONSULT", "Mahmoud Abbas", "Emmanuel Macron",
      ["Mahmoud Abbas", "Emmanuel Macron"], "planned", day(future(DCT, "Friday")),
      "'is due ... on Friday' after the Thursday DCT = 2017-12-22", mode="visit", loc="Paris"),
    E("said", "whose government has said it disagrees", "DISAPPROVE", "France", US, ["France", US], "occurred",
      span(d("2017-12-06"), THU), "'has said' it disagrees with the decision of December 6: between it and the DCT"),
    E("announcement", "Trump's announcement on December 6", "ANNOUNCE", TR, "Israel", [TR, US, "Israel"], "occurred",
      day(d("2017-12-06")), "'on December 6' of the DCT's year = 2017-12-06", loc="Washington",
      also=[("recognition", "States' recognition of Jerusalem"), ("decision", "disagrees with the U.S. decision"),
            ("decision", "The decision set off")]),
    E("protests", "set off protests across", "PROTEST", None, US, [US], "occurred", day(d("2017-12-07")),
      "'the next day' after the announcement of 2017-12-06 = 2017-12-07"),
    E("meeting", "Islamic Cooperation, meeting in Istanbul", "CONSULT", "OIC", None, ["OIC"], "occurred",
      day(d("2017-12-13")), "'on December 13' of the DCT's year = 2017-12-13", loc="Istanbul"),
    E("declared", "declared East Jerusalem the capital", "ANNOUNCE", "OIC", None, ["OIC", "Palestine"], "occurred",
      day(d("2017-12-13")), "declared at the meeting of December 13 = 2017-12-13", loc="Istanbul"),
    E("captured", "Israel captured East Jerusalem in 1967", "FIGHT", "Israel", None, ["Israel"], "occurred",
      year(1967), "'in 1967' = the year", loc="Jerusalem"),
    E("called on", "Security Council called on states", "DEMAND", "UN Security Council", None, ["UN Security Council"],
      "occurred", year(1980), "'In 1980' = the year"),
])


# ---- paris-climate-agreement-adopted-2015: .html, DCT Saturday 2015-12-12 (only in the page metadata) ----
DCT = d("2015-12-12")
SAT, THU = past(DCT, "Saturday"), past(DCT, "Thursday")
OB, LB = "Barack Obama", "Le Bourget"
ARTICLES["paris-climate-agreement-adopted-2015"] = (DCT, [
    E("adopted", "Pacific, adopted the first climate", "AGREE", "United States", None, ["United States", "China"],
      "occurred", day(SAT), "'on Saturday evening' in Saturday's paper = the DCT 2015-12-12; 195 countries, the first "
      "named as source", loc=LB,
      also=[("declared", "declared the Paris agreement adopted"), ("adoption", "did not block its adoption")]),
    E("presented", "Fabius had presented the final draft", "ANNOUNCE", "Laurent Fabius", None, ["Laurent Fabius"],
      "occurred", day(SAT), "'at midday' of the day of the adoption, Saturday 2015-12-12", loc=LB),
    E("urged", "Hollande urged the delegates", "DEMAND", "François Hollande", None, ["François Hollande"], "occurred",
      day(SAT), "at the midday presentation, Saturday 2015-12-12", loc=LB),
    E("released", "draft had been released late on Thursday", "ANNOUNCE", None, None, [], "occurred", day(THU),
      "'late on Thursday' before the Saturday DCT = 2015-12-10", loc=LB),
    E("objected", "American negotiators objected", "REJECT", "United States", None, ["United States"], "occurred",
      day(SAT), "delayed the final session of Saturday 2015-12-12", loc=LB),
    E("told", "delegate then told the plenary", "REJECT", "Nicaragua", None, ["Nicaragua"], "occurred", day(SAT),
      "in the final plenary, Saturday 2015-12-12", loc=LB),
    E("praised", "Obama praised the agreement", "SUPPORT", OB, None, [OB], "occurred", day(SAT),
      "'shortly afterwards' the Saturday adoption = 2015-12-12", loc="Washington"),
    E("called", "Ban called it a monumental", "SUPPORT", "Ban Ki-moon", None, ["Ban Ki-moon"], "occurred", day(SAT),
      "same-day reaction to Saturday's adoption = 2015-12-12", loc=LB),
    E("said", "said the world had come together", "STATEMENT", "John Kerry", None, ["John Kerry"], "occurred",
      day(SAT), "same-day reaction to Saturday's adoption = 2015-12-12", loc=LB),
    E("said", "Xie Zhenhua, said the agreement", "STATEMENT", "Xie Zhenhua", None, ["Xie Zhenhua", "China"],
      "occurred", day(SAT), "same-day reaction to Saturday's adoption = 2015-12-12", loc=LB),
    E("welcomed", "welcomed it as a new chapter", "SUPPORT", "Prakash Javadekar", None, ["Prakash Javadekar", "India"],
      "occurred", day(SAT), "same-day reaction to Saturday's adoption = 2015-12-12", loc=LB),
    E("joint announcement", "made a joint announcement", "AGREE", OB, "Xi Jinping", [OB, "Xi Jinping"], "occurred",
      month(2014, 11), "'in November of last year' = November 2014", loc="Beijing"),
    E("met", "the two leaders met again", "CONSULT", OB, "Xi Jinping", [OB, "Xi Jinping"], "occurred",
      day(d("2015-11-30")), "'the conference's opening day, November 30' = 2015-11-30", mode="third-party", loc=LB),
    E("held talks", "Obama also held talks", "CONSULT", OB, "Narendra Modi", [OB, "Narendra Modi"], "occurred",
      day(d("2015-11-30")), "'that day' = the opening day, November 30 = 2015-11-30", mode="third-party", loc=LB),
    E("adopted", "Kyoto Protocol, adopted in 1997", "AGREE", None, None, [], "occurred", year(1997),
      "'in 1997' = the year", loc="Kyoto"),
    E("summit", "The Copenhagen summit in 2009", "CONSULT", None, None, [], "occurred", year(2009),
      "'in 2009' = the year", loc="Copenhagen", also=[("broke up", "broke up in acrimony")]),
    E("gathered", "demonstrators gathered near", "PROTEST", None, None, [], "occurred", day(SAT),
      "'on Saturday afternoon' in Saturday's paper = 2015-12-12", loc="Paris"),
    E("attacks", "the November 13 attacks", "ASSAULT", "Islamic State", "France", ["Islamic State", "France"],
      "occurred", day(d("2015-11-13")), "'November 13' of the DCT's year = 2015-11-13", loc="Paris"),
    E("meet", "Countries will meet in 2018", "CONSULT", None, None, [], "planned", year(2018),
      "'in 2018' = the year"),
    E("conference", "next year's conference is due", "CONSULT", None, None, [], "planned", month(2016, 11),
      "'next year's ... in November' = November 2016", loc="Marrakech"),
])


# ---- finland-joins-nato-week-2023: .md, the past week told weekday by weekday, DCT Sunday 2023-04-09 ----
DCT = d("2023-04-09")
MON, TUE, WED = (past(DCT, x) for x in ("Monday", "Tuesday", "Wednesday"))
JS, SN, RTE = "Jens Stoltenberg", "Sauli Niinistö", "Tayyip Erdogan"
ARTICLES["finland-joins-nato-week-2023"] = (DCT, [
    E("announced", "Stoltenberg announced in Brussels", "ANNOUNCE", JS, "Finland", [JS, "Finland", "NATO"], "occurred",
      day(MON), "'On Monday' before the Sunday DCT = 2023-04-03", loc="Brussels"),
    E("joined", "This week it joined", "COOPERATE", "Finland", "NATO", ["Finland", "NATO", "Pekka Haavisto", "Antony Blinken"],
      "occurred", day(TUE), "the accession 'On Tuesday' before the Sunday DCT = 2023-04-04 ('the following day' after "
      "Monday's announcement)", loc="Brussels",
      also=[("ceremony", "in a ceremony that took"), ("handed", "Haavisto handed Finland's"),
            ("ceremony", "Finland's path to Tuesday's ceremony")]),
    E("welcomed", "Stoltenberg welcomed Finland", "SUPPORT", JS, "Finland", [JS, "Finland"], "occurred", day(TUE),
      "at Tuesday's ceremony = 2023-04-04", loc="Brussels",
      also=[("said", "and said the country would now")]),
    E("said", "Niinistö said the era", "STATEMENT", SN, None, [SN], "occurred", day(TUE),
      "at Tuesday's ceremony = 2023-04-04", loc="Brussels"),
    E("remarked", "remarked that this was perhaps", "STATEMENT", "Antony Blinken", None, ["Antony Blinken"], "occurred",
      day(TUE), "'receiving the papers' on Tuesday = 2023-04-04", loc="Brussels"),
    E("welcoming", "issued a statement welcoming Finland", "SUPPORT", "Joe Biden", "Finland", ["Joe Biden", "Finland"],
      "occurred", day(TUE), "Tuesday: Kristersson's congratulation came 'the same day'", loc="Washington"),
    E("congratulated", "Kristersson congratulated his neighbour", "SUPPORT", "Ulf Kristersson", "Finland",
      ["Ulf Kristersson", "Finland"], "occurred", day(TUE), "'the same day' as the accession, Tuesday 2023-04-04"),
    E("said", "Peskov said on Tuesday", "THREATEN", "Dmitry Peskov", "NATO", ["Dmitry Peskov", "NATO", "Finland"],
      "occurred", day(TUE), "'said on Tuesday' before the Sunday DCT = 2023-04-04", loc="Moscow"),
    E("said", "Foreign Ministry said later that day", "THREATEN", "Russia", "Finland", ["Russia", "Finland"],
      "occurred", day(TUE), "'later that day' = Tuesday 2023-04-04", loc="Moscow"),
    E("met", "alliance met in Brussels on Tuesday and Wednesday", "CONSULT", "NATO", None, ["NATO"], "occurred",
      span(TUE, WED), "'on Tuesday and Wednesday' = 2023-04-04 to 2023-04-05", loc="Brussels"),
    E("urged", "urged Turkey and Hungary", "DEMAND", JS, "Turkey", [JS, "Turkey", "Hungary", "Sweden"], "occurred",
      day(TUE), "'said on Tuesday ... and urged' = 2023-04-04", loc="Brussels",
      also=[("said", "Stoltenberg said on Tuesday that he")]),
    E("approved", "Hungary's parliament approved", "AGREE", "Hungary", "Finland", ["Hungary", "Finland"], "occurred",
      day(of_last_week(DCT, "Monday")), "'On Monday of last week' = 2023-03-27", loc="Budapest"),
    E("ratified", "Turkish parliament ratified it", "AGREE", "Turkey", "Finland", ["Turkey", "Finland"], "occurred",
      day(of_last_week(DCT, "Thursday")), "'On Thursday of last week' = 2023-03-30", loc="Ankara"),
    E("received", "he was received by President Tayyip Erdogan", "CONSULT", SN, RTE, [SN, RTE], "occurred",
      day(d("2023-03-17")), "'on March 17' of the DCT's year = 2023-03-17", mode="visit", loc="Ankara",
      also=[("travelled", "Niinistö travelled to Ankara"), ("meeting", "After their meeting")]),
    E("announced", "Erdogan announced that Turkey would begin", "ANNOUNCE", RTE, "Finland", [RTE, "Finland"],
      "occurred", day(d("2023-03-17")), "'After their meeting' of March 17 = 2023-03-17", loc="Ankara",
      also=[("promised", "approval had been promised")]),
    E("accusing", "accusing Stockholm of sheltering", "DISAPPROVE", "Turkey", "Sweden", ["Turkey", "Sweden"],
      "occurred", NONE, "a repeated accusation with no date of its own"),
    E("invaded", "Russia invaded Ukraine in February of last year", "FIGHT", "Russia", "Ukraine", ["Russia", "Ukraine"],
      "occurred", month(2022, 2), "'in February of last year' = February 2022"),
    E("submitted", "submitted their applications", "COOPERATE", "Finland", "NATO", ["Finland", "Sweden", "NATO"],
      "occurred", month(2022, 5), "'in May of last year' = May 2022; the two named as a group, Finland named first"),
    E("invited", "allies formally invited them", "COOPERATE", "NATO", "Finland", ["NATO", "Finland", "Sweden"],
      "occurred", month(2022, 6), "'in June of last year' = June 2022", loc="Madrid",
      also=[("summit", "at their summit in Madrid")]),
    E("summit", "gather for their summit in Vilnius", "CONSULT", "NATO", None, ["NATO"], "planned", month(2023, 7),
      "'in July' in an April paper, future = July 2023", loc="Vilnius"),
])


# ---- japan-south-korea-comfort-women-deal-2015: .md with a ministry readout quoted, DCT Monday 2015-12-28 ----
DCT = d("2015-12-28")
MON = past(DCT, "Monday")
AB, PK, FK, YB = "Shinzo Abe", "Park Geun-hye", "Fumio Kishida", "Yun Byung-se"
ARTICLES["japan-south-korea-comfort-women-deal-2015"] = (DCT, [
    E("reached an agreement", "reached an agreement on Monday", "AGREE", "Japan", "South Korea",
      ["Japan", "South Korea", FK, YB], "occurred", day(MON), "'on Monday' in Monday's paper = the DCT 2015-12-28",
      loc="Seoul", also=[("announced", "The deal was announced by"), ("agreement", "Under the agreement, Seoul")]),
    E("talks", "after talks lasting about an hour", "CONSULT", FK, YB, [FK, YB], "occurred", day(MON),
      "talks before Monday's announcement; Kishida 'had flown in for the day' = 2015-12-28", mode="visit", loc="Seoul",
      also=[("flown in", "Kishida had flown in")]),
    E("acknowledges", "painfully acknowledges", "CONCEDE", FK, "South Korea", [FK, AB, "South Korea"], "occurred",
      day(MON), "statement read at Monday's news conference = 2015-12-28", loc="Seoul",
      also=[("said", "Reading a prepared statement, Kishida said")]),
    E("contribute", "Japan will contribute about", "AID", "Japan", "South Korea", ["Japan", "South Korea"], "planned",
      NONE, "a commitment inside the agreement with no timetable"),
    E("refrain", "governments will also refrain", "COOPERATE", "Japan", None, ["Japan", "South Korea"], "planned", NONE,
      "a commitment inside the agreement with no timetable; the two named as a group, Japan named first"),
    E("said", "Yun said the issue would be resolved", "STATEMENT", YB, None, [YB], "occurred", day(MON),
      "at Monday's news conference = 2015-12-28", loc="Seoul"),
    E("address", "Seoul would try to address", "CONCEDE", "South Korea", "Japan", ["South Korea", "Japan"], "planned",
      NONE, "an undertaking with no timetable"),
    E("spoke by telephone", "Abe then spoke by telephone", "CONSULT", AB, PK, [AB, PK], "occurred", day(MON),
      "'then ... in the evening' of Monday's deal = 2015-12-28", mode="phone",
      also=[("call", "readout of the call"), ("call", "after the call")]),
    E("apologies", "once again expressed his most sincere apologies", "CONCEDE", AB, "South Korea",
      [AB, PK, "South Korea"], "occurred", day(MON), "in Monday evening's call = 2015-12-28"),
    E("stated", "President Park stated that she hoped", "STATEMENT", PK, None, [PK], "occurred", day(MON),
      "in Monday evening's call = 2015-12-28"),
    E("said", "Abe said Japan must not let", "STATEMENT", AB, None, [AB], "occurred", day(MON),
      "'after the call' of Monday evening = 2015-12-28", loc="Tokyo"),
    E("accused", "she accused it of betraying", "DISAPPROVE", "Lee Yong-soo", "South Korea", ["Lee Yong-soo", "South Korea"],
      "occurred", day(MON), "same-day reaction to Monday's deal in Monday's paper = 2015-12-28"),
    E("protest", "hold its weekly protest outside the embassy on Wednesday", "PROTEST", "Korean Council", "Japan",
      ["Korean Council", "Japan"], "planned", day(future(DCT, "Wednesday")),
      "'would hold ... on Wednesday' after the Monday DCT = 2015-12-30", loc="Seoul"),
    E("welcomed", "Susan Rice welcomed", "SUPPORT", "Susan Rice", "Japan", ["Susan Rice", "Japan", "South Korea"],
      "occurred", day(MON), "same-day reaction to Monday's deal = 2015-12-28", loc="Washington"),
    E("praised", "Kerry praised the leaders", "SUPPORT", "John Kerry", "Japan", ["John Kerry", "Japan", "South Korea"],
      "occurred", day(MON), "same-day reaction to Monday's deal = 2015-12-28", loc="Washington"),
    E("welcomed", "also welcomed the deal", "SUPPORT", "Ban Ki-moon", "Japan", ["Ban Ki-moon", "Japan", "South Korea"],
      "occurred", day(MON), "same-day reaction to Monday's deal = 2015-12-28"),
    E("restored", "restored diplomatic ties", "AGREE", "Japan", "South Korea", ["Japan", "South Korea"], "occurred",
      year(1965), "'a treaty signed in 1965' = the year", also=[("signed", "a treaty signed in 1965")]),
    E("acknowledged", "Yohei Kono acknowledged", "CONCEDE", "Yohei Kono", None, ["Yohei Kono", "Japan"], "occurred",
      month(1993, 8), "'In August 1993' = the month", also=[("apologised", "in the brothels and apologised")]),
    E("set up", "1995 Japan set up", "AID", "Japan", None, ["Japan"], "occurred", year(1995), "'in 1995' = the year"),
    E("installed", "installed by activists in December 2011", "PROTEST", None, "Japan", ["Japan"], "occurred",
      month(2011, 12), "'in December 2011' = the month", loc="Seoul"),
    E("meeting", "At their first meeting", "CONSULT", AB, PK, [AB, PK], "occurred", day(d("2015-11-02")),
      "'in Seoul on November 2' of the DCT's year = 2015-11-02", mode="visit", loc="Seoul",
      also=[("summit", "had not held a formal summit")]),
    E("agreed", "they agreed to speed up", "AGREE", AB, PK, [AB, PK], "occurred", day(d("2015-11-02")),
      "at the meeting of November 2 = 2015-11-02", loc="Seoul"),
])


# ---- sochi-idlib-demilitarised-zone-2018: .md ordinary news, DCT Tuesday 2018-09-18 ----
DCT = d("2018-09-18")
MON, TUE = past(DCT, "Monday"), past(DCT, "Tuesday")
VP, RTE, SS, BN = "Vladimir Putin", "Tayyip Erdogan", "Sergei Shoigu", "Benjamin Netanyahu"
ARTICLES["sochi-idlib-demilitarised-zone-2018"] = (DCT, [
    E("agreed", "Russia and Turkey agreed on Monday", "AGREE", "Russia", "Turkey", ["Russia", "Turkey", VP, RTE],
      "occurred", day(MON), "'on Monday' before the Tuesday DCT = 2018-09-17", loc="Sochi",
      also=[("agreement", "The agreement was reached"), ("memorandum", "Under the memorandum")]),
    E("received", "Putin received President Tayyip Erdogan", "CONSULT", VP, RTE, [VP, RTE], "occurred", day(MON),
      "the talks at which Monday's agreement was reached = 2018-09-17", mode="host", loc="Sochi",
      also=[("talks", "several hours of talks")]),
    E("said", "Putin said the zone would be", "ANNOUNCE", VP, None, [VP], "occurred", day(MON),
      "'afterwards', after Monday's talks = 2018-09-17", loc="Sochi"),
    E("withdrawn", "withdrawn from the zone by October 10", "RETREAT", None, None, [], "planned",
      span(DCT, d("2018-10-10")), "'by October 10': from the DCT to the deadline"),
    E("leave", "are to leave it by October 15", "RETREAT", None, None, [], "planned", span(DCT, d("2018-10-15")),
      "'by October 15': from the DCT to the deadline"),
    E("patrol", "will patrol the zone together", "COOPERATE", "Russia", "Turkey", ["Russia", "Turkey"], "planned", NONE,
      "'once it is in place': no date"),
    E("told", "Shoigu told reporters in Sochi", "ANNOUNCE", SS, None, [SS], "occurred", day(MON),
      "after Monday's talks in Sochi = 2018-09-17", loc="Sochi"),
    E("said", "Erdogan said the agreement would prevent", "STATEMENT", RTE, None, [RTE], "occurred", day(MON),
      "after Monday's talks = 2018-09-17", loc="Sochi"),
    E("reinforce", "Turkey would reinforce", "MOBILIZE", "Turkey", None, ["Turkey"], "planned", NONE,
      "an intention with no date"),
    E("welcomed", "welcomed the agreement on Tuesday", "SUPPORT", "Syria", "Russia", ["Syria", "Russia", "Turkey"],
      "occurred", day(TUE), "'on Tuesday' in Tuesday's paper = the DCT 2018-09-18", loc="Damascus"),
    E("welcomed", "also welcomed the deal", "SUPPORT", "Iran", "Russia", ["Iran", "Russia", "Turkey"], "occurred",
      span(MON, TUE), "undated reaction reported the day after Monday's deal: between the deal and the DCT"),
    E("summit", "the summit in Tehran on September 7", "CONSULT", VP, None, [VP, RTE, "Hassan Rouhani"], "occurred",
      day(d("2018-09-07")), "'on September 7' of the DCT's year = 2018-09-07; three parties, Putin named first",
      loc="Tehran"),
    E("called for", "Erdogan called for a ceasefire", "DEMAND", RTE, VP, [RTE, VP], "occurred", day(d("2018-09-07")),
      "'There', at the summit of September 7 = 2018-09-07", loc="Tehran"),
    E("rejected", "Putin rejected the proposal", "REJECT", VP, RTE, [VP, RTE], "occurred", day(d("2018-09-07")),
      "at the summit of September 7 = 2018-09-07", loc="Tehran"),
    E("air strikes", "resumed air strikes in Idlib", "ASSAULT", "Russia", None, ["Russia"], "occurred",
      day(d("2018-09-04")), "'on September 4' of the DCT's year = 2018-09-04", loc="Idlib"),
    E("shot down", "was shot down late on Monday", "ASSAULT", "Syria", "Russia", ["Syria", "Russia"], "occurred",
      day(MON), "'late on Monday' before the Tuesday DCT = 2018-09-17", loc="Latakia",
      also=[("loss", "by the loss of a Russian"), ("downing", "he said the downing")]),
    E("striking", "Israeli jets had been striking", "ASSAULT", "Israel", "Syria", ["Israel", "Syria"], "occurred",
      day(MON), "'at the time' of the downing late on Monday = 2018-09-17", loc="Latakia"),
    E("said", "Defence Ministry said on Tuesday", "DISAPPROVE", "Russia", "Israel", ["Russia", "Israel"], "occurred",
      day(TUE), "'said on Tuesday' = the DCT 2018-09-18", loc="Moscow"),
    E("reserved", "reserved the right to respond", "THREATEN", "Russia", "Israel", ["Russia", "Israel"], "occurred",
      day(TUE), "in the ministry's statement of Tuesday = 2018-09-18", loc="Moscow"),
    E("telephoned", "Shoigu telephoned his Israeli counterpart", "CONSULT", SS, "Avigdor Lieberman",
      [SS, "Avigdor Lieberman"], "occurred", day(TUE),
      "told of with the ministry's Tuesday statement, in Tuesday's paper = 2018-09-18", mode="phone"),
    E("talks", "After talks in the Kremlin", "CONSULT", "Viktor Orban", VP, ["Viktor Orban", VP], "occurred", day(TUE),
      "'on Tuesday' = the DCT 2018-09-18", mode="visit", loc="Moscow"),
    E("said", "he said the downing looked", "STATEMENT", VP, None, [VP], "occurred", day(TUE),
      "after Tuesday's talks with Orban = 2018-09-18", loc="Moscow"),
    E("held", "said it held the Syrian government", "DISAPPROVE", "Israel", "Syria", ["Israel", "Syria"], "occurred",
      span(MON, TUE), "undated reaction to the downing late on Monday, in Tuesday's paper: between the two",
      also=[("expressed sorrow", "military expressed sorrow")]),
    E("spoke", "Netanyahu spoke to Putin by telephone on Tuesday", "CONSULT", BN, VP, [BN, VP], "occurred", day(TUE),
      "'on Tuesday' = the DCT 2018-09-18", mode="phone"),
    E("meet", "would meet again in the coming weeks", "CONSULT", "Russia", None, ["Russia", "Turkey"], "planned", NONE,
      "'in the coming weeks': no date; 'the two countries' as a group, Russia named first"),
])


# ---- explainer-kim-moon-panmunjom-summit-2018: .md explainer (questions as sub-headings), DCT Wednesday 2018-04-25 ----
DCT = d("2018-04-25")
FRI = future(DCT, "Friday")
KJU, MJ, CE, TR = "Kim Jong Un", "Moon Jae-in", "Chung Eui-yong", "Donald Trump"
ARTICLES["explainer-kim-moon-panmunjom-summit-2018"] = (DCT, [
    E("meet", "Kim Jong Un will meet South Korean", "CONSULT", KJU, MJ, [KJU, MJ], "planned", day(FRI),
      "'will meet ... on Friday' after the Wednesday DCT = 2018-04-27; Kim crosses to the southern side",
      mode="visit", loc="Panmunjom",
      also=[("summit", "the first summit between the two Koreas"), ("talks", "hold talks at the Peace House"),
            ("meeting", "Seoul wants Friday's meeting"), ("summit", "The inter-Korean summit is")]),
    E("sign", "could sign a joint declaration", "AGREE", KJU, None, [KJU, MJ], "hypothetical", day(FRI),
      "'could sign' at Friday's summit = 2018-04-27; the two leaders as a group, Kim named first", loc="Panmunjom"),
    E("signed", "armistice signed by North Korea", "AGREE", "North Korea", None,
      ["North Korea", "China", "United Nations Command"], "occurred", year(1953), "'in 1953' = the year",
      loc="Panmunjom"),
    E("met", "Kim Dae-jung met Kim Jong Il", "CONSULT", "Kim Dae-jung", "Kim Jong Il", ["Kim Dae-jung", "Kim Jong Il"],
      "occurred", month(2000, 6), "'in June 2000' = the month", mode="visit", loc="Pyongyang"),
    E("travelled", "Roh Moo-hyun travelled there", "CONSULT", "Roh Moo-hyun", "Kim Jong Il", ["Roh Moo-hyun", "Kim Jong Il"],
      "occurred", month(2007, 10), "'in October 2007' = the month", mode="visit", loc="Pyongyang"),
    E("threat", "Trump's threat in August", "THREATEN", TR, "North Korea", [TR, "North Korea"], "occurred",
      month(2017, 8), "'in August of last year' = August 2017"),
    E("said", "Kim said in his New Year address", "COOPERATE", KJU, "South Korea", [KJU, "South Korea"], "occurred",
      day(d("2018-01-01")), "'on January 1' of the DCT's year = 2018-01-01", loc="Pyongyang"),
    E("met", "Koreas met at Panmunjom on January 9", "CONSULT", "North Korea", None, ["North Korea", "South Korea"],
      "occurred", day(d("2018-01-09")), "'on January 9' of the DCT's year = 2018-01-09; the two Koreas as a group",
      loc="Panmunjom", also=[("talks", "first formal talks in two years")]),
    E("agreed", "agreed that North Korean athletes", "AGREE", "North Korea", None, ["North Korea", "South Korea"],
      "occurred", day(d("2018-01-09")), "at the talks of January 9 = 2018-01-09", loc="Panmunjom"),
    E("attended", "Kim Yo Jong, attended the opening ceremony", "CONSULT", "Kim Yo Jong", "South Korea",
      ["Kim Yo Jong", "South Korea"], "occurred", day(d("2018-02-09")),
      "'on February 9' of the DCT's year = 2018-02-09", mode="visit",
      also=[("visit", "ruling family to visit the South")]),
    E("lunch", "At a lunch with Moon", "CONSULT", "Kim Yo Jong", MJ, ["Kim Yo Jong", MJ], "occurred",
      day(d("2018-02-10")), "'the next day' after February 9 = 2018-02-10", mode="visit", loc="Seoul"),
    E("handed over", "she handed over her brother's invitation", "COOPERATE", "Kim Yo Jong", MJ, ["Kim Yo Jong", KJU, MJ],
      "occurred", day(d("2018-02-10")), "at the lunch of 2018-02-10", loc="Seoul"),
    E("sent", "Moon sent his national security adviser", "CONSULT", CE, KJU, [CE, KJU, MJ], "occurred",
      span(d("2018-03-05"), d("2018-03-06")), "in Pyongyang for the dinner of March 5, back in Seoul 'the following "
      "day', March 6", mode="visit", loc="Pyongyang"),
    E("hosted", "Kim hosted the delegation", "CONSULT", KJU, CE, [KJU, CE], "occurred", day(d("2018-03-05")),
      "'at a dinner on March 5' = 2018-03-05", mode="host", loc="Pyongyang"),
    E("announced", "Chung announced that the two sides", "ANNOUNCE", CE, None, [CE], "occurred", day(d("2018-03-06")),
      "'the following day' after March 5 = 2018-03-06", loc="Seoul"),
    E("agreed", "had agreed to hold a summit", "AGREE", "North Korea", None, ["North Korea", "South Korea"], "occurred",
      span(d("2018-03-05"), d("2018-03-06")), "agreed during the visit of March 5-6, before Chung's announcement"),
    E("briefed", "briefed Trump at the White House", "CONSULT", CE, TR, [CE, TR], "occurred", day(d("2018-03-08")),
      "'on March 8' of the DCT's year = 2018-03-08", mode="visit", loc="Washington",
      also=[("flew", "Chung then flew to Washington")]),
    E("announced", "he announced that Trump had accepted", "ANNOUNCE", CE, None, [CE, TR], "occurred",
      day(d("2018-03-08")), "'that evening' of March 8 = 2018-03-08", loc="Washington"),
    E("accepted", "Trump had accepted an invitation", "AGREE", TR, KJU, [TR, KJU], "occurred", day(d("2018-03-08")),
      "accepted at the briefing of March 8 = 2018-03-08", loc="Washington"),
    E("talks", "Beijing for talks with Chinese", "CONSULT", KJU, "Xi Jinping", [KJU, "Xi Jinping"], "occurred",
      month(2018, 3), "'In late March' = March 2018 (month precision)", mode="visit", loc="Beijing",
      also=[("trip", "his first trip abroad")]),
    E("met", "met Kim secretly in Pyongyang", "CONSULT", "Mike Pompeo", KJU, ["Mike Pompeo", KJU], "occurred",
      span(d("2018-03-31"), d("2018-04-01")), "'over the Easter weekend': Easter Sunday 2018 was April 1",
      mode="visit", loc="Pyongyang"),
    E("told", "Kim told a meeting of the ruling party", "ANNOUNCE", KJU, None, [KJU], "occurred",
      day(of_last_week(DCT, "Friday")), "'On Friday of last week' = 2018-04-20", loc="Pyongyang",
      also=[("announcement", "hailed the announcement")]),
    E("hailed", "Trump hailed the announcement", "SUPPORT", TR, KJU, [TR, KJU], "occurred",
      span(d("2018-04-20"), DCT), "undated reaction to the announcement of April 20: between it and the DCT"),
    E("connected", "the two sides connected a direct telephone line", "COOPERATE", "North Korea", None,
      ["North Korea", "South Korea"], "occurred", day(d("2018-04-20")), "'The same day' as Friday of last week = 2018-04-20"),
    E("switched off", "South Korea switched off", "CONCEDE", "South Korea", "North Korea", ["South Korea", "North Korea"],
      "occurred", day(past(DCT, "Monday")), "'On Monday' before the Wednesday DCT = 2018-04-23"),
    E("meeting", "a meeting between Trump and Kim", "CONSULT", TR, KJU, [TR, KJU], "planned",
      span(d("2018-05-01"), d("2018-06-30")), "'planned for May or June' = May 1 to June 30, 2018"),
])


# ---- obama-hiroshima-visit-2016: .md ordinary news, DCT Friday 2016-05-27 ----
DCT = d("2016-05-27")
FRI, WED, MON = (past(DCT, x) for x in ("Friday", "Wednesday", "Monday"))
OB, AB = "Barack Obama", "Shinzo Abe"
ARTICLES["obama-hiroshima-visit-2016"] = (DCT, [
    E("visit", "first sitting American president to visit Hiroshima", "CONSULT", OB, "Japan", [OB, AB, "Japan"],
      "occurred", day(FRI), "'on Friday' in Friday's paper = the DCT 2016-05-27", mode="visit", loc="Hiroshima",
      also=[("visit", "Abe said the visit opened"), ("visit", "The White House announced the visit")]),
    E("said", "Obama said that on a bright", "STATEMENT", OB, None, [OB], "occurred", day(FRI),
      "speech during Friday's visit = 2016-05-27", loc="Hiroshima",
      also=[("calling for", "calling for a world without")]),
    E("said", "Abe said the visit opened", "STATEMENT", AB, None, [AB], "occurred", day(FRI),
      "speech during Friday's visit = 2016-05-27", loc="Hiroshima"),
    E("dropped", "The bomb dropped on August 6", "ASSAULT", "United States", "Japan", ["United States", "Japan"],
      "occurred", day(d("1945-08-06")), "'on August 6, 1945' = 1945-08-06", loc="Hiroshima",
      also=[("dropped", "the United States dropped on the city")]),
    E("bomb", "A second bomb, on Nagasaki", "ASSAULT", "United States", "Japan", ["United States", "Japan"], "occurred",
      day(d("1945-08-09")), "'three days later' than 1945-08-06 = 1945-08-09", loc="Nagasaki"),
    E("surrendered", "Japan surrendered within a week", "CONCEDE", "Japan", "United States", ["Japan", "United States"],
      "occurred", span(d("1945-08-09"), d("1945-08-16")), "'within a week' of Nagasaki (1945-08-09)"),
    E("announced", "The White House announced the visit", "ANNOUNCE", "United States", None, ["United States"],
      "occurred", day(d("2016-05-10")), "'on May 10' of the DCT's year = 2016-05-10", loc="Washington"),
    E("speech", "a speech in Prague", "STATEMENT", OB, None, [OB], "occurred", month(2009, 4),
      "'in April 2009' = the month", loc="Prague"),
    E("asked", "groups had asked him to apologise", "DEMAND", None, OB, [OB], "occurred", NONE,
      "survivors' groups' requests, no date given"),
    E("lay a wreath", "official to lay a wreath", "CONSULT", "John Kerry", "Japan", ["John Kerry", "Japan"], "occurred",
      day(d("2016-04-11")), "'on April 11' of the DCT's year = 2016-04-11", mode="visit", loc="Hiroshima"),
    E("summit", "Group of Seven summit in Ise-Shima", "CONSULT", "G7", None, ["G7", OB, AB], "occurred",
      span(WED, FRI), "closed 'on Friday' (2016-05-27), after Obama arrived on Wednesday (2016-05-25)", loc="Ise-Shima"),
    E("expressed concern", "also expressed concern", "DISAPPROVE", "G7", None, ["G7"], "occurred", day(FRI),
      "the declaration with which the summit closed 'on Friday' = 2016-05-27", loc="Ise-Shima"),
    E("said", "foreign ministry said on Friday", "DISAPPROVE", "China", "G7", ["China", "G7"], "occurred", day(FRI),
      "'said on Friday' = the DCT 2016-05-27", loc="Beijing", also=[("accused", "accused the group of meddling")]),
    E("said", "Hiroshima visit, said", "STATEMENT", "Wang Yi", None, ["Wang Yi"], "occurred", day(FRI),
      "same-day reaction to Friday's visit in Friday's paper = 2016-05-27"),
    E("held talks", "he held talks with Abe", "CONSULT", OB, AB, [OB, AB], "occurred", day(WED),
      "'On Wednesday evening' before the Friday DCT = 2016-05-25", mode="visit"),
    E("lodged a strong protest", "lodged a strong protest", "DISAPPROVE", AB, "United States", [AB, "United States"],
      "occurred", day(WED), "at the talks of Wednesday evening = 2016-05-25"),
    E("expressed", "Obama expressed his sincere condolences", "STATEMENT", OB, "Japan", [OB, "Japan"], "occurred",
      day(WED), "at the talks of Wednesday evening = 2016-05-25", also=[("promised", "promised full cooperation")]),
    E("spent", "Obama spent three days in Vietnam", "CONSULT", OB, "Vietnam", [OB, "Vietnam"], "occurred",
      span(MON, WED), "three days before arriving in Japan on Wednesday, including Monday in Hanoi", mode="visit"),
    E("talks", "after talks with President Tran Dai Quang", "CONSULT", OB, "Tran Dai Quang", [OB, "Tran Dai Quang"],
      "occurred", day(MON), "'In Hanoi on Monday' before the Friday DCT = 2016-05-23", mode="visit", loc="Hanoi"),
    E("lifting", "fully lifting its decades-old embargo", "CONCEDE", "United States", "Vietnam",
      ["United States", OB, "Vietnam"], "occurred", day(MON), "announced 'on Monday' = 2016-05-23", loc="Hanoi",
      also=[("announced", "he announced that the United States")]),
    E("massacred", "troops massacred civilians in 1937", "ASSAULT", "Japan", "China", ["Japan", "China"], "occurred",
      year(1937), "'in 1937' = the year", loc="Nanjing"),
])


if __name__ == "__main__":
    build()
