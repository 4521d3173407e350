"""Build bench/gold11/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Friday" in Saturday's wire,
"on Tuesday" in Wednesday's paper, a dated bullet), so no occurrence number or weekday is typed by hand.

Run: python bench/gold11/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

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


# ---- wire-trudeau-trump-mar-a-lago-dinner-2024: wire .txt, DCT Saturday 2024-11-30 (dateline) ----------
DCT = d("2024-11-30")
FRI, MON, TUE, WED = (past(DCT, x) for x in ("Friday", "Monday", "Tuesday", "Wednesday"))
JT, DT, CS, CA, US, MX = "Justin Trudeau", "Donald Trump", "Claudia Sheinbaum", "Canada", "United States", "Mexico"
SAME = "no date word of its own in Saturday's wire: the day of the lead, 'on Friday' = 2024-11-29"
ARTICLES["wire-trudeau-trump-mar-a-lago-dinner-2024"] = (DCT, [
    E("had dinner", "Justin Trudeau had dinner with", "CONSULT", JT, DT, [JT, DT, "Dominic LeBlanc"], "occurred",
      day(FRI), "'on Friday' in Saturday's wire = 2024-11-29", mode="visit", loc="Palm Beach",
      also=[("talked", "two delegations talked"), ("encounter", "called the encounter"),
            ("dinner", "The dinner grew out")]),
    E("landed", "Trudeau landed at West Palm Beach", "CONSULT", JT, DT, [JT, DT], "occurred", day(FRI),
      "'in the afternoon' of the story day, flew back 'shortly before midnight': " + SAME, mode="visit",
      loc="Palm Beach", also=[("flew back", "flew back to Ottawa")]),
    E("committed", "Trudeau had committed to work", "AGREE", JT, DT, [JT, DT], "occurred", day(FRI),
      "a commitment made at the dinner, told in Saturday's post: " + SAME),
    E("called", "Trump called the encounter very", "STATEMENT", DT, None, [DT], "occurred", day(DCT),
      "'on Saturday morning' in Saturday's wire = the DCT", also=[("wrote", "He wrote that Trudeau")]),
    E("told", "LeBlanc told Canadian reporters", "STATEMENT", "Dominic LeBlanc", None, ["Dominic LeBlanc"],
      "occurred", day(DCT), "'on Saturday' in Saturday's wire = the DCT"),
    E("telephone call", "telephone call on Monday evening", "CONSULT", JT, DT, [JT, DT], "occurred", day(MON),
      "'on Monday evening' in Saturday's wire = 2024-11-25", mode="phone",
      also=[("call", "it had been a good call")]),
    E("announced", "Trump announced the tariffs", "THREATEN", DT, CA, [DT, CA, MX], "occurred", day(MON),
      "'shortly' before the Monday evening call = 2024-11-25",
      also=[("vowed", "Trump vowed to put"), ("threat", "The threat revived")]),
    E("told", "Trudeau told reporters the next day", "STATEMENT", JT, None, [JT], "occurred", day(TUE),
      "'the next day' after Monday's call = 2024-11-26"),
    E("spoke", "also spoke with Mexican President", "CONSULT", DT, CS, [DT, CS], "occurred", day(WED),
      "'on Wednesday' in Saturday's wire = 2024-11-27"),
    E("said", "He said afterwards that she", "STATEMENT", DT, None, [DT], "occurred", day(WED),
      "'afterwards', after Wednesday's call"),
    E("agreed", "she had agreed to stop migration", "AGREE", CS, DT, [CS, DT], "denied", day(WED),
      "Trump's claim of an agreement in Wednesday's call, which she rejected: denied"),
    E("rejected", "a claim she rejected within hours", "STATEMENT", CS, None, [CS], "occurred", day(WED),
      "'within hours' of Wednesday's call; a denial of a claim, so STATEMENT", also=[("wrote", "she wrote, was")]),
    E("warning", "warning that one tariff", "THREATEN", CS, DT, [CS, DT], "occurred", day(TUE),
      "'On Tuesday' in Saturday's wire = 2024-11-26", also=[("read out", "she had read out")]),
    E("put duties", "Washington put duties on Canadian", "SANCTION", US, CA, [US, CA, MX], "occurred", year(2018),
      "background: 'in 2018'"),
    E("hit back", "Canada hit back with tariffs", "SANCTION", CA, US, [CA, US], "occurred", year(2018),
      "same sentence as 'in 2018'"),
    E("signed", "three countries signed a new trade pact", "AGREE", US, None, [US, CA, MX], "occurred",
      month(2018, 11), "'in November of that year' = November 2018"),
    E("lifted", "metal duties were lifted", "CONCEDE", US, CA, [US, CA, MX], "occurred", month(2019, 5),
      "'in May 2019'"),
])


# ---- beijing-albanese-xi-meeting-2023: .md same-day report with no weekday, DCT Monday 2023-11-06 --------
DCT = d("2023-11-06")
SAT, SUN, TUE = past(DCT, "Saturday"), past(DCT, "Sunday"), future(DCT, "Tuesday")
AA, XJ, AU, CN = "Anthony Albanese", "Xi Jinping", "Australia", "China"
SAME = "same-day report with no date word for the story day: the DCT 2023-11-06"
ARTICLES["beijing-albanese-xi-meeting-2023"] = (DCT, [
    E("received", "Xi Jinping received Australian", "CONSULT", XJ, AA, [XJ, AA], "occurred", day(DCT), SAME,
      mode="host", loc="Beijing",
      also=[("talks", "the talks had been very positive"), ("meeting", "The meeting followed")]),
    E("visit", "the first visit to China by", "CONSULT", AA, CN, [AA, CN], "ongoing", span(SAT, DCT),
      "arrived 'on Saturday' (2023-11-04), still in China at the DCT (Tuesday's meeting to come)", mode="visit",
      also=[("arrived", "He arrived in Shanghai"), ("trip", "The trip was prepared")]),
    E("told", "Xi told his guest", "STATEMENT", XJ, AA, [XJ, AA], "occurred", day(DCT), "at the meeting: " + SAME,
      loc="Beijing", also=[("said", "he said, had every reason")]),
    E("said", "Albanese said afterwards that", "STATEMENT", AA, None, [AA], "occurred", day(DCT),
      "'afterwards': " + SAME, loc="Beijing"),
    E("raised", "he had raised the case", "DEMAND", AA, XJ, [AA, XJ, "Yang Hengjun"], "occurred", day(DCT),
      "at the talks: " + SAME, loc="Beijing"),
    E("pressed", "He also pressed for the remaining", "DEMAND", AA, CN, [AA, CN], "occurred", day(DCT),
      "at the talks: " + SAME, loc="Beijing"),
    E("urged", "urged Canberra to treat", "DEMAND", XJ, AU, [XJ, AU], "occurred", day(DCT),
      "at the talks: " + SAME, loc="Beijing"),
    E("visit", "made the first visit by", "CONSULT", "Gough Whitlam", CN, ["Gough Whitlam", CN], "occurred",
      year(1973), "background: 'in 1973'", mode="visit"),
    E("meeting", "annual leaders' meeting with Premier", "CONSULT", AA, "Li Qiang", [AA, "Li Qiang"], "planned",
      day(TUE), "'scheduled for Tuesday' in Monday's paper = 2023-11-07", mode="visit", loc="Beijing"),
    E("invited", "has invited Li to visit", "CONSULT", AA, "Li Qiang", [AA, "Li Qiang"], "planned", year(2024),
      "the visit he invited Li to make 'next year' = 2024", mode="host"),
    E("addressed", "on Sunday addressed the China", "STATEMENT", AA, None, [AA], "occurred", day(SUN),
      "'on Sunday' before the Monday DCT = 2023-11-05", loc="Shanghai"),
    E("saw", "He also saw the city's party", "CONSULT", AA, "Chen Jining", [AA, "Chen Jining"], "occurred",
      span(SAT, SUN), "in Shanghai, after arriving 'on Saturday' and around Sunday's speech: no day of its own",
      mode="visit", loc="Shanghai"),
    E("lifted", "Beijing lifted its punishing tariffs", "CONCEDE", CN, AU, [CN, AU], "occurred", month(2023, 8),
      "'in August' before a November DCT = August 2023"),
    E("agreed to suspend", "Canberra agreed to suspend", "CONCEDE", AU, CN, [AU, CN], "occurred", NONE,
      "before the August lifting; no date given"),
    E("released", "it released the television anchor", "CONCEDE", CN, AU, [CN, AU, "Cheng Lei"], "occurred",
      month(2023, 10), "'in October' before a November DCT = October 2023"),
    E("met", "Albanese had already met Xi", "CONSULT", AA, XJ, [AA, XJ], "occurred", year(2022),
      "'a year ago' = 2022", mode="third-party", loc="Bali",
      also=[("meeting", "the first meeting of the two countries")]),
    E("called for", "Scott Morrison called for", "DEMAND", AU, None, [AU, "Scott Morrison"], "occurred", year(2020),
      "'in 2020'"),
    E("halting purchases", "responded by halting purchases", "SANCTION", CN, AU, [CN, AU], "occurred", year(2020),
      "China's response in 2020"),
    E("slapping duties", "by slapping duties on barley", "SANCTION", CN, AU, [CN, AU], "occurred", year(2020),
      "China's response in 2020"),
])


# ---- prespa-greece-macedonia-name-deal-signing-2018: .md Monday paper, lead 'on Sunday', background --------
DCT = d("2018-06-18")
SUN, TUE = past(DCT, "Sunday"), past(DCT, "Tuesday")
GR, MK, AT, ZZ = "Greece", "North Macedonia", "Alexis Tsipras", "Zoran Zaev"
SAME = "no date word of its own in Monday's paper: the day of the lead, 'on Sunday' = 2018-06-17"
ARTICLES["prespa-greece-macedonia-name-deal-signing-2018"] = (DCT, [
    E("signed", "Macedonia signed an agreement on Sunday", "AGREE", GR, MK,
      [GR, MK, "Nikos Kotzias", "Nikola Dimitrov", AT, ZZ], "occurred", day(SUN),
      "'on Sunday' in Monday's paper = 2018-06-17", loc="Psarades",
      also=[("put their signatures", "put their signatures to"), ("ceremony", "attended the ceremony"),
            ("signing", "welcomed the signing")]),
    E("called", "Zaev called it a brave", "SUPPORT", ZZ, None, [ZZ], "occurred", day(SUN),
      "at the ceremony: " + SAME + "; praise of the deal, as 'called the pact a landmark' in gold9",
      loc="Psarades"),
    E("said", "Tsipras said the Balkans", "STATEMENT", AT, None, [AT], "occurred", day(SUN), SAME, loc="Psarades"),
    E("crossed", "then crossed the lake by boat", "CONSULT", AT, MK, [AT, MK], "occurred", day(SUN),
      "'then', after the ceremony: " + SAME, mode="visit", loc="Otesevo",
      also=[("set foot", "had set foot in the country")]),
    E("hosted a lunch", "Zaev hosted a lunch", "CONSULT", ZZ, AT, [ZZ, AT], "occurred", day(SUN), SAME,
      mode="host", loc="Otesevo", also=[("lunch", "the ceremony and the lunch")]),
    E("protesters", "several hundred Greek protesters", "PROTEST", None, None, ["Greek protesters"], "occurred",
      day(SUN), "during the ceremony: " + SAME, loc="Pisoderi"),
    E("gathered", "demonstrators gathered outside", "PROTEST", None, None, ["Macedonian demonstrators"],
      "occurred", day(SUN), SAME, loc="Skopje"),
    E("lifts", "Athens lifts its objections", "CONCEDE", GR, MK, [GR, MK], "planned", NONE,
      "a commitment of the deal, no date"),
    E("amend", "Skopje will amend its constitution", "CONCEDE", MK, GR, [MK, GR], "planned", NONE,
      "a commitment of the deal, no date"),
    E("said", "has said he will not sign", "REJECT", "Gjorge Ivanov", None, ["Gjorge Ivanov"], "occurred", NONE,
      "'has said', no date"),
    E("welcomed", "Stoltenberg welcomed the signing", "SUPPORT", "Jens Stoltenberg", None, ["Jens Stoltenberg"],
      "occurred", span(SUN, DCT), "an undated reaction in Monday's paper: between the signing and the DCT",
      also=[("said", "said the alliance's door")]),
    E("discuss", "due to discuss opening accession", "CONSULT", "EU", None, ["EU", MK], "planned",
      week(DCT + timedelta(days=7)), "'next week' after the Monday DCT = the ISO week of 2018-06-25"),
    E("invite", "NATO leaders could invite it", "COOPERATE", "NATO", MK, ["NATO", MK], "hypothetical",
      month(2018, 7), "'could', at the summit 'in July' = July 2018"),
    E("summit", "at their summit in July", "CONSULT", "NATO", None, ["NATO"], "planned", month(2018, 7),
      "'in July' after a June DCT = July 2018"),
    E("announced", "had announced the compromise on Tuesday", "ANNOUNCE", AT, None, [AT, ZZ], "occurred", day(TUE),
      "'on Tuesday' before the Monday DCT = 2018-06-12"),
    E("telephone call", "after a telephone call that settled", "CONSULT", AT, ZZ, [AT, ZZ], "occurred", day(TUE),
      "the call the Tuesday announcement came 'after', the same day", mode="phone"),
    E("talks", "ending talks that began", "CONSULT", GR, MK, [GR, MK, "UN"], "occurred",
      span(d("1990-01-01"), TUE), "'began ... in the 1990s', ended by the Tuesday compromise", mode="third-party"),
    E("declared independence", "republic declared independence", "ANNOUNCE", MK, None, [MK, "Yugoslavia"],
      "occurred", year(1991), "'in 1991'"),
    E("objected", "Greece objected to the name", "DISAPPROVE", GR, MK, [GR, MK], "occurred", year(1991),
      "'from the moment' of the 1991 declaration"),
    E("imposed a trade embargo", "imposed a trade embargo", "SANCTION", GR, MK, [GR, MK], "occurred", year(1994),
      "'in 1994'"),
    E("signed", "interim accord signed in New York", "AGREE", GR, MK, [GR, MK], "occurred", year(1995), "'in 1995'",
      loc="New York"),
    E("ended", "ended the embargo", "CONCEDE", GR, MK, [GR, MK], "occurred", year(1995),
      "the 1995 interim accord ended it"),
    E("blocked", "Athens blocked an invitation", "REJECT", GR, MK, [GR, MK, "NATO"], "occurred", year(2008),
      "'in 2008'", loc="Bucharest"),
    E("summit", "alliance's summit in Bucharest", "CONSULT", "NATO", None, ["NATO"], "occurred", year(2008),
      "'in 2008'", loc="Bucharest"),
    E("ruled", "International Court of Justice ruled", "ANNOUNCE", "International Court of Justice", None,
      ["International Court of Justice", GR, MK], "occurred", year(2011), "'in 2011'"),
])


# ---- explainer-second-thomas-shoal-resupply-2024: .md explainer with dated bullets, DCT Sunday 2024-07-28 ----
DCT = d("2024-07-28")
SAT = past(DCT, "Saturday")
PH, CN, US = "Philippines", "China", "United States"
ARTICLES["explainer-second-thomas-shoal-resupply-2024"] = (DCT, [
    E("allowed", "allowed it to go ahead", "CONCEDE", CN, PH, [CN, PH], "occurred", day(SAT),
      "the delivery 'on Saturday' in Sunday's explainer = 2024-07-27"),
    E("demanded", "has long demanded that the ship", "DEMAND", CN, PH, [CN, PH], "occurred", NONE,
      "'has long demanded': no date"),
    E("ruled", "tribunal in The Hague ruled", "ANNOUNCE", "Permanent Court of Arbitration", None,
      ["Permanent Court of Arbitration", PH, CN], "occurred", month(2016, 7), "'in July 2016'", loc="The Hague"),
    E("rejected", "Beijing rejected the ruling", "REJECT", CN, None, [CN], "occurred", month(2016, 7),
      "same sentence as the July 2016 ruling"),
    E("fired water cannon", "ships fired water cannon", "ASSAULT", CN, PH, [CN, PH], "occurred", day(d("2023-08-05")),
      "bullet 'August 5, 2023'", also=[("forced", "forced one of them")]),
    E("called", "Washington called the move", "DISAPPROVE", US, CN, [US, CN], "occurred", day(d("2023-08-05")),
      "under the bullet 'August 5, 2023'"),
    E("struck", "Water cannon again struck", "ASSAULT", CN, PH, [CN, PH], "occurred", day(d("2024-03-23")),
      "bullet 'March 23, 2024'"),
    E("summoned", "Manila summoned a senior", "DISAPPROVE", PH, CN, [PH, CN], "occurred", day(d("2024-03-25")),
      "'two days later' than March 23 = 2024-03-25"),
    E("boarded", "axes boarded Philippine navy", "ASSAULT", CN, PH, [CN, PH], "occurred", day(d("2024-06-17")),
      "bullet 'June 17', year from the DCT", also=[("seized", "seized several rifles")]),
    E("demanded", "Brawner, demanded the return", "DEMAND", "Romeo Brawner", CN, ["Romeo Brawner", CN], "occurred",
      day(d("2024-06-19")), "'two days later' than June 17 = 2024-06-19"),
    E("condemned", "State Department condemned", "DISAPPROVE", US, CN, [US, CN], "occurred", day(d("2024-06-17")),
      "under the bullet 'June 17'"),
    E("told", "Marcos Jr. told troops", "STATEMENT", "Ferdinand Marcos Jr.", None, ["Ferdinand Marcos Jr."],
      "occurred", day(d("2024-06-23")), "bullet 'June 23'", loc="Palawan"),
    E("held talks", "Chen Xiaodong held talks", "CONSULT", "Theresa Lazaro", "Chen Xiaodong",
      ["Theresa Lazaro", "Chen Xiaodong"], "occurred", day(d("2024-07-02")), "bullet 'July 2'", mode="host",
      loc="Manila"),
    E("agreed", "agreed to set up more channels", "AGREE", PH, CN, [PH, CN], "occurred", day(d("2024-07-02")),
      "at the July 2 talks"),
    E("reached", "two foreign ministries reached", "AGREE", PH, CN, [PH, CN], "occurred", day(d("2024-07-21")),
      "bullet 'July 21'", also=[("arrangement", "provisional arrangement that"), ("arrangement", "the arrangement say")]),
    E("announced", "announced it the same day", "ANNOUNCE", PH, None, [PH, CN], "occurred", day(d("2024-07-21")),
      "'the same day' as July 21", also=[("made public", "made public last Sunday")]),
    E("said", "Beijing said that it would let", "STATEMENT", CN, None, [CN], "occurred",
      span(d("2024-07-21"), DCT), "no date: between the July 21 arrangement and the DCT"),
    E("rejected", "Department of Foreign Affairs rejected", "STATEMENT", PH, CN, [PH, CN], "occurred",
      span(d("2024-07-21"), DCT), "no date: between the arrangement and the DCT; a denial of an account",
      also=[("said", "said there was no inspection")]),
    E("said", "Manila said the boat completed", "STATEMENT", PH, None, [PH], "occurred", span(SAT, DCT),
      "an undated report of Saturday's mission in Sunday's explainer: Saturday to the DCT"),
    E("said", "coast guard said it had monitored", "STATEMENT", CN, None, [CN], "occurred", span(SAT, DCT),
      "an undated report of Saturday's mission in Sunday's explainer: Saturday to the DCT"),
    E("talks", "Tuesday for talks with their", "CONSULT", "Antony Blinken", PH, ["Antony Blinken", "Lloyd Austin", PH],
      "planned", day(future(DCT, "Tuesday")), "'due ... on Tuesday' after the Sunday DCT = 2024-07-30",
      mode="visit", loc="Manila"),
    E("said", "Washington has said it will stand", "SUPPORT", US, PH, [US, PH], "occurred", NONE,
      "'has said', no date; a pledge to stand by an ally"),
])


# ---- readouts-biden-xi-phone-call-2024: .md Wednesday paper, two readouts of one call, lead 'on Tuesday' ----
DCT = d("2024-04-03")
TUE = past(DCT, "Tuesday")
JB, XJ, US, CN = "Joe Biden", "Xi Jinping", "United States", "China"
SAME = "during the call, no date word of its own in Wednesday's paper: 'on Tuesday' = 2024-04-02"
NEXT_WEEK = week(DCT + timedelta(days=7))
ARTICLES["readouts-biden-xi-phone-call-2024"] = (DCT, [
    E("spoke", "spoke by telephone on Tuesday", "CONSULT", JB, XJ, [JB, XJ], "occurred", day(TUE),
      "'on Tuesday' in Wednesday's paper = 2024-04-02", mode="phone",
      also=[("conversation", "first conversation since"), ("call", "described the call"),
            ("call", "the call had been positive")]),
    E("described", "White House described the call", "STATEMENT", US, None, [US], "occurred", span(TUE, DCT),
      "the readout, undated in Wednesday's paper: between the call and the DCT"),
    E("stressed", "Biden stressed the importance", "STATEMENT", JB, XJ, [JB, XJ], "occurred", day(TUE), SAME),
    E("raised concerns", "He raised concerns about", "DISAPPROVE", JB, CN, [JB, CN], "occurred", day(TUE), SAME),
    E("made clear", "he made clear that the United", "STATEMENT", JB, XJ, [JB, XJ], "occurred", day(TUE), SAME),
    E("welcomed", "leaders had welcomed the progress", "SUPPORT", JB, None, [JB, XJ], "occurred", day(TUE), SAME),
    E("told", "Biden told Xi that Treasury", "ANNOUNCE", JB, XJ, [JB, XJ], "occurred", day(TUE), SAME),
    E("travel", "Yellen would travel to China", "CONSULT", "Janet Yellen", CN, ["Janet Yellen", CN], "planned",
      week(DCT), "'later this week' = the ISO week of the Wednesday DCT", mode="visit"),
    E("visit", "Blinken would visit in the coming", "CONSULT", "Antony Blinken", CN, ["Antony Blinken", CN],
      "planned", NONE, "'in the coming weeks': no calendar period", mode="visit"),
    E("released", "account released by Beijing", "STATEMENT", CN, None, [CN], "occurred", span(TUE, DCT),
      "the Chinese readout, undated: between the call and the DCT"),
    E("told", "Xi told Biden that the question", "STATEMENT", XJ, JB, [XJ, JB], "occurred", day(TUE), SAME),
    E("asked", "asked Washington to turn", "DEMAND", XJ, US, [XJ, US], "occurred", day(TUE), SAME),
    E("complained", "He complained that the United", "DISAPPROVE", XJ, US, [XJ, US], "occurred", day(TUE), SAME,
      also=[("said", "said this was not de-risking")]),
    E("warned", "he warned, China would not", "THREATEN", XJ, US, [XJ, US], "occurred", day(TUE), SAME),
    E("said", "Xi also said the two countries", "STATEMENT", XJ, None, [XJ], "occurred", day(TUE), SAME),
    E("agreed", "two sides agreed that their teams", "AGREE", US, CN, [US, CN], "occurred", day(TUE), SAME),
    E("said", "Officials in Washington said", "STATEMENT", US, None, [US], "occurred", span(TUE, DCT),
      "undated in Wednesday's paper: between the call and the DCT"),
    E("told", "spokesman told reporters in Beijing", "STATEMENT", CN, None, [CN], "occurred", day(DCT),
      "'on Wednesday' in Wednesday's paper = the DCT", loc="Beijing"),
    E("thanked", "foreign ministry thanked the United", "SUPPORT", "Taiwan", US, ["Taiwan", US], "occurred",
      span(TUE, DCT), "an undated reaction in Wednesday's paper: between the call and the DCT"),
    E("hosts", "Biden hosts Japanese Prime Minister", "CONSULT", JB, "Fumio Kishida", [JB, "Fumio Kishida"],
      "planned", NEXT_WEEK, "'a week' after the Tuesday call: in the ISO week after the DCT's", mode="host",
      loc="Washington", also=[("state visit", "for a state visit")]),
    E("summit", "first three-way summit with", "CONSULT", JB, None, [JB, "Fumio Kishida", "Ferdinand Marcos Jr."],
      "planned", NEXT_WEEK, "'and then', right after the state visit: the ISO week after the DCT's", mode="host",
      loc="Washington"),
    E("criticised", "Beijing has already criticised", "DISAPPROVE", CN, US, [CN, US], "occurred", NONE,
      "'has already criticised': no date"),
])


# ---- washington-macron-state-visit-biden-2022: .md Friday paper, lead 'on Thursday', nouns -----------------
DCT = d("2022-12-02")
THU, WED, TUE = past(DCT, "Thursday"), past(DCT, "Wednesday"), past(DCT, "Tuesday")
JB, EM, US, FR = "Joe Biden", "Emmanuel Macron", "United States", "France"
SAME = "no date word of its own in Friday's paper: the day of the lead, 'on Thursday' = 2022-12-01"
ARTICLES["washington-macron-state-visit-biden-2022"] = (DCT, [
    E("acknowledged", "Joe Biden acknowledged on Thursday", "CONCEDE", JB, FR, [JB, FR], "occurred", day(THU),
      "'on Thursday' in Friday's paper = 2022-12-01; an offer to fix the law for European firms",
      loc="Washington", also=[("offered", "offered to fix them"), ("said", "Biden said there were tweaks")]),
    E("state visit", "first state visit of his presidency", "CONSULT", EM, US, [EM, JB], "ongoing", span(TUE, DCT),
      "began 'on Tuesday night' (2022-11-29) and ends in New Orleans on Friday, the DCT", mode="visit",
      loc="Washington", also=[("trip", "first full day of the trip"), ("visit", "The visit, which began"),
                              ("arrival", "Macron's arrival at Andrews")]),
    E("arrival ceremony", "with an arrival ceremony", "CONSULT", JB, EM, [JB, EM], "occurred", day(THU),
      "'had begun the day' of Thursday's talks: " + SAME, mode="host", loc="Washington",
      also=[("welcomed", "as he welcomed French")]),
    E("talks", "Thursday's talks in the Oval", "CONSULT", JB, EM, [JB, EM], "occurred", day(THU),
      "'Thursday's talks' in Friday's paper = 2022-12-01", mode="host", loc="Washington",
      also=[("talks", "followed the talks"), ("meeting", "issued after the meeting")]),
    E("state dinner", "at a state dinner", "CONSULT", JB, EM, [JB, EM], "occurred", day(THU),
      "'ended it' (the day of Thursday's talks): " + SAME, mode="host", loc="Washington"),
    E("said", "press the point, said the two", "STATEMENT", EM, None, [EM], "occurred", day(THU),
      "at the news conference: " + SAME, loc="Washington"),
    E("agreed", "two sides had agreed to coordinate", "AGREE", US, FR, [US, FR], "occurred", day(THU),
      "at Thursday's talks: " + SAME, loc="Washington"),
    E("joint statement", "The joint statement issued", "ANNOUNCE", US, None, [US, FR], "occurred", day(THU),
      "'after the meeting': " + SAME, loc="Washington"),
    E("restated", "restated the two countries'", "SUPPORT", US, "Ukraine", [US, FR, "Ukraine"], "occurred", day(THU),
      "in the joint statement: " + SAME),
    E("told", "Biden also told reporters", "STATEMENT", JB, None, [JB], "occurred", day(THU),
      "at the news conference: " + SAME, loc="Washington"),
    E("speak", "prepared to speak to Vladimir", "CONSULT", JB, "Vladimir Putin", [JB, "Vladimir Putin"],
      "hypothetical", NONE, "'if the Russian leader showed': conditional, undated"),
    E("answered", "The Kremlin answered on Friday", "REJECT", "Russia", US, ["Russia", US, "Dmitry Peskov"],
      "occurred", day(DCT), "'on Friday' in Friday's paper = the DCT; calls the US demand unacceptable",
      also=[("said", "Peskov, said the Russian")]),
    E("lunch", "At a lunch with members", "CONSULT", EM, "US Congress", [EM, "US Congress"], "occurred", day(WED),
      "'on Wednesday' in Friday's paper = 2022-11-30", mode="visit", loc="Washington"),
    E("called", "Macron called the subsidies", "DISAPPROVE", EM, US, [EM, US], "occurred", day(WED),
      "at Wednesday's lunch", loc="Washington", also=[("warned", "warned that they could")]),
    E("toured", "he toured NASA's headquarters", "CONSULT", EM, "Kamala Harris", [EM, "Kamala Harris"], "occurred",
      day(WED), "'That afternoon' = Wednesday", mode="visit", loc="Washington"),
    E("took", "the Bidens took the Macrons", "CONSULT", JB, EM, [JB, EM], "occurred", day(WED),
      "'in the evening' of Wednesday", mode="host", loc="Washington"),
    E("announce", "expected to announce support", "ANNOUNCE", EM, None, [EM], "planned", day(DCT),
      "'is spending Friday' in New Orleans: the DCT", loc="New Orleans"),
    E("state visit", "first state visit of Donald", "CONSULT", EM, US, [EM, "Donald Trump"], "occurred",
      month(2018, 4), "background: 'in April 2018'", mode="visit", loc="Washington"),
])


if __name__ == "__main__":
    build()
