"""Build bench/gold8/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("late on Friday" in Saturday's
wire, "yesterday", "on Thursday" in Friday's paper, "next week"), so no occurrence number or weekday
is typed by hand.

Run: python bench/gold8/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotate import NONE, E, d, day, future, month, past, span, week, year  # noqa: E402,F401
from annotate import build as build_records  # noqa: E402

ARTICLES: dict = {}


def build(dry: bool = False) -> list[dict]:
    return build_records(ARTICLES, HERE, dry)


BODY = "no date word of its own: an act of the lead's story, told in the body, takes the lead's day"
REACT = "a reaction with no date of its own in a next-day report: from the act to the paper"


# ---- wire-ecuador-police-storm-mexican-embassy-2024: wire .txt, DCT Saturday 2024-04-06 -------------
DCT = d("2024-04-06")
FRI, THU, SAT = past(DCT, "Friday"), past(DCT, "Thursday"), DCT
MX, EC, AMLO, AB = "Mexico", "Ecuador", "Andrés Manuel López Obrador", "Alicia Bárcena"
ARTICLES["wire-ecuador-police-storm-mexican-embassy-2024"] = (DCT, [
    E("broke off", "Mexico broke off diplomatic relations", "SANCTION", MX, EC, [MX, EC], "occurred", day(FRI),
      "'late on Friday' in Saturday's wire = 2024-04-05", loc="Mexico City",
      also=[("announced", "Lopez Obrador announced the rupture")]),
    E("forced their way into", "police forced their way into the Mexican embassy", "COERCE", EC, MX, [EC, MX],
      "occurred", day(FRI), "the raid of the lead, 'late on Friday' = 2024-04-05", loc="Quito",
      also=[("raid", "calling the raid a flagrant")]),
    E("detained", "detained Jorge Glas", "COERCE", EC, "Jorge Glas", [EC, "Jorge Glas"], "occurred", day(FRI),
      "in the Friday raid, 2024-04-05", loc="Quito"),
    E("calling", "calling the raid a flagrant violation", "DISAPPROVE", AMLO, EC, [AMLO, EC], "occurred", day(FRI),
      "in the message announcing the Friday rupture, 2024-04-05"),
    E("granted", "his government had granted Glas political asylum", "AID", MX, "Jorge Glas", [MX, "Jorge Glas"],
      "occurred", day(FRI), "'Only hours before the police arrived' late on Friday = 2024-04-05"),
    E("asked", "asked the Ecuadorian authorities for safe conduct", "DEMAND", MX, EC, [MX, EC], "occurred", day(FRI),
      "with the asylum, 'hours before' the Friday raid = 2024-04-05"),
    E("pushed", "was pushed to the ground", "ASSAULT", EC, "Roberto Canseco", [EC, "Roberto Canseco"], "occurred",
      day(FRI), "during the Friday raid, 2024-04-05 (" + BODY + ")", loc="Quito"),
    E("told reporters", "he told reporters that what had happened", "DISAPPROVE", "Roberto Canseco", EC,
      ["Roberto Canseco", EC], "occurred", day(FRI), "outside the embassy after the raid: " + BODY, loc="Quito"),
    E("said", "Alicia Barcena said the embassy's staff", "ANNOUNCE", AB, None, [AB], "occurred", day(FRI),
      "the announcement of the Friday rupture's consequences: " + BODY),
    E("leave", "would leave Ecuador at once", "SANCTION", MX, EC, [MX, EC], "planned", NONE,
      "the staff's withdrawal, announced: 'at once' gives no date"),
    E("take the case", "Mexico would take the case to the International Court", "DISAPPROVE", MX, EC,
      [MX, EC, "International Court of Justice"], "planned", NONE, "a legal action announced, no date"),
    E("asked", "She also asked other governments", "DEMAND", AB, None, [AB], "occurred", day(FRI), BODY),
    E("defended", "presidency defended the operation", "STATEMENT", EC, None, [EC], "occurred", day(FRI),
      BODY + " (the government's answer to the rupture)",
      also=[("said", "it said, could be treated"), ("added", "The statement added")]),
    E("refused", "Quito had refused the safe conduct", "REJECT", EC, MX, [EC, MX], "occurred", day(FRI),
      "between Friday's request 'hours before' the raid and the raid: 2024-04-05"),
    E("declared", "Quito declared the Mexican ambassador", "SANCTION", EC, "Raquel Serur", [EC, "Raquel Serur", MX],
      "occurred", day(THU), "'On Thursday' in Saturday's wire = 2024-04-04", loc="Quito"),
    E("remarks", "over remarks in which Lopez Obrador", "STATEMENT", AMLO, EC, [AMLO, EC], "occurred", NONE,
      "before Thursday's expulsion, the text gives no day"),
    E("condemned", "foreign ministry condemned the raid", "DISAPPROVE", "Brazil", EC, ["Brazil", EC], "occurred",
      day(SAT), "'Condemnation came swiftly across the region on Saturday' = the DCT 2024-04-06",
      also=[("called", "called it a grave precedent")]),
    E("said", "Gustavo Petro said his country would ask", "ANNOUNCE", "Gustavo Petro", None, ["Gustavo Petro"],
      "occurred", day(SAT), "in the Saturday paragraph of reactions, 2024-04-06"),
    E("breaking", "breaking its own relations with Ecuador", "SANCTION", "Nicaragua", EC, ["Nicaragua", EC],
      "occurred", day(SAT), "in the Saturday paragraph of reactions, 2024-04-06",
      also=[("announced", "went further and announced")]),
    E("condemned", "the United States condemned any violation", "DISAPPROVE", "United States", EC,
      ["United States", EC], "occurred", span(FRI, SAT), REACT + ": 04-05 to 04-06", loc="Washington"),
    E("urged", "urged the two countries to resolve", "DEMAND", "United States", None, ["United States", MX, EC],
      "occurred", span(FRI, SAT), REACT + ": 04-05 to 04-06; 'the two countries' as a group: null target",
      loc="Washington"),
    E("take up", "Permanent Council would take up the matter", "CONSULT", "OAS", None, ["OAS"], "planned",
      week(d("2024-04-08")), "'next week' from Saturday 2024-04-06 = 04-08 to 04-14"),
    E("told", "told a news conference in Quito on Saturday", "STATEMENT", "Gabriela Sommerfeld", None,
      ["Gabriela Sommerfeld"], "occurred", day(SAT), "'on Saturday' = the DCT 2024-04-06", loc="Quito",
      also=[("said", "She said Quito had not wanted")]),
])


# ---- arab-league-readmits-syria-cairo-2023: same-day report, no weekday, DCT Sunday 2023-05-07 ------
DCT = d("2023-05-07")
AL, SY, AG, SS = "Arab League", "Syria", "Ahmed Aboul Gheit", "Sameh Shoukry"
SAME = "a same-day report that names no day: the act of the story is on the DCT, 2023-05-07"
ARTICLES["arab-league-readmits-syria-cairo-2023"] = (DCT, [
    E("voted", "voted to restore Syria's seat", "CONCEDE", AL, SY, [AL, SY], "occurred", day(DCT),
      SAME + "; ending a suspension is lifting a restriction (CONCEDE)", loc="Cairo",
      also=[("adopted", "ministers adopted a resolution"), ("decision", "that the decision was the beginning"),
            ("decision", "welcomed the decision in a statement"), ("readmission", "did not merit readmission")]),
    E("meeting", "at a closed meeting at the organisation", "CONSULT", AL, None, [AL], "occurred", day(DCT), SAME,
      loc="Cairo", also=[("session", "news conference after the session"), ("session", "who chaired the session")]),
    E("set up", "They also set up a liaison committee", "AGREE", AL, None, [AL], "occurred", day(DCT), SAME,
      loc="Cairo"),
    E("dialogue", "pursue direct dialogue with Damascus", "CONSULT", AL, SY, [AL, SY], "planned", NONE,
      "the committee's talks with Damascus, 'soon': no date",
      also=[("meeting", "hold its first meeting with Syrian officials")]),
    E("told", "told a news conference after the session", "STATEMENT", AG, None, [AG], "occurred", day(DCT), SAME,
      loc="Cairo"),
    E("replied", "he replied that it was for Damascus", "STATEMENT", AG, None, [AG], "occurred", day(DCT), SAME,
      loc="Cairo"),
    E("summit", "the league's summit in Jeddah on May 19", "CONSULT", AL, None, [AL], "planned",
      day(d("2023-05-19")), "'on May 19' after the May DCT", loc="Jeddah"),
    E("come", "whether Assad would come to the league's summit", "CONSULT", "Bashar al-Assad", AL,
      ["Bashar al-Assad", AL], "hypothetical", day(d("2023-05-19")), "an open question about the May 19 summit",
      mode="visit", loc="Jeddah"),
    E("urged", "urged the Syrian government to engage", "DEMAND", SS, SY, [SS, SY], "occurred", day(DCT), SAME,
      loc="Cairo"),
    E("said", "He said Arab states could not leave", "STATEMENT", SS, None, [SS], "occurred", day(DCT), SAME,
      loc="Cairo"),
    E("welcomed", "The Syrian foreign ministry welcomed the decision", "SUPPORT", SY, AL, [SY, AL], "occurred",
      day(DCT), SAME + " (a same-day reaction)", loc="Damascus"),
    E("called for", "called for \"more effective\" Arab cooperation", "DEMAND", SY, None, [SY], "occurred", day(DCT),
      SAME + " (in the same statement)", loc="Damascus"),
    E("said", "said it would not stand in the way", "STATEMENT", "Qatar", None, ["Qatar", "Majed al-Ansari"],
      "occurred", day(DCT), SAME + " (a same-day reaction)", loc="Doha",
      also=[("said", "Majed al-Ansari, said Doha")]),
    E("said", "the State Department said Syria did not merit", "DISAPPROVE", "United States", AL,
      ["United States", AL], "occurred", day(DCT), SAME + " (a same-day reaction)", loc="Washington",
      also=[("said", "A spokesman said Washington nonetheless")]),
    E("suspended", "The league suspended Syria's membership", "SANCTION", AL, SY, [AL, SY], "occurred",
      month(2011, 11), "'in November 2011'"),
    E("visited", "Assad visited Oman in February", "CONSULT", "Bashar al-Assad", "Oman", ["Bashar al-Assad", "Oman"],
      "occurred", month(2023, 2), "'in February' before the May 2023 DCT", mode="visit", loc="Muscat"),
    E("went", "went to the United Arab Emirates in March", "CONSULT", "Bashar al-Assad", "United Arab Emirates",
      ["Bashar al-Assad", "United Arab Emirates"], "occurred", month(2023, 3), "'in March' before the May DCT",
      mode="visit"),
    E("travelled", "Faisal Mekdad, travelled to Cairo on April 1", "CONSULT", "Faisal Mekdad", "Egypt",
      ["Faisal Mekdad", SS], "occurred", day(d("2023-04-01")), "'on April 1'", mode="visit", loc="Cairo",
      also=[("talks", "for talks with Shoukry"), ("visit", "the first such visit")]),
    E("met", "met Assad in Damascus on April 18", "CONSULT", "Faisal bin Farhan", "Bashar al-Assad",
      ["Faisal bin Farhan", "Bashar al-Assad"], "occurred", day(d("2023-04-18")), "'on April 18'", mode="visit",
      loc="Damascus"),
    E("sat down", "sat down with Mekdad", "CONSULT", "Jordan", "Faisal Mekdad",
      ["Jordan", "Saudi Arabia", "Iraq", "Egypt", "Faisal Mekdad"], "occurred", day(d("2023-05-01")),
      "'In Amman on May 1'; four ministers named as a list: the first named", mode="host", loc="Amman"),
    E("agreed", "agreed on a set of steps", "AGREE", "Jordan", None, ["Jordan", "Saudi Arabia", "Iraq", "Egypt",
      "Faisal Mekdad"], "occurred", day(d("2023-05-01")), "at the Amman meeting of May 1", loc="Amman"),
])


# ---- modi-lahore-stop-sharif-2015: Saturday paper, lead "on Friday", background, DCT 2015-12-26 -------
DCT = d("2015-12-26")
FRI = past(DCT, "Friday")
NM, NS = "Narendra Modi", "Nawaz Sharif"
ARTICLES["modi-lahore-stop-sharif-2015"] = (DCT, [
    E("surprise stop", "made a surprise stop in Pakistan on Friday", "CONSULT", NM, "Pakistan", [NM, NS, "Pakistan"],
      "occurred", day(FRI), "'on Friday' in Saturday's paper = 2015-12-25; in and out the same evening",
      mode="visit", loc="Lahore",
      also=[("visit", "the first visit by an Indian prime minister to the country"), ("greeted", "Sharif greeted him"),
            ("left", "Modi left Lahore"), ("stop", "He called the stop a goodwill")]),
    E("held talks", "The two men held talks", "CONSULT", NM, NS, [NM, NS], "occurred", day(FRI),
      "the meeting of the Friday stop, 2015-12-25", mode="visit", loc="Raiwind",
      also=[("meet", "to meet his Pakistani counterpart"), ("meeting", "welcomed the meeting")]),
    E("announced", "Modi announced the detour", "ANNOUNCE", NM, None, [NM], "occurred", day(FRI),
      "'a few hours before landing' on Friday, 2015-12-25"),
    E("telephoned", "whom he had telephoned that morning", "CONSULT", NM, NS, [NM, NS], "occurred", day(FRI),
      "'that morning' of the Friday stop, 2015-12-25", mode="phone"),
    E("agreed", "the leaders had agreed to keep in contact", "AGREE", NM, None, [NM, NS], "occurred", day(FRI),
      "at the Friday talks: " + BODY, loc="Raiwind"),
    E("meet", "would meet in mid-January", "CONSULT", "India", "Pakistan", ["India", "Pakistan"], "planned",
      month(2016, 1), "'in mid-January' after the December 2015 DCT: January 2016"),
    E("called", "He called the stop a goodwill gesture", "STATEMENT", "Aizaz Ahmad Chaudhry", None,
      ["Aizaz Ahmad Chaudhry"], "occurred", day(FRI), "'briefed reporters afterwards': " + BODY, loc="Lahore",
      also=[("briefed", "briefed reporters afterwards")]),
    E("thanked", "he thanked Sharif for his hospitality", "SUPPORT", NM, NS, [NM, NS], "occurred", day(FRI),
      "'On the way out' of Lahore in the Friday evening, 2015-12-25"),
    E("held talks", "held talks with President Ashraf Ghani", "CONSULT", NM, "Ashraf Ghani", [NM, "Ashraf Ghani"],
      "occurred", day(FRI), "'Earlier in the day' than the Friday stop = 2015-12-25", mode="visit", loc="Kabul"),
    E("praised", "he praised their country's resilience", "SUPPORT", NM, "Afghanistan", [NM, "Afghanistan"],
      "occurred", day(FRI), "in the Kabul speech of the same day, 2015-12-25", loc="Kabul",
      also=[("speech", "In a speech to Afghan lawmakers")]),
    E("promised", "promised that India would stand by it", "SUPPORT", NM, "Afghanistan", [NM, "Afghanistan"],
      "occurred", day(FRI), "in the Kabul speech, 2015-12-25", loc="Kabul"),
    E("welcomed", "the State Department welcomed the meeting", "SUPPORT", "United States", None,
      ["United States", "India", "Pakistan"], "occurred", span(FRI, DCT), REACT + ": 12-25 to 12-26",
      loc="Washington", also=[("encouraged", "encouraged both governments to keep talking")]),
    E("met", "Modi and Sharif met in July", "CONSULT", NM, NS, [NM, NS], "occurred", month(2015, 7),
      "'in July' before the December DCT", mode="third-party", loc="Ufa"),
    E("agreed", "where they agreed that their national security", "AGREE", NM, None, [NM, NS], "occurred",
      month(2015, 7), "at the July meeting in Ufa", loc="Ufa"),
    E("meet", "advisers would meet in New Delhi", "CONSULT", "India", "Pakistan", ["India", "Pakistan"], "cancelled",
      NONE, "agreed in July, 'called off in August'; the text gives no planned date", loc="New Delhi",
      also=[("talks", "Those talks were called off")]),
    E("called off", "were called off in August", "REJECT", "Pakistan", "India", ["Pakistan", "India"], "occurred",
      month(2015, 8), "'in August'"),
    E("refused", "Pakistan refused India's demand", "REJECT", "Pakistan", "India", ["Pakistan", "India"], "occurred",
      month(2015, 8), "the refusal that made the talks fall through 'in August'"),
    E("met", "met quietly in Bangkok", "CONSULT", "Ajit Doval", "Nasser Khan Janjua", ["Ajit Doval", "Nasser Khan Janjua"],
      "occurred", month(2015, 12), "'Earlier this month' = December 2015", mode="third-party", loc="Bangkok"),
    E("travelled", "Sushma Swaraj travelled to Islamabad", "CONSULT", "Sushma Swaraj", "Pakistan",
      ["Sushma Swaraj", "Pakistan"], "occurred", month(2015, 12), "'Days later' than the meeting 'earlier this month'",
      mode="visit", loc="Islamabad"),
    E("announced", "the two sides announced that formal talks", "ANNOUNCE", "India", None, ["India", "Pakistan"],
      "occurred", month(2015, 12), "during the Islamabad visit, December 2015; 'the two sides': first named",
      loc="Islamabad"),
    E("resume", "formal talks would resume", "CONSULT", "India", "Pakistan", ["India", "Pakistan"], "planned", NONE,
      "announced without a date"),
    E("attended", "Sharif attended Modi's swearing-in", "CONSULT", NS, "India", [NS, NM, "India"], "occurred",
      month(2014, 5), "'in May 2014'", mode="visit", loc="New Delhi"),
    E("went", "went to Islamabad for a regional summit", "CONSULT", "Atal Bihari Vajpayee", "Pakistan",
      ["Atal Bihari Vajpayee", "Pakistan"], "occurred", month(2004, 1), "'in January 2004'", mode="visit",
      loc="Islamabad"),
])


# ---- ankara-somalia-ethiopia-declaration-2024: Thursday paper, lead "late on Wednesday", DCT 2024-12-12 --
DCT = d("2024-12-12")
WED = past(DCT, "Wednesday")
SO, ET, HSM, AA, RTE = "Somalia", "Ethiopia", "Hassan Sheikh Mohamud", "Abiy Ahmed", "Recep Tayyip Erdoğan"
ARTICLES["ankara-somalia-ethiopia-declaration-2024"] = (DCT, [
    E("agreed", "agreed late on Wednesday to put aside", "AGREE", SO, None, [SO, ET, RTE], "occurred", day(WED),
      "'late on Wednesday' in Thursday's paper = 2024-12-11; a pair: first named, null target", loc="Ankara"),
    E("talks", "after talks in the Turkish capital", "CONSULT", SO, ET, [SO, ET, RTE], "occurred", day(WED),
      "'late on Wednesday' = 2024-12-11; brokered by a third party", mode="third-party", loc="Ankara",
      also=[("talks", "several hours of talks")]),
    E("joint declaration", "In a joint declaration read out", "ANNOUNCE", SO, None, [SO, ET], "occurred", day(WED),
      "with the Wednesday agreement: " + BODY, loc="Ankara",
      also=[("declaration", "called the declaration a historic"), ("declaration", "The declaration made no mention")]),
    E("committed", "committed to respect each other's sovereignty", "AGREE", HSM, None, [HSM, AA], "occurred",
      day(WED), "in the Wednesday declaration: " + BODY, loc="Ankara"),
    E("agreed", "They agreed to open technical negotiations", "AGREE", HSM, None, [HSM, AA], "occurred", day(WED),
      "in the Wednesday declaration: " + BODY, loc="Ankara"),
    E("negotiations", "open technical negotiations before the end", "CONSULT", SO, ET, [SO, ET, "Turkey"], "planned",
      span(WED, d("2025-02-28")), "'before the end of February' after the December agreement: to 2025-02-28"),
    E("received", "Erdogan first received each of his guests", "CONSULT", RTE, None, [RTE, HSM, AA], "occurred",
      day(WED), "'first', before the Wednesday talks: " + BODY, mode="host", loc="Ankara"),
    E("called", "he called the declaration a historic step", "STATEMENT", RTE, None, [RTE], "occurred", day(WED),
      "at the news conference after the Wednesday talks: " + BODY, loc="Ankara",
      also=[("said", "said the dispute had been left behind")]),
    E("said", "Abiy said Ethiopia wanted only", "STATEMENT", AA, None, [AA], "occurred", day(WED),
      "at the same news conference: " + BODY, loc="Ankara"),
    E("told", "Mohamud told the same news conference", "STATEMENT", HSM, None, [HSM], "occurred", day(WED),
      "at the same news conference: " + BODY, loc="Ankara"),
    E("thanked", "thanked Erdogan for his patience", "SUPPORT", HSM, RTE, [HSM, RTE], "occurred", day(WED),
      "at the same news conference: " + BODY, loc="Ankara"),
    E("welcomed", "Mahamat, the chairman of the African Union Commission, welcomed", "SUPPORT", "Moussa Faki Mahamat",
      None, ["Moussa Faki Mahamat"], "occurred", day(DCT), "'On Thursday' in Thursday's paper = 2024-12-12"),
    E("praised", "praised Turkey for its mediation", "SUPPORT", "Moussa Faki Mahamat", "Turkey",
      ["Moussa Faki Mahamat", "Turkey"], "occurred", day(DCT), "'On Thursday' = 2024-12-12"),
    E("signed", "Muse Bihi Abdi, signed a memorandum", "AGREE", AA, None, [AA, "Muse Bihi Abdi", "Somaliland"],
      "occurred", day(d("2024-01-01")), "'on January 1' before the December DCT", loc="Addis Ababa"),
    E("called", "Somalia called the memorandum null and void", "REJECT", SO, ET, [SO, ET], "occurred",
      month(2024, 1), "told as the immediate answer to the January 1 memorandum, before 'In April'"),
    E("recalled", "recalled its ambassador from Addis Ababa", "SANCTION", SO, ET, [SO, ET], "occurred",
      month(2024, 1), "with the answer to the January 1 memorandum, before 'In April'"),
    E("expelled", "In April it expelled", "SANCTION", SO, ET, [SO, ET], "occurred", month(2024, 4), "'In April'"),
    E("hosted", "Hakan Fidan, hosted two rounds", "CONSULT", SO, ET, [SO, ET, "Hakan Fidan"], "occurred",
      span(d("2024-07-01"), d("2024-08-31")), "'in July and August': two months, no calendar period",
      mode="third-party", loc="Ankara"),
    E("round", "a third round planned for September", "CONSULT", SO, ET, [SO, ET, "Turkey"], "cancelled",
      month(2024, 9), "'planned for September' and 'put off'", mode="third-party", loc="Ankara",
      also=[("put off", "was put off")]),
    E("signed", "Somalia signed a defence agreement", "AGREE", SO, "Egypt", [SO, "Egypt"], "occurred",
      month(2024, 8), "'In August'"),
    E("arriving", "weapons began arriving in Mogadishu", "AID", "Egypt", SO, ["Egypt", SO], "occurred",
      month(2024, 9), "'the following month' after August = September 2024", loc="Mogadishu"),
])


# ---- argyle-guyana-venezuela-essequibo-2023: Friday paper, lead "on Thursday", DCT 2023-12-15 ---------
DCT = d("2023-12-15")
THU = past(DCT, "Thursday")
IA, NMA, RG = "Irfaan Ali", "Nicolás Maduro", "Ralph Gonsalves"
ARTICLES["argyle-guyana-venezuela-essequibo-2023"] = (DCT, [
    E("pledged", "pledged on Thursday not to threaten", "AGREE", "Guyana", None, ["Guyana", "Venezuela"], "occurred",
      day(THU), "'on Thursday' in Friday's paper = 2023-12-14; a pair: first named, null target", loc="Argyle"),
    E("talks", "their first face-to-face talks", "CONSULT", IA, NMA, [IA, NMA, RG], "occurred", day(THU),
      "the Thursday meeting, 2023-12-14", mode="third-party", loc="Argyle",
      also=[("met", "Nicolas Maduro met for several hours"), ("talks", "in talks hosted by"),
            ("meeting", "shook hands as the meeting opened"), ("talked", "then talked alone"),
            ("talks", "Before the talks began"), ("meeting", "called the meeting a success")]),
    E("declaration", "In a declaration read out by Gonsalves", "ANNOUNCE", RG, None, [RG, IA, NMA], "occurred",
      day(THU), "'at the end of the day' of the Thursday talks: " + BODY, loc="Argyle",
      also=[("declaration", "The declaration papered over")]),
    E("agreed", "the two sides agreed to refrain", "AGREE", "Guyana", None, ["Guyana", "Venezuela"], "occurred",
      day(THU), "in the Thursday declaration: " + BODY, loc="Argyle"),
    E("agreed", "They also agreed to set up a joint commission", "AGREE", "Guyana", None, ["Guyana", "Venezuela"],
      "occurred", day(THU), "in the Thursday declaration: " + BODY, loc="Argyle"),
    E("meet", "to meet again in Brazil", "CONSULT", "Guyana", "Venezuela", ["Guyana", "Venezuela"], "planned",
      span(THU, d("2024-03-14")), "'within the next three months' of 2023-12-14", mode="third-party", loc="Brazil"),
    E("told reporters", "Ali told reporters that Guyana's borders", "REJECT", IA, "Venezuela", [IA, "Venezuela"],
      "occurred", day(THU), "'Before the talks began' on Thursday: " + BODY, loc="Argyle"),
    E("called", "Maduro called the meeting a success", "STATEMENT", NMA, None, [NMA], "occurred", day(THU),
      "'Afterwards', after the Thursday talks: " + BODY, loc="Argyle",
      also=[("said", "said Venezuela had obtained")]),
    E("said", "Ali said Guyana had agreed to nothing", "STATEMENT", IA, None, [IA], "occurred", day(THU),
      "after the Thursday talks: " + BODY, loc="Argyle"),
    E("flown in", "who had flown in from Caracas", "CONSULT", NMA, "Saint Vincent and the Grenadines",
      [NMA, "Saint Vincent and the Grenadines"], "occurred", day(THU), "'that morning' to 'soon after the declaration' "
      "of the Thursday talks, 2023-12-14", mode="visit", loc="Argyle",
      also=[("left", "left soon after the declaration")]),
    E("praised", "praised the two leaders for choosing dialogue", "SUPPORT", "Luiz Inácio Lula da Silva", IA,
      ["Luiz Inácio Lula da Silva", IA, NMA], "occurred", span(THU, DCT), REACT + ": 12-14 to 12-15; 'the two "
      "leaders': the first named as target"),
    E("urged", "urged both sides to keep their word", "DEMAND", "United States", "Guyana",
      ["United States", "Guyana", "Venezuela"], "occurred", span(THU, DCT), REACT + ": 12-14 to 12-15"),
    E("ordered", "the court had ordered Venezuela", "DEMAND", "International Court of Justice", "Venezuela",
      ["International Court of Justice", "Venezuela"], "occurred", day(d("2023-12-01")),
      "'Two days earlier' than the referendum 'on December 3' = 2023-12-01", loc="The Hague"),
    E("called", "Ali called those moves a direct threat", "DISAPPROVE", IA, NMA, [IA, NMA], "occurred",
      span(d("2023-12-05"), d("2023-12-08")), "after Maduro's moves 'On December 5', before the Council met 'on "
      "December 8'"),
    E("took", "took the matter to the United Nations Security Council", "DEMAND", IA, "UN Security Council",
      [IA, "UN Security Council"], "occurred", span(d("2023-12-05"), d("2023-12-08")),
      "after 'December 5', before the Council met 'on December 8'"),
    E("discussed", "discussed it behind closed doors", "CONSULT", "UN Security Council", None, ["UN Security Council"],
      "occurred", day(d("2023-12-08")), "'on December 8'", loc="New York"),
    E("held flight exercises", "had held flight exercises over Guyana", "COOPERATE", "United States", "Guyana",
      ["United States", "Guyana"], "occurred", day(d("2023-12-07")), "'The day before' December 8 = 2023-12-07"),
])


# ---- modi-dhaka-land-boundary-2015: Sunday paper, lead "yesterday", DCT 2015-06-07 ---------------------
DCT = d("2015-06-07")
Y = past(DCT, "Saturday")
NM, SH = "Narendra Modi", "Sheikh Hasina"
ARTICLES["modi-dhaka-land-boundary-2015"] = (DCT, [
    E("exchanged", "yesterday exchanged the instruments", "AGREE", "India", None, ["India", "Bangladesh", NM, SH],
      "occurred", day(Y), "'yesterday' in Sunday's paper = 2015-06-06; a pair: first named, null target",
      loc="Dhaka", also=[("swapped", "The documents were swapped")]),
    E("visit", "began his first visit to Bangladesh", "CONSULT", NM, "Bangladesh", [NM, "Bangladesh"], "ongoing",
      span(Y, DCT), "began 'yesterday' (06-06), 'flying home in the evening' today (06-07): under way at the DCT",
      mode="visit", loc="Dhaka",
      also=[("received", "Hasina received Modi at the airport"), ("visit", "at the end of the visit")]),
    E("held talks", "The two prime ministers then held talks", "CONSULT", NM, SH, [NM, SH], "occurred", day(Y),
      "'then', after the Saturday arrival: " + BODY, mode="visit", loc="Dhaka"),
    E("signed", "officials signed 22 agreements", "AGREE", "India", None, ["India", "Bangladesh"], "occurred", day(Y),
      "after the Saturday talks: " + BODY, loc="Dhaka"),
    E("announced", "India also announced a new line of credit", "AID", "India", "Bangladesh", ["India", "Bangladesh"],
      "occurred", day(Y), BODY, loc="Dhaka"),
    E("flagged off", "flagged off two new bus services", "COOPERATE", NM, None, [NM, SH, "Mamata Banerjee"],
      "occurred", day(Y), BODY, loc="Dhaka"),
    E("told reporters", "Modi told reporters he was confident", "STATEMENT", NM, None, [NM], "occurred", day(Y),
      "at the joint appearance of the Saturday talks: " + BODY, loc="Dhaka"),
    E("thanked", "Hasina thanked India's parliament", "SUPPORT", SH, "India", [SH, "India"], "occurred", day(Y),
      BODY, loc="Dhaka", also=[("said", "and said the two neighbours")]),
    E("called on", "Modi called on President Abdul Hamid", "CONSULT", NM, "Abdul Hamid", [NM, "Abdul Hamid"],
      "occurred", day(Y), "'In the evening' of the Saturday visit: " + BODY, mode="visit", loc="Dhaka"),
    E("hosted", "Hasina hosted a state dinner", "CONSULT", SH, NM, [SH, NM], "occurred", day(Y),
      "'In the evening' of Saturday: " + BODY, mode="host", loc="Dhaka"),
    E("meet", "is due to meet the opposition leader", "CONSULT", NM, "Khaleda Zia", [NM, "Khaleda Zia"], "planned",
      day(DCT), "'Today' = the DCT 2015-06-07", mode="host", loc="Dhaka"),
    E("address", "to address students and officials", "STATEMENT", NM, None, [NM], "planned", day(DCT),
      "'Today' = 2015-06-07", loc="Dhaka"),
    E("joint statement", "publish a joint statement at the end", "ANNOUNCE", "India", None, ["India", "Bangladesh"],
      "planned", day(DCT), "'at the end of the visit', which ends today, 2015-06-07"),
    E("signed", "was signed in 1974", "AGREE", "Indira Gandhi", None, ["Indira Gandhi", "Sheikh Mujibur Rahman"],
      "occurred", year(1974), "'in 1974'"),
    E("signed", "was signed in Dhaka in September 2011", "AGREE", "India", None, ["India", "Bangladesh"], "occurred",
      month(2011, 9), "'in September 2011'", loc="Dhaka"),
    E("visit", "during a visit by Manmohan Singh", "CONSULT", "Manmohan Singh", "Bangladesh",
      ["Manmohan Singh", "Bangladesh"], "occurred", month(2011, 9), "the visit of the September 2011 signing",
      mode="visit", loc="Dhaka"),
    E("approved", "India's parliament approved the constitutional amendment", "AGREE", "India", "Bangladesh",
      ["India", "Bangladesh"], "occurred", month(2015, 5), "'last month' before the June DCT = May 2015",
      also=[("vote", "for the unanimous vote")]),
])


if __name__ == "__main__":
    build(dry="--dry" in sys.argv)
