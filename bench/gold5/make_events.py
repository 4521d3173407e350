"""Build bench/gold5/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Friday" before the DCT,
"the following day", "At the conclusion of the meetings"), so no occurrence number or weekday is
typed by hand.

Run: python bench/gold5/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, past, span, year  # noqa: E402
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


# ---- wire-lebanon-israel-maritime-border-deal-2022: wire .txt, DCT Thursday 2022-10-27 (dateline) ----
DCT = d("2022-10-27")
THU = DCT
OCT11 = d("2022-10-11")
AOUN, LAPID, BIDEN, HOCH = "Michel Aoun", "Yair Lapid", "Joe Biden", "Amos Hochstein"
ARTICLES["wire-lebanon-israel-maritime-border-deal-2022"] = (DCT, [
    E("completed", "Lebanon and Israel completed", "AGREE", "Lebanon", "Israel", ["Lebanon", "Israel", "United States", HOCH],
      "occurred", day(THU), "'on Thursday' in Thursday's wire = 2022-10-27", loc="Naqoura",
      also=[("seal", "Israel seal sea border"), ("ceremony", "During the brief ceremony"), ("handed", "each side handed its copy"),
            ("signing", "the signing was a victory")]),
    E("signed", "Aoun signed the letter", "AGREE", AOUN, "Israel", [AOUN, "Lebanon", "Israel"], "occurred", day(THU),
      "'Earlier in the day' than Thursday's ceremony = 2022-10-27", loc="Baabda"),
    E("approved", "cabinet approved the final text", "AGREE", "Israel", "Lebanon", ["Israel", LAPID, "Lebanon"], "occurred",
      day(THU), "'the same morning' as Aoun's signature on Thursday = 2022-10-27", loc="Jerusalem",
      also=[("cabinet meeting", "after the cabinet meeting")]),
    E("signed", "Lapid signed it before", "AGREE", LAPID, "Lebanon", [LAPID, "Israel", "Lebanon"], "occurred", day(THU),
      "signed 'before the ceremony' of Thursday = 2022-10-27", loc="Jerusalem"),
    E("said", "Lapid said it was", "STATEMENT", LAPID, "Lebanon", [LAPID, "Lebanon"], "occurred", day(THU),
      "'Speaking after the cabinet meeting' of Thursday morning = 2022-10-27", loc="Jerusalem"),
    E("rejected", "Lebanese officials rejected", "REJECT", "Lebanon", LAPID, ["Lebanon", LAPID], "occurred", day(THU),
      "'within the hour' of Lapid's Thursday remarks = 2022-10-27"),
    E("telephoned", "Biden telephoned Aoun", "CONSULT", BIDEN, AOUN, [BIDEN, AOUN], "occurred", day(THU),
      "'later that day' = Thursday 2022-10-27", mode="phone", also=[("call", "In the call, Biden")]),
    E("pledged", "Biden pledged continued", "SUPPORT", BIDEN, "Lebanon", [BIDEN, "Lebanon"], "occurred", day(THU),
      "'In the call' of Thursday = 2022-10-27"),
    E("settled", "text had been settled", "AGREE", "Israel", "Lebanon", ["Israel", "Lebanon", "United States"], "occurred",
      day(OCT11), "the text 'settled two weeks ago': 'On Oct. 11, Lapid announced that the two sides had reached' it; year from the dateline",
      also=[("reached", "had reached a")]),
    E("announced", "Lapid announced that", "ANNOUNCE", LAPID, None, [LAPID, "Lebanon"], "occurred", day(OCT11),
      "'On Oct. 11', year from the dateline", loc="Jerusalem"),
    E("said", "Aoun's office said", "STATEMENT", AOUN, None, [AOUN, "Israel"], "occurred", day(OCT11),
      "second clause of the sentence that opens 'On Oct. 11' = 2022-10-11"),
    E("hailed", "Biden hailed it", "SUPPORT", BIDEN, None, [BIDEN, "Lebanon", "Israel"], "occurred", day(OCT11),
      "'that evening' of Oct. 11 = 2022-10-11", loc="Washington", also=[("event", "White House event")]),
    E("endorsed", "security cabinet endorsed", "AGREE", "Israel", "Lebanon", ["Israel", "Lebanon"], "occurred",
      day(OCT11 + timedelta(days=1)), "'the following day' after Oct. 11 = 2022-10-12"),
    E("threatened", "had threatened in July", "THREATEN", "Hezbollah", "Israel", ["Hezbollah", "Israel"], "occurred",
      month(2022, 7), "'in July', year from the dateline"),
    E("said", "said on Thursday the signing", "STATEMENT", "Hezbollah", None, ["Hezbollah", "Lebanon"], "occurred", day(THU),
      "'on Thursday' = the DCT 2022-10-27"),
    E("said", "Nasrallah, said in a televised", "STATEMENT", "Hassan Nasrallah", None, ["Hassan Nasrallah", "Hezbollah"],
      "occurred", day(THU), "'that evening' of Thursday = 2022-10-27", also=[("speech", "televised speech")]),
    E("denounced", "has denounced the accord", "DISAPPROVE", "Benjamin Netanyahu", LAPID, ["Benjamin Netanyahu", LAPID],
      "occurred", NONE, "present perfect with no date: the text does not say when; 'on Tuesday' is the election, not this act"),
    E("said", "has said he would not", "REJECT", "Benjamin Netanyahu", None, ["Benjamin Netanyahu"], "occurred", NONE,
      "present perfect with no date"),
    E("told reporters", "Hochstein told reporters", "STATEMENT", HOCH, None, [HOCH], "occurred", day(THU),
      "'after the ceremony' of Thursday = 2022-10-27", loc="Naqoura"),
])


# ---- pretoria-ethiopia-tplf-peace-deal-2022: saved .html page, DCT Thursday 2022-11-03 (metadata only) ----
DCT = d("2022-11-03")
WED, THU = past(DCT, "Wednesday"), DCT
OCT25 = d("2022-10-25")
ABIY, GET, OBA = "Abiy Ahmed", "Getachew Reda", "Olusegun Obasanjo"
ARTICLES["pretoria-ethiopia-tplf-peace-deal-2022"] = (DCT, [
    E("agreed", "agreed in Pretoria on Wednesday", "AGREE", "Ethiopia", "TPLF", ["Ethiopia", "TPLF", "African Union"],
      "occurred", day(WED), "'on Wednesday' before the Thursday DCT = 2022-11-02", loc="Pretoria",
      also=[("signed", "The agreement was signed"), ("signing", "At the signing"), ("ceremony", "Speaking at the ceremony")]),
    E("disarm", "TPLF will disarm", "RETREAT", "TPLF", None, ["TPLF"], "planned", NONE,
      "a commitment of the deal with no timetable"),
    E("restore", "will restore services", "CONCEDE", "Ethiopia", "TPLF", ["Ethiopia", "TPLF"], "planned", NONE,
      "a commitment of the deal with no timetable"),
    E("said", "Obasanjo said the accord", "STATEMENT", OBA, None, [OBA, "African Union"], "occurred", day(WED),
      "'Speaking at the ceremony' of Wednesday = 2022-11-02", loc="Pretoria"),
    E("told reporters", "Getachew told reporters", "STATEMENT", GET, None, [GET, "TPLF"], "occurred", day(WED),
      "'afterwards', after Wednesday's signing = 2022-11-02", loc="Pretoria"),
    E("talks", "The talks opened on Oct. 25", "CONSULT", "Ethiopia", "TPLF", ["Ethiopia", "TPLF", "African Union"], "occurred",
      span(OCT25, WED), "opened on Oct. 25 and ended with Wednesday's signing (2022-10-25 to 2022-11-02)", loc="Pretoria",
      also=[("talks", "ten days of talks")]),
    E("round", "a first round planned", "CONSULT", "Ethiopia", "TPLF", ["Ethiopia", "TPLF", "African Union"], "cancelled",
      month(2022, 10), "'planned for early October', collapsed before it began", loc="Durban"),
    E("held separate sessions", "held separate sessions", "CONSULT", "African Union", "Ethiopia",
      ["African Union", "Uhuru Kenyatta", OBA, "Ethiopia", "TPLF"], "occurred", span(OCT25 + timedelta(days=1), WED),
      "'Over the following week' after Oct. 25, up to the signing: 2022-10-26 to 2022-11-02", loc="Pretoria"),
    E("welcomed", "Abiy welcomed the deal", "SUPPORT", ABIY, None, [ABIY], "occurred", day(WED),
      "'hours after it was signed' on Wednesday = 2022-11-02", also=[("statement", "in a statement hours")]),
    E("said", "on Thursday, he said", "STATEMENT", ABIY, None, [ABIY], "occurred", day(THU), "'on Thursday' = the DCT 2022-11-03"),
    E("said", "Faki Mahamat, said in a statement", "SUPPORT", "Moussa Faki Mahamat", None, ["Moussa Faki Mahamat", "African Union"],
      "occurred", day(WED), "'in a statement that night', the night of Wednesday's signing = 2022-11-02",
      also=[("called on", "called on both parties")]),
    E("welcomed", "Guterres welcomed the agreement", "SUPPORT", "António Guterres", None, ["António Guterres", "UN"], "occurred",
      day(WED), "'the same evening' as Wednesday's signing = 2022-11-02"),
    E("welcomed", "Blinken also welcomed", "SUPPORT", "Antony Blinken", None, ["Antony Blinken", "African Union"], "occurred",
      span(WED, THU), "a reaction without a date, reported the next day: from the signing to the DCT",
      also=[("praised", "praised the African Union")]),
    E("sent troops", "Abiy sent troops", "FIGHT", ABIY, "TPLF", [ABIY, "Ethiopia", "TPLF"], "occurred", month(2020, 11),
      "'in November 2020'", loc="Tigray"),
    E("truce", "humanitarian truce declared", "AGREE", "Ethiopia", None, ["Ethiopia"], "occurred", month(2022, 3),
      "'declared in March', year from the DCT (2022)"),
    E("resumed", "fighting resumed", "FIGHT", "Ethiopia", "TPLF", ["Ethiopia", "TPLF"], "occurred", month(2022, 8),
      "'in late August' 2022 (month)", also=[("collapsed", "collapsed in late August")]),
    E("meet", "are due to meet within five days", "CONSULT", "Ethiopia", "TPLF", ["Ethiopia", "TPLF"], "planned",
      span(WED, WED + timedelta(days=5)), "'within five days' of Wednesday's signing: 2022-11-02 to 2022-11-07"),
])


# ---- live-g20-new-delhi-summit-2023: live page, DCT Sunday 2023-09-10 ----
DCT = d("2023-09-10")
FRI, SAT, SUN, MON = past(DCT, "Friday"), past(DCT, "Saturday"), DCT, future(DCT + timedelta(days=1), "Monday")
MODI, LULA, BIDEN, MBS = "Narendra Modi", "Luiz Inácio Lula da Silva", "Joe Biden", "Mohammed bin Salman"
ARTICLES["live-g20-new-delhi-summit-2023"] = (DCT, [
    E("summit", "first day of the summit on Saturday", "CONSULT", "G20", None, ["G20", "India", MODI], "occurred",
      span(SAT, SUN), "Saturday (first day) to Sunday (closed): 2023-09-09 to 2023-09-10", loc="New Delhi",
      also=[("closed", "The summit closed on Sunday"), ("closed", "Modi has closed the summit")]),
    E("adopted", "Leaders adopted a joint declaration", "AGREE", "G20", None, ["G20"], "occurred", day(SAT),
      "'on the first day of the summit on Saturday' = 2023-09-09", loc="New Delhi",
      also=[("adopt", "G20 leaders adopt a joint")]),
    E("approved", "members approved the bloc's admission", "AGREE", "G20", "African Union", ["G20", "African Union"],
      "occurred", day(SAT), "'At the opening session', on the summit's first day, Saturday = 2023-09-09", loc="New Delhi",
      also=[("becomes", "the African Union becomes"), ("became", "The African Union became")]),
    E("handed", "handed the ceremonial gavel", "COOPERATE", MODI, LULA, [MODI, LULA, "India", "Brazil"], "occurred", day(SUN),
      "at the close on Sunday, in Sunday's live page = 2023-09-10", loc="New Delhi",
      also=[("hands", "Modi hands the presidency"), ("handed", "handed the presidency to Brazil"),
            ("hands over", "Modi hands over the gavel"), ("handover", "At the handover")]),
    E("said", "Lula said Brazil", "STATEMENT", LULA, None, [LULA], "occurred", day(SUN),
      "'At the handover' on Sunday = 2023-09-10", loc="New Delhi"),
    E("session", "hold a virtual session", "CONSULT", "G20", None, ["G20", MODI], "planned", month(2023, 11),
      "proposed 'in November' (the coming one, 2023)", also=[("proposed", "Modi proposed that")]),
    E("sign", "due to sign a partnership", "AGREE", BIDEN, "Vietnam", [BIDEN, "Vietnam"], "planned", day(SUN),
      "'this evening' in Sunday's entry = 2023-09-10", loc="Hanoi"),
    E("praised", "Lavrov, who led Moscow's delegation, praised", "SUPPORT", "Sergei Lavrov", None, ["Sergei Lavrov", "G20"],
      "occurred", day(SUN), "'today' in Sunday's live entry = 2023-09-10", loc="New Delhi"),
    E("announced", "Modi announced at the start", "ANNOUNCE", MODI, None, [MODI, "G20"], "occurred", day(SAT),
      "'on Saturday' = 2023-09-09", loc="New Delhi"),
    E("said", "Ukraine's foreign ministry said", "DISAPPROVE", "Ukraine", "G20", ["Ukraine", "G20"], "occurred", day(SAT),
      "'hours later' than Saturday's announcement = 2023-09-09"),
    E("announced", "European leaders announced a rail", "ANNOUNCE", BIDEN, None, [BIDEN, MODI, MBS, "EU"], "occurred", day(SAT),
      "'On the sidelines the same day' as the Saturday opening session = 2023-09-09", loc="New Delhi"),
    E("attended", "Li Qiang attended", "CONSULT", "Li Qiang", "G20", ["Li Qiang", "China", "G20"], "occurred", span(SAT, SUN),
      "attended the summit of Saturday and Sunday: 2023-09-09 to 2023-09-10", mode="visit", loc="New Delhi"),
    E("arrived", "Biden arrived on Friday evening", "CONSULT", BIDEN, "India", [BIDEN, "India"], "occurred", span(FRI, SUN),
      "arrived 'on Friday evening', left on Sunday: 2023-09-08 to 2023-09-10", mode="visit", loc="New Delhi",
      also=[("left", "Biden left New Delhi")]),
    E("held talks", "two leaders held talks", "CONSULT", BIDEN, MODI, [BIDEN, MODI], "occurred", day(FRI),
      "relative clause of 'arrived on Friday evening and went straight to Modi's residence' = 2023-09-08", mode="visit",
      loc="New Delhi", also=[("meeting", "After the meeting, they")]),
    E("issued a joint statement", "issued a joint statement", "ANNOUNCE", BIDEN, None, [BIDEN, MODI], "occurred", day(FRI),
      "'After the meeting' of Friday evening = 2023-09-08", loc="New Delhi"),
    E("state visit", "for a state visit on Monday", "CONSULT", MBS, "India", [MBS, "India"], "planned", day(MON),
      "'on Monday' in a future clause after the Sunday DCT = 2023-09-11", mode="visit", loc="New Delhi"),
    E("hold talks", "expected to hold talks with Modi", "CONSULT", MBS, MODI, [MBS, MODI], "planned", day(MON),
      "'on Monday, when he is expected' = 2023-09-11", mode="visit", loc="New Delhi"),
])


# ---- readouts-us-china-sullivan-wang-channel-2024: readouts newest first, DCT Saturday 2024-01-27 ----
DCT = d("2024-01-27")
J26, J27 = d("2024-01-26"), d("2024-01-27")
S16, S17 = d("2023-09-16"), d("2023-09-17")
M10, M11 = d("2023-05-10"), d("2023-05-11")
SUL, WANG = "Jake Sullivan", "Wang Yi"
ARTICLES["readouts-us-china-sullivan-wang-channel-2024"] = (DCT, [
    E("met", "Jake Sullivan met with Director of the Office", "CONSULT", SUL, WANG, [SUL, WANG, "Thailand"], "occurred",
      span(J26, J27), "'on January 26 and 27', year from the heading", mode="third-party", loc="Bangkok",
      also=[("meetings", "The meetings were part of ongoing"), ("talks", "During the talks, Mr. Sullivan")]),
    E("summit", "their summit in Woodside", "CONSULT", "Joe Biden", "Xi Jinping", ["Joe Biden", "Xi Jinping"], "occurred",
      month(2023, 11), "'in November' before the January 2024 heading = November 2023", mode="host", loc="Woodside"),
    E("committed", "President Xi committed", "AGREE", "Joe Biden", "Xi Jinping", ["Joe Biden", "Xi Jinping"], "occurred",
      month(2023, 11), "committed 'at their summit ... in November' 2023"),
    E("raised concerns", "Mr. Sullivan raised concerns about attacks", "DISAPPROVE", SUL, "Houthis", [SUL, "Houthis", WANG],
      "occurred", span(J26, J27), "'During the talks' of January 26 and 27"),
    E("attacks", "attacks by the Houthis", "ASSAULT", "Houthis", None, ["Houthis"], "occurred", NONE,
      "background the readout does not date"),
    E("underscored", "underscored the importance of peace", "STATEMENT", SUL, "China", [SUL, "China"], "occurred",
      span(J26, J27), "in the talks of January 26 and 27"),
    E("welcomed", "He also welcomed the resumption", "SUPPORT", SUL, "China", [SUL, "China"], "occurred", span(J26, J27),
      "in the talks of January 26 and 27"),
    E("restored", "the two militaries restored this month", "COOPERATE", "United States", "China", ["United States", "China"],
      "occurred", month(2024, 1), "'this month' = January 2024, the heading's month"),
    E("agreed", "The two sides agreed to convene", "AGREE", SUL, None, [SUL, WANG], "occurred", span(J26, J27),
      "in the talks of January 26 and 27 (the readout does not say which day)"),
    E("meeting", "first meeting of a bilateral counternarcotics", "CONSULT", "United States", "China", ["United States", "China"],
      "planned", NONE, "'in the coming days': no date"),
    E("call", "planning for a call", "CONSULT", "Joe Biden", "Xi Jinping", ["Joe Biden", "Xi Jinping"], "planned", NONE,
      "'in the coming months': no date", mode="phone"),
    E("met", "Mr. Sullivan met with Thai Prime Minister", "CONSULT", SUL, "Srettha Thavisin", [SUL, "Srettha Thavisin"],
      "occurred", day(J26), "'Before the talks on the first day' = January 26", mode="visit", loc="Bangkok"),
    E("met", "met with Director Wang Yi in Malta", "CONSULT", SUL, WANG, [SUL, WANG], "occurred", span(S16, S17),
      "'on September 16 and 17', year from the heading", mode="third-party", loc="Malta",
      also=[("meetings", "The meetings were a part"), ("talks", "twelve hours of talks")]),
    E("agreed", "both sides agreed to maintain this strategic channel of communication and to", "AGREE", SUL, None, [SUL, WANG],
      "occurred", day(S17), "'At the conclusion of the meetings' of September 16 and 17 = September 17"),
    E("met", "Mr. Sullivan also met with Prime Minister Robert Abela", "CONSULT", SUL, "Robert Abela", [SUL, "Robert Abela"],
      "occurred", day(S16), "'On the first day of his visit' (September 16 and 17) = September 16", mode="visit", loc="Malta"),
    E("met", "met with Director Wang Yi in Vienna", "CONSULT", SUL, WANG, [SUL, WANG], "occurred", span(M10, M11),
      "'on May 10 and 11', year from the heading", mode="third-party", loc="Vienna",
      also=[("talks", "eight hours of talks"), ("meeting", "The meeting was part"), ("meeting", "During the meeting")]),
    E("shot down", "shot down a Chinese", "ASSAULT", "United States", "China", ["United States", "China"], "occurred",
      month(2023, 2), "'the episode in February', before the May 2023 heading = February 2023"),
    E("raised concerns", "Mr. Sullivan raised concerns about Russia", "DISAPPROVE", SUL, "Russia", [SUL, "Russia", WANG],
      "occurred", span(M10, M11), "'During the meeting' of May 10 and 11"),
    E("agreed", "Both sides agreed to maintain", "AGREE", SUL, None, [SUL, WANG], "occurred", span(M10, M11),
      "in the meeting of May 10 and 11 (no day given)"),
])


# ---- zelensky-hiroshima-g7-summit-2023: ordinary news, DCT Sunday 2023-05-21 ----
DCT = d("2023-05-21")
FRI, SAT, SUN = past(DCT, "Friday"), past(DCT, "Saturday"), DCT
Z, BIDEN, KISH, LULA = "Volodymyr Zelensky", "Joe Biden", "Fumio Kishida", "Luiz Inácio Lula da Silva"
ARTICLES["zelensky-hiroshima-g7-summit-2023"] = (DCT, [
    E("met", "Zelensky met US President", "CONSULT", Z, BIDEN, [Z, BIDEN], "occurred", day(SUN),
      "'on Sunday' = the DCT 2023-05-21", mode="third-party", loc="Hiroshima",
      also=[("meeting", "At their meeting, Biden"), ("encounter", "their first encounter")]),
    E("announced", "Biden announced a further", "AID", BIDEN, "Ukraine", [BIDEN, "Ukraine"], "occurred", day(SUN),
      "coordinated with the Sunday meeting = 2023-05-21", loc="Hiroshima"),
    E("told", "Biden told Zelensky", "SUPPORT", BIDEN, Z, [BIDEN, Z, "Ukraine"], "occurred", day(SUN),
      "'At their meeting' of Sunday = 2023-05-21", loc="Hiroshima"),
    E("visit", "surprise visit to Kyiv", "CONSULT", BIDEN, "Ukraine", [BIDEN, "Ukraine"], "occurred", month(2023, 2),
      "'in February', year from the DCT", mode="visit", loc="Kyiv"),
    E("arrived", "Zelensky had arrived on Saturday", "CONSULT", Z, "Japan", [Z, "Japan", "G7"], "occurred", span(SAT, SUN),
      "arrived 'on Saturday afternoon', at the summit until Sunday evening: 2023-05-20 to 2023-05-21", mode="visit",
      loc="Hiroshima", also=[("landing", "Within hours of landing")]),
    E("addressed", "he addressed Arab leaders", "CONSULT", Z, "Arab League", [Z, "Arab League", "Saudi Arabia"], "occurred",
      day(FRI), "'on Friday' before the Sunday DCT = 2023-05-19", mode="visit", loc="Jeddah"),
    E("meetings", "held a series of meetings", "CONSULT", Z, "Rishi Sunak",
      [Z, "Rishi Sunak", "Emmanuel Macron", "Giorgia Meloni", "Narendra Modi"], "occurred", day(SAT),
      "'Within hours of landing' on Saturday = 2023-05-20; one series, the first named as target", loc="Hiroshima",
      also=[("meeting", "After the meeting with Sunak")]),
    E("talks", "The talks with Modi", "CONSULT", Z, "Narendra Modi", [Z, "Narendra Modi"], "occurred", day(SAT),
      "among the meetings held within hours of Saturday's landing = 2023-05-20", loc="Hiroshima",
      also=[("meeting", "first face-to-face meeting")]),
    E("told", "Modi told him", "SUPPORT", "Narendra Modi", Z, ["Narendra Modi", Z], "occurred", day(SAT),
      "in the talks of Saturday = 2023-05-20", loc="Hiroshima"),
    E("thanked", "Zelensky thanked Britain", "SUPPORT", Z, "United Kingdom", [Z, "United Kingdom"], "occurred", day(SAT),
      "'After the meeting with Sunak' on Saturday = 2023-05-20"),
    E("told", "Biden had told the other G7", "SUPPORT", BIDEN, "Ukraine", [BIDEN, "G7", "Ukraine"], "occurred", day(FRI),
      "'on Friday' before the Sunday DCT = 2023-05-19", loc="Hiroshima"),
    E("visited", "Zelensky visited the Peace Memorial", "CONSULT", Z, KISH, [Z, KISH], "occurred", day(SUN),
      "'On Sunday morning' = 2023-05-21", loc="Hiroshima"),
    E("held talks", "Kishida then held talks", "CONSULT", KISH, Z, [KISH, Z], "occurred", day(SUN),
      "'then', after the Sunday morning visit = 2023-05-21", mode="host", loc="Hiroshima"),
    E("promised", "promised about 100", "AID", KISH, "Ukraine", [KISH, "Ukraine"], "occurred", day(SUN),
      "in the Sunday talks = 2023-05-21"),
    E("session", "joined a session of the G7", "CONSULT", Z, "G7", [Z, "G7", "India", "Brazil", "Indonesia"], "occurred",
      day(SUN), "'later' on Sunday, after the morning visit and talks = 2023-05-21", loc="Hiroshima",
      also=[("session", "During the session")]),
    E("urged", "he urged them", "DEMAND", Z, "G7", [Z, "G7"], "occurred", day(SUN), "'During the session' of Sunday = 2023-05-21"),
    E("meeting", "a bilateral meeting planned for Sunday", "CONSULT", LULA, Z, [LULA, Z], "cancelled", day(SUN),
      "'planned for Sunday afternoon' = 2023-05-21, did not take place", also=[("meet", "did not meet him")]),
    E("said", "Zelensky said Lula", "STATEMENT", Z, LULA, [Z, LULA], "occurred", day(SUN),
      "'at his closing news conference in the evening' of Sunday = 2023-05-21", loc="Hiroshima",
      also=[("news conference", "closing news conference")]),
    E("summoned", "Sun Weidong summoned", "DISAPPROVE", "Sun Weidong", "Japan", ["Sun Weidong", "China", "Japan"], "occurred",
      day(SUN), "'On Sunday' = 2023-05-21", loc="Beijing", also=[("protest", "to protest against")]),
    E("criticised", "which criticised Beijing", "DISAPPROVE", "G7", "China", ["G7", "China"], "occurred", day(SAT),
      "the communique released 'the day before' Sunday = 2023-05-20", loc="Hiroshima",
      also=[("communique", "against the communique")]),
    E("said", "The Chinese foreign ministry said", "DISAPPROVE", "China", "G7", ["China", "G7"], "occurred", span(SAT, SUN),
      "a reaction without a date to Saturday's communique, reported on Sunday: 2023-05-20 to 2023-05-21"),
    E("said", "Ryabkov, said", "THREATEN", "Sergei Ryabkov", None, ["Sergei Ryabkov", "Russia"], "occurred", span(FRI, SUN),
      "a reaction without a date to Friday's F-16 news, reported on Sunday: 2023-05-19 to 2023-05-21"),
])


# ---- analysis-macron-china-state-visit-taiwan-2023: analysis with background, DCT Tuesday 2023-04-11 ----
DCT = d("2023-04-11")
WED, THU, FRI, SAT, MON, TUE = (past(DCT, x) for x in ("Wednesday", "Thursday", "Friday", "Saturday", "Monday", "Tuesday"))
M, XI, VDL = "Emmanuel Macron", "Xi Jinping", "Ursula von der Leyen"
ARTICLES["analysis-macron-china-state-visit-taiwan-2023"] = (DCT, [
    E("state visit", "pleased with a state visit", "CONSULT", M, "China", [M, "China", VDL], "occurred", span(WED, FRI),
      "began on Wednesday (landed in Beijing), flew home on Friday night: 2023-04-05 to 2023-04-07", mode="visit",
      loc="Beijing", also=[("flew home", "Macron flew home"), ("visit", "The visit began on Wednesday"),
                           ("landed", "Macron landed in Beijing")]),
    E("said", "Macron said Europe", "STATEMENT", M, None, [M, "United States", "China", "Taiwan"], "occurred", span(FRI, SAT),
      "said in an interview 'recorded on the flight' home of Friday night (published Sunday): 2023-04-07 to 2023-04-08",
      also=[("interview", "In an interview recorded")]),
    E("criticised", "lawmakers criticised the remarks", "DISAPPROVE", "Germany", M, ["Germany", "Poland", M], "occurred",
      day(MON), "'on Monday' before the Tuesday DCT = 2023-04-10"),
    E("replied", "office replied the same day", "STATEMENT", M, None, [M, "France"], "occurred", day(MON),
      "'the same day' as Monday's criticism = 2023-04-10"),
    E("received", "Xi Jinping received him", "CONSULT", XI, M, [XI, M], "occurred", day(THU),
      "'On Thursday' before the Tuesday DCT = 2023-04-06", mode="host", loc="Beijing",
      also=[("talks", "During their talks")]),
    E("asked", "Macron asked Xi", "DEMAND", M, XI, [M, XI, "Russia"], "occurred", day(THU),
      "'During their talks' of Thursday = 2023-04-06", loc="Beijing"),
    E("replied", "Xi replied that China", "STATEMENT", XI, M, [XI, M], "occurred", day(THU),
      "in the talks of Thursday = 2023-04-06", loc="Beijing"),
    E("meeting", "a three-way meeting", "CONSULT", XI, None, [XI, M, VDL], "occurred", day(THU),
      "'Later that afternoon' of Thursday = 2023-04-06", loc="Beijing"),
    E("warned", "she had warned Xi", "THREATEN", VDL, XI, [VDL, XI, "Russia"], "occurred", day(THU),
      "in the three-way meeting of Thursday afternoon = 2023-04-06", loc="Beijing"),
    E("told reporters", "Von der Leyen told reporters", "STATEMENT", VDL, None, [VDL], "occurred", day(THU),
      "'afterwards', after Thursday's meeting = 2023-04-06", loc="Beijing"),
    E("signed contracts", "companies signed contracts", "COOPERATE", "France", "China", ["France", "China"], "occurred",
      day(THU), "'the same day' as Thursday's talks = 2023-04-06", loc="Beijing"),
    E("hosted", "Xi hosted Macron again", "CONSULT", XI, M, [XI, M], "occurred", day(FRI),
      "'On Friday' before the Tuesday DCT = 2023-04-07", mode="host", loc="Guangzhou",
      also=[("tea ceremony", "informal tea ceremony")]),
    E("issued a joint statement", "issued a joint statement that day", "ANNOUNCE", "France", None, ["France", "China"],
      "occurred", day(FRI), "'that day' = Friday 2023-04-07"),
    E("drills", "three days of military drills", "MOBILIZE", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      span(SAT, MON), "'A day after Macron left' (Friday night) = Saturday 2023-04-08, 'ended on Monday' 2023-04-10",
      also=[("launched", "China launched"), ("drills", "The drills ended")]),
    E("met", "Tsai Ing-wen met", "CONSULT", "Tsai Ing-wen", "Kevin McCarthy", ["Tsai Ing-wen", "Kevin McCarthy"], "occurred",
      day(WED), "'on the day Macron arrived in Beijing' = Wednesday 2023-04-05", mode="visit", loc="California"),
    E("recognise", "to recognise the People's Republic", "COOPERATE", "France", "China", ["France", "China", "Charles de Gaulle"],
      "occurred", year(1964), "'in 1964'"),
    E("visit", "his first visit to China", "CONSULT", M, "China", [M, "China"], "occurred", month(2018, 1), "'in January 2018'",
      mode="visit"),
    E("hosted", "he hosted Xi in Paris", "CONSULT", M, XI, [M, XI, "Angela Merkel", "Jean-Claude Juncker"], "occurred",
      year(2019), "'in 2019'", mode="host", loc="Paris"),
    E("state visit", "began a state visit to the Netherlands", "CONSULT", M, "Netherlands", [M, "Netherlands"], "ongoing",
      day(TUE), "began 'on Tuesday', the DCT 2023-04-11; under way", mode="visit"),
    E("news conference", "hold a news conference with", "CONSULT", M, "Mark Rutte", [M, "Mark Rutte"], "planned",
      day(TUE + timedelta(days=1)), "'on Wednesday' in a future clause after the Tuesday DCT = 2023-04-12"),
])


if __name__ == "__main__":
    build()
