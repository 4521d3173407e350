"""Build bench/gold12/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Wednesday" in Wednesday's wire,
"on Monday" in Tuesday's paper, "the day before"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold12/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, of_last_week, past, span, week, year  # noqa: E402,F401
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


# ---- wire-us-cuba-thaw-prisoner-swap-2014: wire .txt, DCT Wednesday 2014-12-17 (dateline) ----
DCT = d("2014-12-17")
WED = past(DCT, "Wednesday")
BO, RC, US, CU = "Barack Obama", "Raul Castro", "United States", "Cuba"
SAME = "no date word of its own in the body of Wednesday's wire: the day of the lead, the DCT 2014-12-17"
ARTICLES["wire-us-cuba-thaw-prisoner-swap-2014"] = (DCT, [
    E("said", "Barack Obama said on Wednesday", "ANNOUNCE", BO, CU, [BO, CU], "occurred", day(WED),
      "'on Wednesday' in Wednesday's wire = the DCT", loc="Washington",
      also=[("announcement", "The announcement followed"), ("spoke", "Obama spoke from the White House")]),
    E("release", "followed the release by Cuban", "CONCEDE", CU, US, [CU, "Alan Gross"], "occurred", day(WED),
      SAME + " (Gross flew out 'in the morning' of that day)", loc="Havana"),
    E("freed", "Washington freed three Cuban", "CONCEDE", US, CU, [US, CU], "occurred", day(WED), SAME,
      also=[("exchange", "In a separate exchange")]),
    E("handed over", "Havana handed over a Cuban man", "CONCEDE", CU, US, [CU, US], "occurred", day(WED), SAME),
    E("addressed", "Raul Castro addressed his country", "ANNOUNCE", RC, None, [RC], "occurred", day(WED),
      "'At the same hour' as Obama's noon speech: " + SAME, loc="Havana",
      also=[("telling", "telling Cubans that the two")]),
    E("urged", "urged Washington to lift it", "DEMAND", RC, US, [RC, US], "occurred", day(WED), SAME),
    E("agreed", "two governments had agreed to restore", "AGREE", US, CU, [US, CU], "occurred", NONE,
      "'had agreed', told in Castro's speech: no date of its own"),
    E("discussed", "two leaders had discussed the arrangements", "CONSULT", BO, RC, [BO, RC], "occurred",
      day(WED - timedelta(days=1)), "'the day before' the Wednesday of the lead = 2014-12-16", mode="phone",
      also=[("call", "in a call of close"), ("conversation", "first substantive conversation")]),
    E("eased", "eased limits on travel", "CONCEDE", BO, CU, [BO, CU], "occurred", day(WED), SAME),
    E("agreed to free", "Havana agreed to free 53", "AGREE", CU, US, [CU, US], "occurred", NONE,
      "'As part of the understanding': no date of its own"),
    E("talks", "eighteen months of secret talks", "CONSULT", US, CU, [US, CU, "Canada"], "occurred",
      span(d("2013-06-17"), DCT), "'eighteen months of' talks ending in the deal: mid-June 2013 to the DCT",
      mode="third-party"),
    E("wrote", "Pope Francis wrote to both presidents", "DEMAND", "Pope Francis", None, ["Pope Francis", BO, RC],
      "occurred", span(d("2014-06-01"), d("2014-08-31")), "'in the summer' of the DCT's year: June to August 2014"),
    E("received", "the Vatican received the two delegations", "CONSULT", "Holy See", None, ["Holy See", US, CU],
      "occurred", month(2014, 10), "'in October' before a December DCT = October 2014", mode="host", loc="Vatican",
      also=[("round", "for a final round")]),
    E("issued a statement", "The Vatican issued a statement", "SUPPORT", "Holy See", None, ["Holy See"],
      "occurred", day(WED), "same-day reaction with no date word in Wednesday's wire: the DCT"),
    E("welcomed", "Stephen Harper welcomed the move", "SUPPORT", "Stephen Harper", None, ["Stephen Harper"],
      "occurred", day(WED), "same-day reaction: the DCT", also=[("said", "said Ottawa had been pleased")]),
    E("lead a delegation", "would lead a delegation to Havana", "CONSULT", "Roberta Jacobson", CU,
      ["Roberta Jacobson", CU], "planned", month(2015, 1), "'in January' after a December DCT = January 2015",
      mode="visit", loc="Havana", also=[("talks", "for talks on migration")]),
    E("praised", "Nicolas Maduro praised the decision", "SUPPORT", "Nicolas Maduro", None, ["Nicolas Maduro"],
      "occurred", day(WED), "same-day reaction: the DCT"),
    E("broke off relations", "United States broke off relations", "SANCTION", US, CU, [US, CU], "occurred",
      month(1961, 1), "background: 'in January 1961'"),
    E("imposed", "imposed the trade embargo", "SANCTION", US, CU, [US, CU], "occurred", year(1962),
      "'the following year' after 1961 = 1962"),
    E("arrested", "Gross was arrested in December 2009", "COERCE", CU, "Alan Gross", [CU, "Alan Gross"],
      "occurred", month(2009, 12), "background: 'in December 2009'"),
])


# ---- pyongyang-moon-kim-joint-declaration-2018: .md same-day report, NO weekday or date word for the story day ----
DCT = d("2018-09-19")
KJ, MJ, NK, SK = "Kim Jong Un", "Moon Jae-in", "North Korea", "South Korea"
SAME = "same-day report with no date word for the story day: the act of the lead's day, the DCT 2018-09-19"
PREV = DCT - timedelta(days=1)
ARTICLES["pyongyang-moon-kim-joint-declaration-2018"] = (DCT, [
    E("agreed", "Kim Jong Un agreed to permanently", "AGREE", KJ, MJ, [KJ, MJ], "occurred", day(DCT),
      "the lead's act in a same-day report with no date word: the DCT", loc="Pyongyang"),
    E("signed", "he and South Korean President Moon Jae-in signed", "AGREE", KJ, MJ, [KJ, MJ], "occurred",
      day(DCT), "the lead's act, no date word: the DCT", loc="Pyongyang",
      also=[("put their names to", "put their names to the Pyongyang"), ("signing", "After the signing")]),
    E("talks", "their second round of talks", "CONSULT", KJ, MJ, [KJ, MJ], "occurred", day(DCT),
      "'in the morning' of the story day: " + SAME, mode="host", loc="Pyongyang",
      also=[("met", "The two leaders met for about")]),
    E("offered", "Kim also offered to shut", "COOPERATE", KJ, US, [KJ, US], "occurred", day(DCT), SAME),
    E("agreed", "Moon and Kim agreed to work", "AGREE", MJ, KJ, [MJ, KJ], "occurred", day(DCT), SAME),
    E("accepted", "Kim accepted an invitation", "AGREE", KJ, MJ, [KJ, MJ], "occurred", day(DCT), SAME),
    E("visit", "invitation to visit Seoul", "CONSULT", KJ, SK, [KJ, SK], "planned", NONE,
      "'in the near future': no date", mode="visit", loc="Seoul"),
    E("signed", "No Kwang Chol, signed a military", "AGREE", "Song Young-moo", "No Kwang Chol",
      ["Song Young-moo", "No Kwang Chol"], "occurred", day(DCT), "'Separately', same day: " + SAME,
      loc="Pyongyang", also=[("pact", "the military pact as")]),
    E("said", "Kim said the peninsula", "STATEMENT", KJ, None, [KJ], "occurred", day(DCT),
      "'After the signing': " + SAME),
    E("said", "Moon said the two Koreas", "STATEMENT", MJ, None, [MJ], "occurred", day(DCT), SAME),
    E("lunched", "The leaders then lunched", "CONSULT", KJ, MJ, [KJ, MJ], "occurred", day(DCT),
      "'then': " + SAME, mode="host", loc="Pyongyang"),
    E("addressed", "Moon addressed some 150,000", "STATEMENT", MJ, None, [MJ], "occurred", day(DCT),
      "'In the evening' of the story day: " + SAME, loc="Pyongyang"),
    E("thanked", "thanked Kim for his hospitality", "SUPPORT", MJ, KJ, [MJ, KJ], "occurred", day(DCT),
      "in the evening speech: " + SAME, loc="Pyongyang"),
    E("welcomed", "Mike Pompeo welcomed the results", "SUPPORT", "Mike Pompeo", None, ["Mike Pompeo"], "occurred",
      day(DCT), "'reacted quickly', same-day reaction with no date word: the DCT"),
    E("meet", "Ri Yong Ho, to meet him in New York", "CONSULT", "Mike Pompeo", "Ri Yong Ho",
      ["Mike Pompeo", "Ri Yong Ho"], "planned", week(DCT + timedelta(days=7)),
      "'next week' = the ISO week after the DCT's", mode="host", loc="New York",
      also=[("invited", "said he had invited")]),
    E("meet", "Stephen Biegun would meet", "CONSULT", "Stephen Biegun", NK, ["Stephen Biegun", NK], "planned",
      NONE, "no date given", mode="third-party", loc="Vienna", also=[("negotiations", "to start negotiations")]),
    E("called", "Donald Trump called the outcome", "SUPPORT", "Donald Trump", None, ["Donald Trump"], "occurred",
      day(DCT), "same-day reaction: the DCT", also=[("post", "in a post on Twitter")]),
    E("said", "government said it wanted to hear", "STATEMENT", "Japan", None, ["Japan"], "occurred", day(DCT),
      "same-day reaction in Tokyo: the DCT", loc="Tokyo"),
    E("call", "repeated its call for the return", "DEMAND", "Japan", NK, ["Japan", NK], "occurred", day(DCT),
      "same-day reaction in Tokyo: the DCT", loc="Tokyo"),
    E("arrived", "Moon arrived in the North the previous", "CONSULT", MJ, NK, [MJ, NK, KJ], "ongoing",
      span(PREV, DCT + timedelta(days=1)),
      "'the previous morning' = 2018-09-18, to 'tomorrow before Moon flies home' = 2018-09-20; under way at the DCT",
      mode="visit", loc="Pyongyang", also=[("visit", "The visit is the third")]),
    E("greeted", "Kim and his wife greeted him", "CONSULT", KJ, MJ, [KJ, MJ], "occurred", day(PREV),
      "'when' he arrived 'the previous morning' = 2018-09-18", mode="host", loc="Pyongyang"),
    E("talks", "first round of talks at the headquarters", "CONSULT", KJ, MJ, [KJ, MJ], "occurred", day(PREV),
      "'that afternoon' of the arrival day = 2018-09-18", mode="host", loc="Pyongyang"),
    E("travel", "due to travel to Mount Paektu", "CONSULT", KJ, MJ, [KJ, MJ], "planned",
      day(DCT + timedelta(days=1)), "'tomorrow' = 2018-09-20", mode="host", loc="Mount Paektu"),
    E("meet", "when the two meet at the United Nations", "CONSULT", MJ, "Donald Trump", [MJ, "Donald Trump"],
      "planned", week(DCT + timedelta(days=7)), "'next week' = the ISO week after the DCT's", mode="third-party",
      loc="New York", also=[("brief", "Moon plans to brief Trump")]),
])


# ---- turkey-israel-reconciliation-deal-2016: .md Tuesday paper, lead "on Monday", Background section ----
DCT = d("2016-06-28")
MON = past(DCT, "Monday")
BN, BY, RE, TR, IL = "Benjamin Netanyahu", "Binali Yildirim", "Recep Tayyip Erdogan", "Turkey", "Israel"
SAME = "no date word of its own in Tuesday's paper: the day of the lead, 'on Monday' = 2016-06-27"
REACT = "an undated reaction in Tuesday's paper: between Monday's announcement and the DCT"
ARTICLES["turkey-israel-reconciliation-deal-2016"] = (DCT, [
    E("announced", "Turkey and Israel announced on Monday", "ANNOUNCE", TR, IL, [TR, IL], "occurred", day(MON),
      "'on Monday' in Tuesday's paper = 2016-06-27", also=[("presented", "Yildirim presented it")]),
    E("unveiled", "Netanyahu unveiled the accord", "ANNOUNCE", BN, TR, [BN, TR], "occurred", day(MON),
      "'at almost the same moment' as the lead's announcement: " + SAME, loc="Rome"),
    E("meeting", "where he was meeting U.S. Secretary", "CONSULT", BN, "John Kerry", [BN, "John Kerry"],
      "occurred", day(MON), SAME, mode="third-party", loc="Rome",
      also=[("saw", "who saw Netanyahu after")]),
    E("pay", "Israel will pay $20 million", "CONCEDE", IL, TR, [IL, TR], "planned", NONE,
      "a term of the deal, no date"),
    E("pass", "Turkey will pass a law", "CONCEDE", TR, IL, [TR, IL], "planned", NONE, "a term of the deal, no date"),
    E("accepted", "Israel also accepted that Turkish aid", "CONCEDE", IL, TR, [IL, TR], "occurred", day(MON), SAME),
    E("allowed", "allowed Turkey to build a hospital", "CONCEDE", IL, TR, [IL, TR], "occurred", day(MON), SAME),
    E("stressed", "a point Netanyahu stressed", "STATEMENT", BN, None, [BN], "occurred", day(MON), SAME),
    E("demanded", "Ankara had long demanded", "DEMAND", TR, IL, [TR, IL], "occurred", NONE,
      "'had long demanded': no date"),
    E("conceded", "Yildirim conceded the demand", "STATEMENT", BY, None, [BY], "occurred", day(MON),
      SAME + "; an admission, not a concession to anyone"),
    E("told", "Netanyahu told reporters the deal", "STATEMENT", BN, None, [BN], "occurred", day(MON), SAME,
      loc="Rome"),
    E("welcomed", "welcomed the agreement as a positive", "SUPPORT", "John Kerry", None, ["John Kerry"],
      "occurred", day(MON), "'after the announcement', at the Monday meeting: " + SAME, loc="Rome"),
    E("exchange", "would exchange ambassadors", "COOPERATE", TR, IL, [TR, IL], "planned", NONE,
      "'as soon as possible': no date", also=[("said", "Yildirim said the two")]),
    E("sign", "are to sign the text on Tuesday", "AGREE", TR, IL, [TR, IL], "planned", day(DCT),
      "'on Tuesday' in Tuesday's paper = the DCT"),
    E("said", "Hamas, which governs Gaza, said", "STATEMENT", "Hamas", None, ["Hamas"], "occurred",
      span(MON, DCT), REACT),
    E("sent a letter", "Erdogan sent a letter to Vladimir Putin", "STATEMENT", RE, "Vladimir Putin",
      [RE, "Vladimir Putin"], "occurred", day(MON), "'On the same day' as the Monday announcement = 2016-06-27"),
    E("said", "Dmitry Peskov, said the letter", "STATEMENT", "Dmitry Peskov", None, ["Dmitry Peskov"], "occurred",
      day(MON), "in the 'same day' paragraph: Monday 2016-06-27", loc="Moscow"),
    E("shot down", "warplane shot down by Turkish jets", "ASSAULT", TR, "Russia", [TR, "Russia"], "occurred",
      month(2015, 11), "'in November' before a June DCT = November 2015"),
    E("stormed", "Israeli commandos stormed the Mavi Marmara", "ASSAULT", IL, TR, [IL, TR], "occurred",
      month(2010, 5), "background: 'in May 2010'",
      also=[("raid", "with a deadly Israeli raid"), ("raid", "ten Turks killed in the raid")]),
    E("recalled", "Turkey recalled its ambassador", "SANCTION", TR, IL, [TR, IL], "occurred", month(2010, 5),
      "'after the raid' in the May 2010 paragraph: May 2010"),
    E("expelled", "expelled Israel's envoy", "SANCTION", TR, IL, [TR, IL], "occurred", month(2011, 9),
      "'in September 2011'"),
    E("suspended", "suspended military agreements", "SANCTION", TR, IL, [TR, IL], "occurred", month(2011, 9),
      "coordinated with the expulsion 'in September 2011'"),
    E("visit", "during a visit to Israel by President", "CONSULT", BO, IL, [BO, IL], "occurred", month(2013, 3),
      "'In March 2013'", mode="visit"),
    E("telephoned", "Netanyahu telephoned Erdogan", "CONSULT", BN, RE, [BN, RE], "occurred", month(2013, 3),
      "'In March 2013'", mode="phone"),
    E("apologised", "apologised for \"operational mistakes\"", "STATEMENT", BN, RE, [BN, RE], "occurred",
      month(2013, 3), "in the March 2013 call"),
    E("agreed", "the two leaders agreed to normalise", "AGREE", BN, RE, [BN, RE], "occurred", month(2013, 3),
      "in the March 2013 call"),
    E("met", "Negotiators met again in Switzerland", "CONSULT", IL, TR, [IL, TR], "occurred", month(2015, 12),
      "'in December last year' in a 2016 paper = December 2015", mode="third-party"),
    E("reached", "reached a draft understanding", "AGREE", IL, TR, [IL, TR], "occurred", month(2015, 12),
      "coordinated with the December 2015 meeting"),
    E("round", "a final round was held in Rome", "CONSULT", IL, TR, [IL, TR], "occurred", day(past(DCT, "Sunday")),
      "'on Sunday' before the Tuesday DCT = 2016-06-26", mode="third-party", loc="Rome"),
])


# ---- explainer-black-sea-grain-deal-russia-exit-2023: .md Tuesday explainer, lead "on Monday", dated bullets ----
DCT = d("2023-07-18")
MON = past(DCT, "Monday")
RU, UA, RE, AG = "Russia", "Ukraine", "Recep Tayyip Erdogan", "António Guterres"
SAME = "no date word of its own in Tuesday's explainer: the day of the lead, 'on Monday' = 2023-07-17"
REACT = "an undated reaction in Tuesday's explainer: between Monday's exit and the DCT"
ARTICLES["explainer-black-sea-grain-deal-russia-exit-2023"] = (DCT, [
    E("pulled out", "Russia pulled out of the agreement", "RETREAT", RU, UA, [RU, UA, "Turkey", "UN"], "occurred",
      day(MON), "'the Kremlin said on Monday' in Tuesday's explainer = 2023-07-17",
      also=[("decision", "about the decision, the reactions"), ("decision", "deeply regretted the decision")]),
    E("told", "Dmitry Peskov told reporters", "ANNOUNCE", "Dmitry Peskov", None, ["Dmitry Peskov"], "occurred",
      day(MON), "'the Kremlin said on Monday' = 2023-07-17", loc="Moscow",
      also=[("said", "the Kremlin said on Monday")]),
    E("notified", "formally notified Turkey, Ukraine", "ANNOUNCE", RU, None, [RU, "Turkey", UA, "UN"], "occurred",
      day(MON), "'then', after Peskov's words: " + SAME),
    E("regretted", "deeply regretted the decision", "DISAPPROVE", AG, RU, [AG, RU], "occurred", span(MON, DCT),
      REACT, also=[("warned", "warned that hundreds")]),
    E("called", "Antony Blinken called the move", "DISAPPROVE", "Antony Blinken", RU, ["Antony Blinken", RU],
      "occurred", span(MON, DCT), REACT),
    E("said", "Volodymyr Zelensky said Kyiv was ready", "STATEMENT", "Volodymyr Zelensky", None,
      ["Volodymyr Zelensky"], "occurred", span(MON, DCT), REACT),
    E("urged", "urged Ankara and the UN", "DEMAND", "Volodymyr Zelensky", "Turkey", ["Volodymyr Zelensky", "Turkey", "UN"],
      "occurred", span(MON, DCT), REACT),
    E("said", "Erdogan said he believed", "STATEMENT", RE, None, [RE], "occurred", span(MON, DCT), REACT),
    E("discuss", "would discuss it by phone", "CONSULT", RE, "Vladimir Putin", [RE, "Vladimir Putin"], "planned",
      NONE, "no date given", mode="phone"),
    E("struck", "Russia struck the port city", "ASSAULT", RU, UA, [RU, UA], "occurred", span(MON, DCT),
      "'Overnight' in Tuesday's explainer: the night from Monday to Tuesday", loc="Odesa"),
    E("attack", "an attack on the Crimean bridge", "ASSAULT", None, RU, [RU], "occurred", day(MON),
      "'on Monday' = 2023-07-17", loc="Crimea"),
    E("signed", "Russia and Ukraine signed parallel", "AGREE", RU, None, [RU, UA, "Turkey", "UN"], "occurred",
      day(d("2022-07-22")), "bullet 'July 22, 2022'", loc="Istanbul", also=[("ceremony", "at a ceremony in Istanbul")]),
    E("signed", "Moscow also signed a memorandum", "AGREE", RU, "UN", [RU, "UN"], "occurred", day(d("2022-07-22")),
      "same bullet: 'July 22, 2022'", loc="Istanbul"),
    E("suspended", "Moscow suspended its participation", "RETREAT", RU, UA, [RU, UA], "occurred",
      day(d("2022-10-29")), "bullet 'October 29, 2022'"),
    E("rejoined", "Russia rejoined the deal", "COOPERATE", RU, UA, [RU, UA, "Turkey"], "occurred",
      day(d("2022-11-02")), "bullet 'November 2, 2022'"),
    E("extended", "the parties extended the arrangement", "AGREE", RU, None, [RU, UA, "Turkey", "UN"], "occurred",
      day(d("2022-11-17")), "bullet 'November 17, 2022'"),
    E("renewed", "the deal was renewed again", "AGREE", None, None, [RU, UA, "Turkey", "UN"], "occurred",
      day(d("2023-03-18")), "bullet 'March 18, 2023'"),
    E("insisted", "Moscow insisted the extension", "STATEMENT", RU, None, [RU], "occurred", day(d("2023-03-18")),
      "same bullet: 'March 18, 2023'"),
    E("announced", "Erdogan announced a further", "ANNOUNCE", RE, None, [RE], "occurred", day(d("2023-05-17")),
      "bullet 'May 17, 2023'"),
    E("visit", "Putin may visit Turkey in August", "CONSULT", "Vladimir Putin", "Turkey", ["Vladimir Putin", "Turkey"],
      "hypothetical", month(2023, 8), "'may visit ... in August' = August 2023", mode="visit",
      also=[("visit", "to use the visit")]),
])


# ---- readouts-biden-putin-video-call-ukraine-2021: .md Wednesday paper, two readouts of one call, lead 'on Tuesday' ----
DCT = d("2021-12-08")
TUE, MON = past(DCT, "Tuesday"), past(DCT, "Monday")
JB, VP, US, RU = "Joe Biden", "Vladimir Putin", "United States", "Russia"
SAME = "during the call, no date word of its own in Wednesday's paper: 'on Tuesday' = 2021-12-07"
AFTER = "after the call, undated in Wednesday's paper: between the call and the DCT"
ARTICLES["readouts-biden-putin-video-call-ukraine-2021"] = (DCT, [
    E("video call", "two-hour video call on Tuesday", "CONSULT", JB, VP, [JB, VP], "occurred", day(TUE),
      "'on Tuesday' in Wednesday's paper = 2021-12-07", mode="phone",
      also=[("call", "Before the call, Biden"), ("call", "After the call ended"),
            ("conversation", "described the conversation")]),
    E("readout", "According to the White House readout", "STATEMENT", US, None, [US], "occurred", span(TUE, DCT),
      AFTER, also=[("put out", "Each government put out")]),
    E("voiced", "Biden voiced the deep concerns", "DISAPPROVE", JB, RU, [JB, RU], "occurred", day(TUE), SAME),
    E("made clear", "He made clear that Washington", "THREATEN", JB, RU, [JB, RU], "occurred", day(TUE), SAME,
      also=[("told", "Biden had told Putin")]),
    E("reiterated", "he reiterated his support", "SUPPORT", JB, "Ukraine", [JB, "Ukraine"], "occurred", day(TUE), SAME),
    E("called for", "Biden called for de-escalation", "DEMAND", JB, RU, [JB, RU], "occurred", day(TUE), SAME),
    E("tasked", "two presidents tasked their teams", "AGREE", JB, VP, [JB, VP], "occurred", day(TUE), SAME,
      also=[("agreed", "presidents agreed to instruct")]),
    E("said", "Jake Sullivan said Biden", "STATEMENT", "Jake Sullivan", None, ["Jake Sullivan"], "occurred",
      span(TUE, DCT), "'Briefing reporters afterwards': " + AFTER, also=[("added", "Sullivan added that")]),
    E("send", "would send more forces", "MOBILIZE", US, None, [US, "NATO"], "hypothetical", NONE,
      "'if Russia invaded': conditional, no date"),
    E("summary", "The Kremlin's summary", "STATEMENT", RU, None, [RU], "occurred", span(TUE, DCT), AFTER),
    E("told", "Putin told Biden that NATO", "DISAPPROVE", VP, "NATO", [VP, "NATO"], "occurred", day(TUE), SAME),
    E("asked for", "Putin asked for reliable", "DEMAND", VP, JB, [VP, JB], "occurred", day(TUE), SAME),
    E("described", "described the conversation as frank", "STATEMENT", "Yuri Ushakov", None, ["Yuri Ushakov"],
      "occurred", span(TUE, DCT), AFTER, also=[("rejected", "he rejected the idea")]),
    E("spoke", "Biden spoke with President Emmanuel Macron", "CONSULT", JB, None,
      [JB, "Emmanuel Macron", "Angela Merkel", "Mario Draghi", "Boris Johnson"], "occurred", day(MON),
      "'on Monday' in Wednesday's paper = 2021-12-06"),
    E("urged", "five leaders urged Russia", "DEMAND", JB, RU, [JB, RU], "occurred", day(MON),
      "in the Monday conversation = 2021-12-06"),
    E("telephoned", "Antony Blinken telephoned", "CONSULT", "Antony Blinken", "Volodymyr Zelensky",
      ["Antony Blinken", "Volodymyr Zelensky"], "occurred", day(MON), "'the same day' as Monday = 2021-12-06",
      mode="phone"),
    E("briefed", "Biden briefed the four European", "CONSULT", JB, None, [JB], "occurred", day(TUE),
      "'After the call ended': the day of the call, 2021-12-07"),
    E("speak", "He plans to speak with Zelensky", "CONSULT", JB, "Volodymyr Zelensky", [JB, "Volodymyr Zelensky"],
      "planned", day(future(DCT, "Thursday")), "'on Thursday' in a future clause = 2021-12-09"),
    E("welcomed", "Dmytro Kuleba welcomed the American", "SUPPORT", "Dmytro Kuleba", US, ["Dmytro Kuleba", US],
      "occurred", span(TUE, DCT), "an undated reaction in Wednesday's paper: between the call and the DCT",
      loc="Kyiv"),
    E("met", "last met in person in Geneva", "CONSULT", JB, VP, [JB, VP], "occurred", month(2021, 6),
      "'in June' before a December DCT = June 2021", mode="third-party", loc="Geneva"),
    E("agreed", "they agreed to start talks", "AGREE", JB, VP, [JB, VP], "occurred", month(2021, 6),
      "'when' they met in June 2021"),
])


# ---- montevideo-eu-mercosur-trade-deal-concluded-2024: .md Saturday paper, nouns ("Friday's announcement") ----
DCT = d("2024-12-07")
FRI, THU = past(DCT, "Friday"), past(DCT, "Thursday")
UVL, LL, MER, EU, FR = "Ursula von der Leyen", "Luis Lacalle Pou", "Mercosur", "EU", "France"
LULA, JM = "Luiz Inacio Lula da Silva", "Javier Milei"
SAME = "no date word of its own in Saturday's paper: the day of 'Friday's announcement' = 2024-12-06"
REACT = "an undated reaction in Saturday's paper: between Friday's announcement and the DCT"
ARTICLES["montevideo-eu-mercosur-trade-deal-concluded-2024"] = (DCT, [
    E("announcement", "Friday's announcement by", "ANNOUNCE", UVL, None, [UVL, LULA, JM, "Santiago Pena", LL],
      "occurred", day(FRI), "'Friday's' in Saturday's paper = 2024-12-06", loc="Montevideo",
      also=[("announcement", "The announcement came")]),
    E("closed", "closed a negotiation that began", "AGREE", EU, MER, [EU, MER], "occurred", day(FRI),
      "closed by Friday's announcement = 2024-12-06", loc="Montevideo",
      also=[("handshake", "The leaders' handshake"), ("conclusion", "Lula called the conclusion"),
            ("breakthrough", "welcomed the breakthrough")]),
    E("summit", "sidelines of the Mercosur summit", "CONSULT", LL, None, [LL, LULA, JM, "Santiago Pena"],
      "occurred", day(FRI), "where 'The announcement came': " + SAME, mode="host", loc="Montevideo"),
    E("called", "called the pact \"a win-win", "SUPPORT", UVL, None, [UVL], "occurred", day(FRI), SAME,
      loc="Montevideo"),
    E("visit", "Her visit had been kept", "CONSULT", UVL, "Uruguay", [UVL, "Uruguay", MER], "occurred",
      span(THU, FRI), "from 'Her arrival on Thursday evening' to Friday's announcement and dinner", mode="visit",
      loc="Montevideo", also=[("arrival", "Her arrival on Thursday"), ("visit", "for her visit at a dinner")]),
    E("message", "announced with a message", "STATEMENT", UVL, None, [UVL], "occurred", day(THU),
      "with 'Her arrival on Thursday evening' = 2024-12-05"),
    E("settled", "negotiators had settled the final", "AGREE", EU, MER, [EU, MER], "occurred", NONE,
      "'had settled' before her arrival: no date of its own"),
    E("joint statement", "a short joint statement", "ANNOUNCE", UVL, None, [UVL, LULA, JM, "Santiago Pena", LL],
      "occurred", day(FRI), "after the handshake: " + SAME, loc="Montevideo"),
    E("called", "Lula called the conclusion historic", "SUPPORT", LULA, None, [LULA], "occurred", day(FRI), SAME,
      also=[("said", "said it showed that")]),
    E("questioned", "had questioned Mercosur's value", "DISAPPROVE", JM, MER, [JM, MER], "occurred", NONE,
      "'before': no date"),
    E("backed", "backed the deal and urged", "SUPPORT", JM, None, [JM], "occurred", day(FRI), SAME),
    E("urged", "urged the bloc to give", "DEMAND", JM, MER, [JM, MER], "occurred", day(FRI), SAME),
    E("said", "presidency said the agreement", "DISAPPROVE", FR, EU, [FR, EU], "occurred", day(FRI),
      "'The reaction in Paris was immediate': " + SAME, loc="Paris"),
    E("said", "Sophie Primas, said the conclusion", "THREATEN", "Sophie Primas", EU, ["Sophie Primas", EU],
      "occurred", day(FRI), "the same immediate reaction: " + SAME, loc="Paris"),
    E("repeated its opposition", "government also repeated its opposition", "DISAPPROVE", "Poland", EU,
      ["Poland", EU], "occurred", span(FRI, DCT), REACT),
    E("welcomed", "Olaf Scholz welcomed the breakthrough", "SUPPORT", "Olaf Scholz", None, ["Olaf Scholz"],
      "occurred", span(FRI, DCT), REACT, also=[("said", "said an important obstacle")]),
    E("praised", "Pedro Sanchez praised the outcome", "SUPPORT", "Pedro Sanchez", None, ["Pedro Sanchez"],
      "occurred", span(FRI, DCT), REACT),
    E("negotiation", "blocs' negotiation opened in 1999", "CONSULT", EU, MER, [EU, MER], "occurred", year(1999),
      "'in 1999'"),
    E("struck", "political agreement was struck in June 2019", "AGREE", EU, MER, [EU, MER], "occurred",
      month(2019, 6), "'in June 2019'"),
    E("accused", "Emmanuel Macron accused Brazil's", "DISAPPROVE", "Emmanuel Macron", "Jair Bolsonaro",
      ["Emmanuel Macron", "Jair Bolsonaro"], "occurred", month(2019, 8), "'that August' after June 2019 = August 2019"),
    E("oppose", "France would oppose the deal", "REJECT", "Emmanuel Macron", MER, ["Emmanuel Macron", MER],
      "occurred", month(2019, 8), "said 'that August' = August 2019"),
    E("restarted", "Talks restarted after Lula's", "CONSULT", EU, MER, [EU, MER], "occurred", NONE,
      "'after Lula's return to power': no date in the text"),
    E("request", "the EU's request for additional", "DEMAND", EU, MER, [EU, MER], "occurred", year(2023),
      "'In 2023'"),
    E("called", "who called the side letter", "DISAPPROVE", LULA, EU, [LULA, EU], "occurred", year(2023),
      "'In 2023', the response to the request", also=[("response", "a sharp response from Lula")]),
    E("thanked", "Lacalle Pou thanked von der Leyen", "SUPPORT", LL, UVL, [LL, UVL], "occurred", day(FRI),
      "'on Friday night' = 2024-12-06", loc="Montevideo"),
    E("dinner", "at a dinner for the delegations", "CONSULT", LL, None, [LL, UVL], "occurred", day(FRI),
      "'on Friday night' = 2024-12-06", mode="host", loc="Montevideo"),
])


if __name__ == "__main__":
    build()
