"""Build bench/gold7/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Monday" in Monday's wire,
"yesterday" in Thursday's paper, "last month"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold7/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, past, span, week, year  # noqa: E402,F401
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


# ---- biden-kyiv-unannounced-visit-2023: wire .txt, DCT Monday 2023-02-20 (dateline) ------------
DCT = d("2023-02-20")
MON = past(DCT, "Monday")
JB, VZ, UA, US, RU, CN = "Joe Biden", "Volodymyr Zelensky", "Ukraine", "United States", "Russia", "China"
SAME = "no date of its own in the body of Monday's wire: the day of the lead, the DCT 2023-02-20"
ARTICLES["biden-kyiv-unannounced-visit-2023"] = (DCT, [
    E("visit", "made an unannounced visit to Kyiv", "CONSULT", JB, UA, [JB, VZ], "occurred", day(MON),
      "'on Monday' in Monday's wire = the DCT; he left 'in the afternoon'", mode="visit", loc="Kyiv",
      also=[("travelled", "who had travelled overnight"), ("leaving", "before leaving the city"),
            ("trip", "The trip was kept secret"), ("visit", "Moscow of the visit a few"),
            ("visit", "praised the visit as"), ("visit", "The visit came a day after"),
            ("visit", "said the visit would strengthen")]),
    E("met", "met Zelensky at the Mariinsky Palace", "CONSULT", JB, VZ, [JB, VZ], "occurred", day(MON),
      "during the Monday visit: " + SAME, mode="visit", loc="Kyiv",
      also=[("held talks", "two leaders held talks"), ("conversation", "called the conversation"),
            ("discussed", "had discussed long-range")]),
    E("announced", "He announced a further $500 million", "AID", JB, UA, [JB, UA], "occurred", day(MON),
      "announced in Kyiv during the visit: " + SAME, loc="Kyiv"),
    E("sanctions", "said new sanctions against Russian", "SANCTION", US, RU, [US, RU], "planned", week(MON),
      "'later this week' = the ISO week of the Monday DCT"),
    E("told", "Biden told reporters at a joint", "STATEMENT", JB, None, [JB], "occurred", day(MON),
      "at the joint appearance in the palace: " + SAME, loc="Kyiv",
      also=[("adding", "adding that American support")]),
    E("called", "Zelensky called the conversation", "STATEMENT", VZ, None, [VZ], "occurred", day(MON), SAME,
      loc="Kyiv", also=[("saying", "saying the two men had")]),
    E("thanked", "thanked the American people", "SUPPORT", VZ, US, [VZ, US], "occurred", day(MON), SAME, loc="Kyiv"),
    E("notified", "Washington had notified Moscow", "STATEMENT", US, RU, [US, RU], "occurred", NONE,
      "'a few hours before Biden set off': the text gives no day (the overnight journey began before the DCT)"),
    E("wrote", "wrote on Telegram that Biden", "DISAPPROVE", "Dmitry Medvedev", JB, ["Dmitry Medvedev", JB],
      "occurred", day(MON), "a reaction to the Monday visit in Monday's wire, no date of its own: the DCT",
      also=[("dismissed", "dismissed the aid")]),
    E("praised", "Duda praised the visit", "SUPPORT", "Andrzej Duda", JB, ["Andrzej Duda", JB], "occurred", day(MON),
      "a same-day reaction, no date of its own: the DCT", loc="Warsaw"),
    E("host", "due to host Biden at the presidential", "CONSULT", "Andrzej Duda", JB, ["Andrzej Duda", JB], "planned",
      day(future(DCT, "Tuesday")), "'on Tuesday' in a future clause after the Monday DCT = 2023-02-21",
      mode="host", loc="Warsaw"),
    E("speech", "deliver a speech at the Royal Castle", "STATEMENT", JB, None, [JB], "planned",
      day(future(DCT, "Tuesday")), "'on Tuesday evening', future = 2023-02-21", loc="Warsaw"),
    E("meet", "scheduled to meet the leaders of the Bucharest", "CONSULT", JB, None, [JB, "Bucharest Nine"], "planned",
      day(future(DCT, "Wednesday")), "'On Wednesday', future = 2023-02-22; a group: null target"),
    E("said", "Antony Blinken said in a television", "STATEMENT", "Antony Blinken", CN, ["Antony Blinken", CN],
      "occurred", day(MON - timedelta(days=1)), "'The visit came a day after' = Sunday 2023-02-19"),
    E("met", "when they met on the sidelines", "CONSULT", "Antony Blinken", "Wang Yi", ["Antony Blinken", "Wang Yi"],
      "occurred", day(past(DCT, "Saturday")), "'on Saturday' before the Monday DCT = 2023-02-18",
      mode="third-party", loc="Munich", also=[("raised", "Blinken had raised the matter")]),
    E("rejected", "foreign ministry rejected the charge", "REJECT", CN, US, [CN, US], "occurred", day(MON),
      "Beijing's answer told in Monday's wire with no date of its own: " + SAME,
      also=[("saying", "saying it was the United States")]),
    E("described", "A spokesman also described", "STATEMENT", CN, None, [CN], "occurred", day(MON), SAME),
    E("agreed", "which agreed last month to send", "AID", "Germany", UA, ["Germany", UA], "occurred", month(2023, 1),
      "'last month' = January 2023: a background commitment, not the story day"),
])

# ---- biden-xi-woodside-meeting-2023: newspaper, DCT Thursday 2023-11-16, lead 'yesterday' -------
DCT = d("2023-11-16")
Y = DCT - timedelta(days=1)
XI = "Xi Jinping"
BODY = "no date of its own in the body: the day the lead gives ('yesterday' = 2023-11-15)"
ARTICLES["biden-xi-woodside-meeting-2023"] = (DCT, [
    E("agreed", "Xi Jinping agreed yesterday", "AGREE", JB, None, [JB, XI], "occurred", day(Y),
      "'yesterday' in Thursday's paper = 2023-11-15; a pair: first named, null target", loc="Woodside",
      also=[("arrangements", "Under the arrangements announced")]),
    E("meeting", "at a four-hour meeting", "CONSULT", JB, XI, [JB, XI], "occurred", day(Y),
      "the meeting of the lead, 'yesterday' = 2023-11-15; Biden receives Xi in California", mode="host",
      loc="Woodside",
      also=[("sat down", "two leaders sat down"), ("encounter", "face-to-face encounter"),
            ("talks", "After the talks"), ("working lunch", "a working lunch"),
            ("meeting", "as the meeting opened"), ("meeting", "conference after the meeting"),
            ("meeting", "The meeting capped"), ("encounter", "prepare the encounter")]),
    E("summit", "Asia-Pacific Economic Cooperation summit", "CONSULT", "APEC", None, ["APEC"], "ongoing",
      span(Y, DCT + timedelta(days=1)),
      "the meeting was on its sidelines yesterday and Xi addresses its leaders tomorrow: 11-15 to 11-17, under way",
      mode="third-party", loc="San Francisco", also=[("summit", "margins of the summit")]),
    E("act", "Beijing will act against", "COOPERATE", CN, US, [CN, US], "planned", NONE,
      "a commitment of the agreement with no timetable: planned, undated"),
    E("resume", "will resume regular contacts", "CONSULT", US, CN, [US, CN], "planned", NONE,
      "a commitment with no timetable: planned, undated"),
    E("suspended", "China suspended in 2022", "SANCTION", CN, US, [CN, US], "occurred", year(2022), "'in 2022'"),
    E("agreed", "The two sides also agreed", "AGREE", JB, None, [JB, XI], "occurred", day(Y),
      "part of yesterday's meeting: " + BODY),
    E("talks", "open government talks", "CONSULT", US, CN, [US, CN], "planned", NONE,
      "talks the two sides agreed to open, no timetable"),
    E("agreed", "Xi had agreed that either", "AGREE", JB, XI, [JB, XI], "occurred", day(Y),
      "agreed at the meeting: " + BODY),
    E("told", "Biden told Xi as the meeting", "STATEMENT", JB, XI, [JB, XI], "occurred", day(Y),
      "'as the meeting opened': " + BODY),
    E("replied", "Xi replied that the planet", "STATEMENT", XI, JB, [XI, JB], "occurred", day(Y), BODY),
    E("told", "Xi told Biden that Taiwan", "STATEMENT", XI, JB, [XI, JB], "occurred", day(Y), BODY),
    E("urged", "urged Washington to stop", "DEMAND", XI, US, [XI, US], "occurred", day(Y), BODY),
    E("restated", "Biden restated the American", "STATEMENT", JB, None, [JB], "occurred", day(Y), BODY),
    E("replied", "he replied, explaining", "DISAPPROVE", JB, XI, [JB, XI], "occurred", day(Y),
      "'At a news conference after the meeting': " + BODY),
    E("hit back", "Beijing hit back this morning", "DISAPPROVE", CN, JB, [CN, "Mao Ning", JB], "occurred", day(DCT),
      "'this morning' = the DCT 2023-11-16", loc="Beijing",
      also=[("told", "told a regular briefing"), ("opposed", "China firmly opposed")]),
    E("told", "he told the executives", "STATEMENT", XI, US, [XI, US], "occurred", day(Y),
      "'spent the evening' of the day the lead gives: 2023-11-15", loc="San Francisco",
      also=[("hinted", "hinted that Beijing")]),
    E("meet", "due to meet Japanese Prime Minister", "CONSULT", XI, "Fumio Kishida", [XI, "Fumio Kishida"], "planned",
      day(DCT), "'today' = the DCT 2023-11-16", mode="third-party", loc="San Francisco"),
    E("address", "to address the APEC leaders", "STATEMENT", XI, None, [XI], "planned", day(DCT + timedelta(days=1)),
      "'tomorrow' = 2023-11-17"),
    E("postponed", "Blinken postponed a trip", "REJECT", "Antony Blinken", CN, ["Antony Blinken", CN], "occurred",
      month(2023, 2), "told with the balloon's crossing 'in February' = February 2023 (background)"),
    E("travelled", "Janet Yellen travelled to Beijing", "CONSULT", "Janet Yellen", CN, ["Janet Yellen", CN],
      "occurred", month(2023, 7), "'in July' before the November DCT = July 2023", mode="visit", loc="Beijing"),
    E("visited", "visited Washington in late October", "CONSULT", "Wang Yi", US, ["Wang Yi", US], "occurred",
      month(2023, 10), "'in late October' = October 2023", mode="visit", loc="Washington"),
])

# ---- putin-pyongyang-partnership-treaty-2024: same-day report, DCT Wednesday 2024-06-19, no weekday --
DCT = d("2024-06-19")
VP, KJU, NK = "Vladimir Putin", "Kim Jong Un", "North Korea"
TODAY = "a same-day report with no date word at all: the DCT 2024-06-19"
ARTICLES["putin-pyongyang-partnership-treaty-2024"] = (DCT, [
    E("signed", "Kim Jong Un signed a treaty", "AGREE", VP, None, [VP, KJU], "occurred", day(DCT),
      TODAY + "; a pair: first named, null target", loc="Pyongyang",
      also=[("signed", "Treaty was signed after"), ("signing", "after the signing")]),
    E("visit", "first visit to North Korea", "CONSULT", VP, NK, [VP, KJU], "ongoing", day(DCT),
      "landed before 3 a.m. on the DCT and is still there (flies on after the banquet): under way",
      mode="visit", loc="Pyongyang",
      also=[("landed", "Putin landed shortly"), ("greeted", "was greeted on the tarmac"),
            ("welcomed", "Kim welcomed him at a ceremony")]),
    E("talks", "after talks at the Kumsusan", "CONSULT", VP, KJU, [VP, KJU], "occurred", day(DCT), TODAY,
      mode="visit", loc="Pyongyang"),
    E("called", "Putin called it a breakthrough", "STATEMENT", VP, None, [VP], "occurred", day(DCT), TODAY),
    E("said", "Kim said it lifted", "STATEMENT", KJU, None, [KJU], "occurred", day(DCT), TODAY),
    E("said", "Putin said Russia did not rule out", "STATEMENT", VP, NK, [VP, NK], "occurred", day(DCT), TODAY),
    E("condemned", "he condemned the Western sanctions", "DISAPPROVE", VP, None, [VP], "occurred", day(DCT), TODAY),
    E("thanked", "He thanked Kim", "SUPPORT", VP, KJU, [VP, KJU], "occurred", day(DCT), TODAY),
    E("pledged", "pledged full support", "SUPPORT", KJU, RU, [KJU, RU], "occurred", day(DCT), TODAY),
    E("agreed", "also agreed to build a road bridge", "AGREE", VP, None, [VP, KJU], "occurred", day(DCT), TODAY),
    E("hosted", "Kim hosted a state banquet", "CONSULT", KJU, VP, [KJU, VP], "occurred", day(DCT),
      "'Later' the same day: the DCT", mode="host", loc="Pyongyang"),
    E("state visit", "for a state visit afterwards", "CONSULT", VP, "Vietnam", [VP, "Vietnam"], "planned", NONE,
      "'due to fly on ... afterwards': the visit's day is not given", mode="visit"),
    E("expressed", "Hayashi expressed grave concern", "DISAPPROVE", "Yoshimasa Hayashi", RU,
      ["Yoshimasa Hayashi", RU, NK], "occurred", day(DCT),
      "a same-day reaction: " + TODAY + "; 'the two countries': the first named as target", loc="Tokyo"),
    E("said", "State Department spokesman said", "DISAPPROVE", US, RU, [US, RU, NK], "occurred", day(DCT),
      "a same-day reaction: " + TODAY, loc="Washington"),
    E("met", "Kim last met Putin", "CONSULT", KJU, VP, [KJU, VP], "occurred", month(2023, 9),
      "'in September last year' = September 2023 (background)", mode="visit", loc="Vostochny",
      also=[("travelled", "when he travelled there")]),
    E("visit", "previous visit to Pyongyang", "CONSULT", VP, "Kim Jong Il", [VP, "Kim Jong Il"], "occurred",
      year(2000), "'in 2000' (background)", mode="visit", loc="Pyongyang"),
    E("vetoed", "Russia vetoed the renewal", "REJECT", RU, None, [RU, "UN Security Council"], "occurred",
      month(2024, 3), "'In March' before the June DCT = March 2024 (background)"),
])

# ---- modi-kyiv-zelensky-visit-2024: DCT Friday 2024-08-23, with background paragraphs --------------
DCT = d("2024-08-23")
FRI, THU = past(DCT, "Friday"), past(DCT, "Thursday")
NM, IN = "Narendra Modi", "India"
FRIDAY = "no date of its own in the body: the day the lead gives, 'on Friday' = the DCT 2024-08-23"
ARTICLES["modi-kyiv-zelensky-visit-2024"] = (DCT, [
    E("held talks", "Narendra Modi held talks", "CONSULT", NM, VZ, [NM, VZ], "occurred", day(FRI),
      "'on Friday' in Friday's paper = the DCT", mode="visit", loc="Kyiv",
      also=[("talks", "Before the talks"), ("met", "leaders met first alone"), ("talks", "the talks had been frank")]),
    E("visit", "the first visit by an Indian", "CONSULT", NM, UA, [NM, VZ], "ongoing", day(FRI),
      "arrived on the Friday DCT and 'was to leave Kyiv in the evening': under way", mode="visit", loc="Kyiv",
      also=[("arrived", "Modi arrived by train"), ("trip", "The trip was watched"), ("leave", "was to leave Kyiv")]),
    E("told", "and told him that India", "STATEMENT", NM, VZ, [NM, VZ], "occurred", day(FRI),
      "'on Friday' in the lead", loc="Kyiv",
      also=[("told", "Modi told Zelensky in remarks"), ("said", "He said India was ready")]),
    E("signed", "India and Ukraine signed four", "AGREE", IN, None, [IN, UA], "occurred", day(FRI), FRIDAY, loc="Kyiv"),
    E("handed over", "India handed over four", "AID", IN, UA, [IN, UA], "occurred", day(FRI), FRIDAY, loc="Kyiv"),
    E("thanked", "Zelensky thanked him", "SUPPORT", VZ, NM, [VZ, NM], "occurred", day(FRI), FRIDAY, loc="Kyiv"),
    E("said", "Zelensky said India could host", "STATEMENT", VZ, IN, [VZ, IN], "occurred", day(FRI),
      "'afterwards', after the talks: " + FRIDAY, loc="Kyiv"),
    E("host", "India could host a second", "CONSULT", IN, None, [IN], "hypothetical", NONE,
      "'could host ... but only if': conditional, undated", mode="host"),
    E("invited", "Modi invited Zelensky", "CONSULT", NM, VZ, [NM, VZ], "planned", NONE,
      "'at a mutually convenient time': undated", mode="host"),
    E("urged", "Modi had urged both Russia", "DEMAND", NM, RU, [NM, RU, UA], "occurred", day(FRI),
      "in the talks: " + FRIDAY + "; 'both Russia and Ukraine': the first named as target"),
    E("visit", "Modi's visit to Moscow in July", "CONSULT", NM, RU, [NM, VP], "occurred", month(2024, 7),
      "'in July' before the August DCT = July 2024 (background)", mode="visit", loc="Moscow",
      also=[("visit", "That visit fell")]),
    E("struck", "missile struck the Okhmatdyt", "ASSAULT", RU, UA, [RU, UA], "occurred", month(2024, 7),
      "'on the day' of the July visit: July 2024 (background)", loc="Kyiv"),
    E("called", "Zelensky called it a huge", "DISAPPROVE", VZ, NM, [VZ, NM], "occurred", month(2024, 7),
      "a reaction to the July visit, told with it: July 2024 (background, not the story day)"),
    E("meeting", "At a meeting in Samarkand", "CONSULT", NM, VP, [NM, VP], "occurred", month(2022, 9),
      "'in September 2022'", mode="third-party", loc="Samarkand"),
    E("told", "Modi told Putin that today", "STATEMENT", NM, VP, [NM, VP], "occurred", month(2022, 9),
      "at the September 2022 meeting"),
    E("attended", "India attended the peace summit", "CONSULT", IN, None, [IN, UA], "occurred", month(2024, 6),
      "'in June' before the August DCT = June 2024", mode="third-party"),
    E("spent two days", "Modi spent two days in Poland", "CONSULT", NM, "Poland", [NM, "Poland"], "occurred",
      span(THU - timedelta(days=1), THU),
      "'two days in Poland' ending with Thursday's talks and the overnight train: 08-21 to 08-22",
      mode="visit", loc="Warsaw"),
    E("held talks", "on Thursday he held talks", "CONSULT", NM, "Donald Tusk", [NM, "Donald Tusk"], "occurred",
      day(THU), "'on Thursday' before the Friday DCT = 2024-08-22", mode="visit", loc="Warsaw"),
    E("agreed", "The two governments agreed", "AGREE", IN, None, [IN, "Poland"], "occurred", day(THU),
      "at Thursday's talks = 2024-08-22 (not the story day)", loc="Warsaw"),
    E("said", "Tusk said he counted", "STATEMENT", "Donald Tusk", IN, ["Donald Tusk", IN], "occurred", day(THU),
      "at Thursday's talks = 2024-08-22", loc="Warsaw"),
])

# ---- scholz-xi-beijing-day-trip-2022: Saturday paper, DCT 2022-11-05, lead 'on Friday' -------------
DCT = d("2022-11-05")
FRI = past(DCT, "Friday")
OS, DE = "Olaf Scholz", "Germany"
FRIB = "no date of its own in the body: the day the lead gives, 'on Friday' = 2022-11-04"
ARTICLES["scholz-xi-beijing-day-trip-2022"] = (DCT, [
    E("agreed", "Olaf Scholz agreed on Friday", "AGREE", XI, None, [XI, OS], "occurred", day(FRI),
      "'on Friday' before the Saturday DCT = 2022-11-04; a pair: first named, null target", loc="Beijing",
      also=[("agreed", "the two of them had agreed")]),
    E("visit", "the first visit to China by a Group", "CONSULT", OS, CN, [OS, XI], "occurred", day(FRI),
      "the Friday trip of the lead; he 'flew home after about eleven hours'", mode="visit", loc="Beijing",
      also=[("flew in", "who flew in with"), ("flew home", "Scholz flew home"), ("visit", "The visit was contested")]),
    E("received", "was received by Xi", "CONSULT", XI, OS, [XI, OS], "occurred", day(FRI), FRIB, mode="host",
      loc="Beijing"),
    E("told", "he had told Xi that China", "DEMAND", OS, XI, [OS, XI], "occurred", day(FRI), FRIB, loc="Beijing"),
    E("saying", "quoted Xi as saying", "STATEMENT", XI, None, [XI], "occurred", day(FRI), FRIB, loc="Beijing"),
    E("called on", "Xi also called on the two", "DEMAND", XI, DE, [XI, DE], "occurred", day(FRI), FRIB, loc="Beijing",
      also=[("warned", "warned against bloc")]),
    E("met", "Scholz then met Premier", "CONSULT", OS, "Li Keqiang", [OS, "Li Keqiang"], "occurred", day(FRI),
      "'then', after the Xi meeting: " + FRIB, mode="visit", loc="Beijing"),
    E("said", "he said any change in the status", "STATEMENT", OS, None, [OS], "occurred", day(FRI),
      "at the joint news conference with Li: " + FRIB, loc="Beijing"),
    E("pressed", "he pressed for fairer access", "DEMAND", OS, CN, [OS, CN], "occurred", day(FRI), FRIB, loc="Beijing"),
    E("said", "Li said China would keep", "STATEMENT", "Li Keqiang", None, ["Li Keqiang"], "occurred", day(FRI), FRIB,
      loc="Beijing", also=[("promised", "promised that foreign firms")]),
    E("voiced concern", "Scholz also voiced concern", "DISAPPROVE", OS, CN, [OS, CN], "occurred", day(FRI), FRIB,
      loc="Beijing"),
    E("agreed", "Beijing had agreed to let", "CONCEDE", CN, DE, [CN, DE], "occurred", day(FRI),
      "reported by Scholz during the Friday trip: " + FRIB),
    E("wrote", "Scholz wrote that Germany", "STATEMENT", OS, CN, [OS, CN], "occurred", NONE,
      "'before his departure': the text gives no day for the opinion article"),
    E("video call", "spoken in a video call in May", "CONSULT", XI, None, [XI, OS], "occurred", month(2022, 5),
      "'in May' before the November DCT = May 2022; 'The two leaders': first named, null target", mode="phone"),
    E("visit", "due to visit Vietnam", "CONSULT", OS, "Vietnam", [OS, "Vietnam"], "planned", day(d("2022-11-13")),
      "'on November 13', year from the DCT", mode="visit"),
    E("travel", "then travel to Singapore", "CONSULT", OS, "Singapore", [OS, "Singapore"], "planned", NONE,
      "'then', after November 13, with no day given", mode="visit"),
    E("summit", "Group of 20 summit", "CONSULT", "G20", None, ["G20"], "planned", NONE,
      "the text gives no date for the summit", mode="third-party", loc="Bali"),
    E("visit", "follow-up visit by Chinese", "CONSULT", CN, DE, [CN, DE], "planned", NONE, "'no date was set'",
      mode="visit", loc="Berlin"),
])

# ---- zelensky-washington-congress-2022: Thursday paper, DCT 2022-12-22, lead 'on Wednesday night' ---
DCT = d("2022-12-22")
W = past(DCT, "Wednesday")
WED = "no date of its own in the body: the day the lead gives, 'on Wednesday night' = 2022-12-21"
ARTICLES["zelensky-washington-congress-2022"] = (DCT, [
    E("told", "Zelensky told a joint meeting", "STATEMENT", VZ, US, [VZ, US], "occurred", day(W),
      "'on Wednesday night' before the Thursday DCT = 2022-12-21", loc="Washington",
      also=[("speech", "Before the speech"), ("address", "after the address")]),
    E("visit", "a ten-hour visit to Washington", "CONSULT", VZ, US, [VZ, JB], "occurred", day(W),
      "the visit the Wednesday address capped: " + WED, mode="visit", loc="Washington",
      also=[("trip", "first trip outside Ukraine"), ("arrived", "Zelensky arrived at Joint Base"),
            ("left", "He left in the evening"), ("trip", "The trip was kept secret")]),
    E("thanked", "He thanked Americans", "SUPPORT", VZ, US, [VZ, US], "occurred", day(W), "in the address: " + WED,
      loc="Washington"),
    E("met", "The two men met in the Oval Office", "CONSULT", JB, VZ, [JB, VZ], "occurred", day(W),
      "'Earlier' than the Wednesday night address: " + WED, mode="host", loc="Washington",
      also=[("welcomed", "Biden welcomed Zelensky")]),
    E("announced", "Biden announced a further $1.85", "AID", JB, UA, [JB, UA], "occurred", day(W), WED,
      loc="Washington"),
    E("vowed", "vowed that the United States", "SUPPORT", JB, UA, [JB, UA], "occurred", day(W), WED, loc="Washington"),
    E("said", "Zelensky said Ukraine would need", "STATEMENT", VZ, None, [VZ], "occurred", day(W),
      "at the joint news conference: " + WED, loc="Washington"),
    E("said", "Biden said he did not want", "STATEMENT", JB, None, [JB], "occurred", day(W), WED, loc="Washington"),
    E("met", "Zelensky met leaders of both", "CONSULT", VZ, None, [VZ, US], "occurred", day(W),
      "'Before the speech': " + WED, mode="visit", loc="Washington"),
    E("wrote", "He wrote on Telegram", "STATEMENT", VZ, None, [VZ], "occurred", day(W), "'as he landed': " + WED),
    E("phone call", "during a phone call on December 11", "CONSULT", JB, VZ, [JB, VZ], "occurred",
      day(d("2022-12-11")), "'on December 11', year from the DCT", mode="phone",
      also=[("invited", "Biden had invited Zelensky")]),
    E("accepted", "Ukrainian leader accepted on December 14", "AGREE", VZ, JB, [VZ, JB], "occurred",
      day(d("2022-12-14")), "'on December 14', year from the DCT"),
    E("said", "the Kremlin spokesman, said", "DISAPPROVE", "Dmitry Peskov", US, ["Dmitry Peskov", US], "occurred",
      span(W, DCT), "a reaction to the Wednesday visit with no date of its own in Thursday's paper: 12-21 to 12-22"),
    E("said", "Putin said on Thursday", "DISAPPROVE", VP, US, [VP, US], "occurred", day(DCT),
      "'on Thursday' = the Thursday DCT 2022-12-22"),
    E("said", "He also said that Russia's goal", "STATEMENT", VP, None, [VP], "occurred", day(DCT),
      "the same remarks as 'on Thursday' in the previous sentence = 2022-12-22"),
    E("met", "last met at the White House", "CONSULT", VZ, JB, [VZ, JB], "occurred", month(2021, 9),
      "'in September 2021' (background)", mode="visit", loc="Washington"),
    E("promised", "Biden promised support", "SUPPORT", JB, VZ, [JB, VZ], "occurred", month(2021, 9),
      "at the September 2021 meeting (background)"),
    E("turned down", "turned down Zelensky's request", "REJECT", JB, VZ, [JB, VZ], "occurred", month(2021, 9),
      "at the September 2021 meeting (background)"),
    E("approve", "expected to approve about $45", "AID", US, UA, [US, UA], "planned", NONE,
      "'is expected to': no date given"),
])

if __name__ == "__main__":
    build(dry="--dry" in sys.argv)
