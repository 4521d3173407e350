"""Build bench/gold10/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Monday" in Monday's wire,
"on Thursday" in Friday's paper, "last week", a chronology's bullet day), so no occurrence number or
weekday is typed by hand.

Run: python bench/gold10/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

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


# ---- wire-colombia-venezuela-border-reopening-2022: wire .txt, DCT Monday 2022-09-26 (dateline) ----
DCT = d("2022-09-26")
MON = past(DCT, "Monday")
GP, NM, RV, CO, VE = "Gustavo Petro", "Nicolas Maduro", "Ramon Velasquez", "Colombia", "Venezuela"
SAME = "no date of its own in the body of Monday's wire: the day of the lead, the DCT 2022-09-26"
ARTICLES["wire-colombia-venezuela-border-reopening-2022"] = (DCT, [
    E("reopened", "Venezuela reopened their shared border", "CONCEDE", CO, VE, [CO, VE], "occurred", day(MON),
      "'on Monday' in Monday's wire = the DCT; reopening a border is a concession", loc="Cucuta",
      also=[("reopen", "Venezuela reopen border to trade"), ("reopening", "warned that the reopening"),
            ("reopening", "The reopening follows")]),
    E("held brief talks", "the two men held brief talks", "CONSULT", GP, RV, [GP, RV], "occurred", day(MON),
      "on the bridge at the ceremony: " + SAME, loc="Cucuta", also=[("greeted", "He greeted Venezuela's")]),
    E("told", "Petro told a crowd", "STATEMENT", GP, None, [GP], "occurred", day(MON), SAME, loc="Cucuta",
      also=[("called", "He called the reopening")]),
    E("praised", "Maduro praised Petro's courage", "SUPPORT", NM, GP, [NM, GP, RV], "occurred", day(MON),
      "a message read out at the ceremony: " + SAME, loc="Cucuta",
      also=[("message", "read out a message from")]),
    E("said", "Maduro said the two nations", "STATEMENT", NM, None, [NM], "occurred", day(MON),
      "'later': " + SAME, also=[("invited", "invited Colombian businesses")]),
    E("signed", "delegations also signed a protocol", "AGREE", CO, VE, [CO, VE], "occurred", day(MON), SAME,
      loc="Cucuta"),
    E("lifted a ban", "Venezuelan side lifted a ban", "CONCEDE", VE, CO, [VE, CO], "occurred", day(MON), SAME),
    E("said", "State Department spokesman said Washington", "STATEMENT", "United States", CO,
      ["United States", CO], "occurred", day(MON), "same-day reaction in Monday's wire: the DCT"),
    E("urged", "exile urged Bogota", "DEMAND", "Venezuelan opposition", CO, ["Venezuelan opposition", CO],
      "occurred", day(MON), "same-day reaction in Monday's wire: the DCT"),
    E("met", "Alvaro Leyva, met his Venezuelan", "CONSULT", "Alvaro Leyva", "Carlos Faria",
      ["Alvaro Leyva", "Carlos Faria"], "occurred", day(d("2022-08-11")), "'on August 11', year from the DCT",
      mode="visit", loc="San Cristobal"),
    E("agreed", "the two agreed to restore relations", "AGREE", "Alvaro Leyva", "Carlos Faria",
      ["Alvaro Leyva", "Carlos Faria"], "occurred", day(d("2022-08-11")), "at the August 11 meeting",
      loc="San Cristobal"),
    E("received", "was received by Maduro", "CONSULT", NM, "Armando Benedetti", [NM, "Armando Benedetti"],
      "occurred", day(d("2022-08-29")), "'on August 29', year from the DCT", mode="host", loc="Caracas"),
    E("cut diplomatic relations", "Maduro had cut diplomatic relations", "SANCTION", NM, CO, [NM, CO],
      "occurred", month(2019, 2), "background: 'in February 2019'"),
    E("ordered", "ordered the bridges blocked", "SANCTION", NM, CO, [NM, CO], "occurred", month(2019, 2),
      "same clause as 'in February 2019'"),
    E("shut the frontier", "Caracas shut the frontier", "SANCTION", VE, CO, [VE, CO], "occurred", month(2015, 8),
      "background: 'in August 2015'"),
    E("deported", "deported more than a thousand", "COERCE", VE, CO, [VE, CO], "occurred", month(2015, 8),
      "same clause as 'in August 2015'"),
    E("attack", "after an attack on Venezuelan soldiers", "ASSAULT", None, VE, [VE], "occurred", month(2015, 8),
      "before the August 2015 closure, told with it: August 2015"),
    E("condemned", "a move that Bogota condemned", "DISAPPROVE", CO, VE, [CO, VE], "occurred", month(2015, 8),
      "'at the time' of the August 2015 closure"),
    E("meet", "expected to meet Maduro soon", "CONSULT", GP, NM, [GP, NM], "planned", NONE,
      "'soon', 'no date has been set'"),
    E("ask", "Colombia would ask Venezuela", "DEMAND", CO, VE, [CO, VE], "planned", NONE,
      "a future request with no date"),
])


# ---- kartarpur-corridor-opens-pilgrims-cross-2019: .md same-day report, no weekday, DCT Sat 2019-11-09 ----
DCT = d("2019-11-09")
NMo, IK, IN, PK = "Narendra Modi", "Imran Khan", "India", "Pakistan"
SAME = "same-day report with no date word for the story day: the DCT 2019-11-09"
ARTICLES["kartarpur-corridor-opens-pilgrims-cross-2019"] = (DCT, [
    E("opened", "India and Pakistan opened a visa-free", "COOPERATE", IN, PK, [IN, PK], "occurred", day(DCT), SAME,
      also=[("inaugurated", "Modi inaugurated the Indian terminal"), ("opened", "Khan opened the corridor"),
            ("opening", "The opening came")]),
    E("thanked", "Modi thanked his Pakistani", "SUPPORT", NMo, IK, [NMo, IK], "occurred", day(DCT),
      "in the speech at the terminal: " + SAME, loc="Dera Baba Nanak",
      also=[("praise", "a rare word of praise")]),
    E("accused", "He accused India of keeping", "DISAPPROVE", IK, IN, [IK, IN], "occurred", day(DCT),
      "in the opening speech: " + SAME, loc="Kartarpur", also=[("said", "said the region's problems")]),
    E("waived", "Pakistan also waived the", "CONCEDE", PK, IN, [PK, IN], "occurred", day(DCT), SAME),
    E("acknowledged", "the Indian foreign ministry acknowledged", "STATEMENT", IN, PK, [IN, PK], "occurred",
      day(DCT), SAME),
    E("criticised", "Qureshi, criticised the timing", "DISAPPROVE", "Shah Mahmood Qureshi", IN,
      ["Shah Mahmood Qureshi", IN], "occurred", day(DCT), "'on the same day' as the opening: " + SAME,
      also=[("said", "said it had spoiled")]),
    E("rejected", "remarks that New Delhi rejected", "REJECT", IN, PK, [IN, PK], "occurred", day(DCT), SAME),
    E("signed", "The two countries signed the agreement", "AGREE", IN, PK, [IN, PK], "occurred", month(2019, 10),
      "'in October' before a November DCT = October 2019", loc="Kartarpur"),
    E("talks", "The first round of talks", "CONSULT", IN, PK, [IN, PK], "occurred", month(2019, 3),
      "'in March' before a November DCT = March 2019", loc="Attari"),
    E("expelling", "responded by expelling", "SANCTION", PK, IN, [PK, IN], "occurred", month(2019, 8),
      "'in August' (the previous sentence) = August 2019"),
    E("suspending", "suspending bilateral trade", "SANCTION", PK, IN, [PK, IN], "occurred", month(2019, 8),
      "with the expulsion in August 2019"),
    E("halted", "it halted a train", "SANCTION", PK, IN, [PK, IN], "occurred", month(2019, 8),
      "with the expulsion in August 2019"),
    E("launched", "The project was launched", "COOPERATE", IN, PK, [IN, PK], "occurred", month(2018, 11),
      "'in November 2018'", also=[("ceremonies", "ground-breaking ceremonies")]),
    E("accused", "Indian ministers accused Pakistan", "DISAPPROVE", IN, PK, [IN, PK], "occurred", month(2018, 11),
      "'At the time' = November 2018"),
    E("raise", "would raise with Islamabad", "DEMAND", IN, PK, [IN, PK], "planned", NONE,
      "a future step with no date"),
])


# ---- sanchez-rabat-visit-spain-morocco-reset-2022: .md Friday paper, lead "on Thursday", background section,
# DCT Fri 2022-04-08 ----
DCT = d("2022-04-08")
THU = past(DCT, "Thursday")
PS, M6, JMA, ES, MA = "Pedro Sanchez", "Mohammed VI", "Jose Manuel Albares", "Spain", "Morocco"
SAME = "no date of its own in the story of the visit told in Friday's paper: Thursday 2022-04-07"
ARTICLES["sanchez-rabat-visit-spain-morocco-reset-2022"] = (DCT, [
    E("agreed", "Mohammed VI of Morocco agreed on Thursday", "AGREE", PS, M6, [PS, M6], "occurred", day(THU),
      "'on Thursday' before the Friday DCT = 2022-04-07", loc="Rabat",
      also=[("sealing", "sealing the end"), ("committed", "Rabat committed to cooperate"),
            ("pledged", "both sides pledged")]),
    E("reopen", "agreed on Thursday to reopen", "CONCEDE", ES, MA, [ES, MA], "planned", NONE,
      "a commitment of the agreement with no date"),
    E("restore", "and to restore ferry links", "CONCEDE", ES, MA, [ES, MA], "planned", NONE,
      "'expected to resume within days': no day given",
      also=[("reopen", "reopen the maritime routes"), ("resume", "expected to resume within days")]),
    E("arrived", "Sanchez arrived in the Moroccan capital", "CONSULT", PS, MA, [PS, M6, JMA], "occurred", day(THU),
      "'in the afternoon' of the lead's day: " + SAME, mode="visit", loc="Rabat",
      also=[("visit", "called the visit historic")]),
    E("received", "was received by the king", "CONSULT", M6, PS, [M6, PS], "occurred", day(THU), SAME,
      mode="host", loc="Rabat", also=[("talked", "The two men talked")]),
    E("hosted", "the king hosted his guest", "CONSULT", M6, PS, [M6, PS], "occurred", day(THU),
      "the evening meal after the talks: " + SAME, mode="host", loc="Rabat",
      also=[("dinner", "issued after the dinner")]),
    E("held separate talks", "Albares held separate talks", "CONSULT", JMA, "Nasser Bourita", [JMA, "Nasser Bourita"],
      "occurred", day(THU), SAME, mode="visit", loc="Rabat"),
    E("issued", "A joint declaration issued after", "ANNOUNCE", ES, MA, [ES, MA], "occurred", day(THU),
      "'after the dinner': " + SAME, loc="Rabat", also=[("set out", "set out a")]),
    E("called", "Sanchez called the visit historic", "STATEMENT", PS, None, [PS], "occurred", day(THU),
      "'before flying home': " + SAME, loc="Rabat", also=[("defended", "defended his change")]),
    E("praised", "praised Spain's", "SUPPORT", M6, ES, [M6, ES], "occurred", span(THU, DCT),
      "an undated statement in Friday's paper: from the visit to the DCT"),
    E("condemned", "condemned the meeting and", "DISAPPROVE", "Polisario Front", ES,
      ["Polisario Front", ES], "occurred", span(THU, DCT),
      "an undated reaction in Friday's paper: from the visit to the DCT",
      also=[("accused", "accused Madrid of betraying")]),
    E("admitted", "Spain admitted the Polisario leader", "AID", ES, "Brahim Ghali", [ES, "Brahim Ghali"],
      "occurred", month(2021, 4), "'in April 2021'", loc="Logrono"),
    E("protested", "Morocco protested, and", "DISAPPROVE", MA, ES, [MA, ES], "occurred", month(2021, 4),
      "right after the April 2021 admission, before 'in May'"),
    E("stood aside", "border guards stood aside", "COERCE", MA, ES, [MA, ES], "occurred", month(2021, 5),
      "'in May' after April 2021 = May 2021", loc="Ceuta"),
    E("sent troops", "Madrid sent troops to the enclave", "MOBILIZE", ES, None, [ES], "occurred", month(2021, 5),
      "during the May 2021 crossings", loc="Ceuta"),
    E("called", "called the episode an assault", "DISAPPROVE", ES, MA, [ES, MA], "occurred", month(2021, 5),
      "during the May 2021 crossings"),
    E("recalled", "Rabat then recalled", "SANCTION", MA, ES, [MA, ES], "occurred", month(2021, 5),
      "'then', after the May 2021 crossings"),
    E("letter", "In a letter to the king", "SUPPORT", PS, M6, [PS, M6], "occurred", month(2022, 3),
      "'The thaw came last month' = March 2022"),
    E("made the letter public", "palace made the letter public", "ANNOUNCE", MA, None, [MA], "occurred",
      day(d("2022-03-18")), "'on March 18', year from the DCT"),
    E("returned", "Benyaich returned to Madrid", "COOPERATE", MA, ES, [MA, ES], "occurred",
      day(d("2022-03-20")), "'two days later' than March 18", loc="Madrid"),
    E("recalled", "it recalled its ambassador from Madrid", "SANCTION", "Algeria", ES, ["Algeria", ES], "occurred",
      day(d("2022-03-19")), "'The day after the letter became public' (March 18)",
      also=[("accused", "accused Spain of a second")]),
    E("meeting", "a high-level meeting of ministers", "CONSULT", ES, MA, [ES, MA], "planned", month(2022, 12),
      "'by the end of the year' = December 2022 (guidelines)", loc="Morocco"),
])


# ---- explainer-kazakhstan-csto-mission-what-we-know-2022: .md explainer with dated bullets, DCT Thu 2022-01-20 --
DCT = d("2022-01-20")
J = {n: d(f"2022-01-{n:02d}") for n in range(1, 21)}
KT, VP, NP, KZ, RU = "Kassym-Jomart Tokayev", "Vladimir Putin", "Nikol Pashinyan", "Kazakhstan", "Russia"
B = "under the bullet 'January {}', year from the DCT"
ARTICLES["explainer-kazakhstan-csto-mission-what-we-know-2022"] = (DCT, [
    E("flew out", "flew out of Kazakhstan on Wednesday", "RETREAT", "CSTO", KZ, ["CSTO", KZ], "occurred", day(J[19]),
      "'on Wednesday' before the Thursday DCT = 2022-01-19, the bullet 'January 19'",
      also=[("leave", "The last aircraft leave")]),
    E("Protests", "Protests break out in Zhanaozen", "PROTEST", None, KZ, [KZ], "occurred", day(J[2]), B.format(2),
      loc="Zhanaozen"),
    E("backs down", "The government backs down", "CONCEDE", KZ, None, [KZ], "occurred", day(J[4]), B.format(4),
      also=[("restores", "restores the price cap")]),
    E("appeals", "he appeals to the CSTO", "DEMAND", KT, "CSTO", [KT, "CSTO"], "occurred", day(J[5]),
      "'Late at night' " + B.format(5),
      also=[("called in", "called in troops"), ("request", "his quick request")]),
    E("announces", "announces that it will send", "ANNOUNCE", NP, KZ, [NP, "CSTO", KZ], "occurred", day(J[5]),
      "'Within hours' of the appeal, " + B.format(5)),
    E("land", "paratroopers land near Almaty", "MOBILIZE", RU, KZ, [RU, KZ], "occurred", day(J[6]), B.format(6),
      loc="Almaty"),
    E("speak by phone", "Putin speak by phone", "CONSULT", KT, VP, [KT, VP], "occurred", day(J[6]), B.format(6),
      mode="phone"),
    E("urges", "Guterres, urges all sides", "DEMAND", "Antonio Guterres", None, ["Antonio Guterres"], "occurred",
      day(J[6]), B.format(6)),
    E("sends", "Xi Jinping sends him", "SUPPORT", "Xi Jinping", KT, ["Xi Jinping", KT], "occurred", day(J[7]),
      B.format(7), also=[("says", "says China opposes")]),
    E("questions", "Blinken questions why", "DISAPPROVE", "Antony Blinken", KZ, ["Antony Blinken", KZ, RU],
      "occurred", day(J[7]), B.format(7), loc="Washington", also=[("warns", "warns that once Russians")]),
    E("answers", "foreign ministry answers Blinken", "DISAPPROVE", RU, "Antony Blinken", [RU, "Antony Blinken"],
      "occurred", day(J[8]), B.format(8), also=[("calling", "calling his remarks offensive")]),
    E("video summit", "hold a video summit", "CONSULT", "CSTO", None, ["CSTO", VP, KT, NP], "occurred", day(J[10]),
      B.format(10), mode="phone"),
    E("declares", "Putin declares that", "STATEMENT", VP, None, [VP], "occurred", day(J[10]),
      "at the video summit, " + B.format(10)),
    E("thanks", "Tokayev thanks him", "SUPPORT", KT, VP, [KT, VP], "occurred", day(J[10]),
      "at the video summit, " + B.format(10)),
    E("announces", "Tokayev announces that the mission", "ANNOUNCE", KT, None, [KT], "occurred", day(J[11]),
      B.format(11)),
    E("pullout", "the pullout begins", "RETREAT", "CSTO", KZ, ["CSTO", KZ], "occurred", day(J[13]),
      B.format(13) + "; 'in two days' after January 11",
      also=[("withdrawing", "start withdrawing in two days"), ("sent them home", "then sent them home")]),
    E("said", "has said Armenia expects", "STATEMENT", NP, "CSTO", [NP, "CSTO"], "occurred", NONE,
      "a present perfect with no date"),
    E("request", "whose own request for", "DEMAND", "Armenia", "CSTO", ["Armenia", "CSTO"], "occurred", year(2021),
      "'last year' = 2021"),
    E("turned down", "was turned down last year", "REJECT", "CSTO", "Armenia", ["CSTO", "Armenia"], "occurred",
      year(2021), "'last year' = 2021"),
])


# ---- readout-biden-lopez-obrador-virtual-meeting-2021: .md Tuesday paper, lead "on Monday", two readouts,
# DCT Tue 2021-03-02 ----
DCT = d("2021-03-02")
MON = past(DCT, "Monday")
JB, AMLO, ME, US, MX = "Joe Biden", "Andres Manuel Lopez Obrador", "Marcelo Ebrard", "United States", "Mexico"
SAME = "an act of Monday's meeting told with no date of its own in Tuesday's paper: 2021-03-01"
ARTICLES["readout-biden-lopez-obrador-virtual-meeting-2021"] = (DCT, [
    E("meeting", "first bilateral meeting by video", "CONSULT", JB, AMLO, [JB, AMLO], "occurred", day(MON),
      "'on Monday' before the Tuesday DCT = 2021-03-01", mode="phone",
      also=[("conversation", "The conversation lasted"), ("discussed", "the two leaders discussed")]),
    E("agreed", "leaders agreed to work together", "AGREE", JB, AMLO, [JB, AMLO], "occurred", day(MON), SAME,
      also=[("committed", "committed both governments")]),
    E("released", "A joint declaration released", "ANNOUNCE", US, MX, [US, MX], "occurred", day(MON),
      "'in the evening' of the meeting's day: 2021-03-01"),
    E("told", "Psaki had told reporters", "REJECT", "Jen Psaki", None, ["Jen Psaki"], "occurred", day(MON),
      "'Earlier in the day' than the meeting: 2021-03-01; a refusal told as a saying"),
    E("asked", "Lopez Obrador had asked Biden", "DEMAND", AMLO, JB, [AMLO, JB], "occurred", day(MON),
      "at the meeting: " + SAME),
    E("talking", "would keep talking about supplies", "CONSULT", MX, US, [MX, US], "planned", NONE,
      "future talks with no date"),
    E("said", "Lopez Obrador had said he would raise", "STATEMENT", AMLO, None, [AMLO], "occurred", day(MON),
      "at 'his morning news conference' of the meeting's day: 2021-03-01", loc="Mexico City"),
    E("told", "Ebrard told reporters after", "STATEMENT", ME, None, [ME], "occurred", day(MON),
      "'after the meeting' on Monday: " + SAME),
    E("offered", "Washington had offered to look", "COOPERATE", US, MX, [US, MX], "occurred", day(MON),
      "at the meeting, as Ebrard told it after the meeting: " + SAME),
    E("proposed", "Lopez Obrador also proposed", "DEMAND", AMLO, JB, [AMLO, JB], "occurred", day(MON),
      "at the meeting: " + SAME),
    E("praised", "He praised Biden's migration", "SUPPORT", AMLO, JB, [AMLO, JB], "occurred", day(MON),
      "at the meeting: " + SAME, also=[("thanked", "thanked him for the decision")]),
    E("thanked", "Biden, for his part, thanked", "SUPPORT", JB, MX, [JB, MX], "occurred", day(MON),
      "at the meeting: " + SAME, also=[("said", "said the United States saw")]),
    E("visited", "visited him at the White House", "CONSULT", AMLO, "Donald Trump", [AMLO, "Donald Trump"],
      "occurred", month(2020, 7), "'in July' before a March 2021 DCT = July 2020", mode="visit",
      loc="Washington"),
    E("congratulate", "last leaders to congratulate", "SUPPORT", AMLO, JB, [AMLO, JB], "occurred", month(2020, 12),
      "'until mid-December' before a March 2021 DCT: December 2020"),
    E("spoke by phone", "first spoke by phone", "CONSULT", JB, AMLO, [JB, AMLO], "occurred", day(d("2021-01-22")),
      "'on January 22', year from the DCT", mode="phone"),
    E("accused", "Mexico also accused", "DISAPPROVE", MX, "Drug Enforcement Administration",
      [MX, "Drug Enforcement Administration"], "occurred", month(2021, 1), "'In January' = January 2021"),
    E("arrest", "whose arrest in Los Angeles", "COERCE", US, "Salvador Cienfuegos", [US, "Salvador Cienfuegos"],
      "occurred", month(2020, 10), "'in October' before the January accusation = October 2020",
      loc="Los Angeles"),
    E("travel", "delegation would travel to Washington", "CONSULT", MX, US, [MX, US], "planned", month(2021, 3),
      "'later this month' = March 2021", mode="visit", loc="Washington"),
])


# ---- iran-us-prisoner-exchange-doha-2023: .md Tuesday paper, lead "on Monday", acts told as nouns,
# DCT Tue 2023-09-19 ----
DCT = d("2023-09-19")
MON = past(DCT, "Monday")
IR, US, QA, JB = "Iran", "United States", "Qatar", "Joe Biden"
SAME = "an act of Monday's exchange told with no date of its own in Tuesday's paper: 2023-09-18"
ARTICLES["iran-us-prisoner-exchange-doha-2023"] = (DCT, [
    E("exchange", "on Monday in an exchange", "CONCEDE", IR, US, [IR, US, QA], "occurred", day(MON),
      "'on Monday' before the Tuesday DCT = 2023-09-18; Iran freed the five Americans",
      loc="Doha", also=[("exchange", "The exchange was months"), ("release", "Their release was matched"),
                        ("swap", "reading of Monday's swap"), ("exchange", "that the exchange could be")]),
    E("clemency", "American clemency for five", "CONCEDE", US, IR, [US, IR], "occurred", day(MON),
      "'matched' the Monday release: " + SAME),
    E("transfer", "the transfer of the money", "CONCEDE", None, IR, [IR, "South Korea", QA], "occurred", day(MON),
      "'in the morning' of the exchange: " + SAME,
      also=[("reached", "South Korea reached Qatari banks")]),
    E("held", "businessman held since 2015", "COERCE", IR, "Siamak Namazi", [IR, "Siamak Namazi"], "occurred",
      year(2015), "'since 2015': the detention began in 2015"),
    E("thanked", "He thanked the emir", "SUPPORT", JB, QA, [JB, QA, "Oman", "Switzerland", "South Korea"],
      "occurred", day(MON), "'shortly after the landing' on Monday: " + SAME,
      also=[("statement", "Biden's statement came")]),
    E("sanctions", "new sanctions on former", "SANCTION", JB, "Mahmoud Ahmadinejad", [JB, "Mahmoud Ahmadinejad"],
      "occurred", day(MON), "'In the same statement' of Monday: " + SAME),
    E("said", "Nasser Kanaani said the funds", "STATEMENT", "Nasser Kanaani", None, ["Nasser Kanaani"], "occurred",
      span(MON, DCT), "an undated reaction in Tuesday's paper: from the exchange to the DCT"),
    E("told", "told American journalists", "STATEMENT", "Ebrahim Raisi", None, ["Ebrahim Raisi"], "occurred",
      span(MON, DCT), "an undated reaction in Tuesday's paper: from the exchange to the DCT", loc="New York"),
    E("struck", "The deal was struck in August", "AGREE", US, IR, [US, IR, QA, "Oman"], "occurred", month(2023, 8),
      "'in August' before a September DCT = August 2023", also=[("deal", "attacked the deal")]),
    E("negotiations", "after indirect negotiations", "CONSULT", US, IR, [US, IR, QA, "Oman"], "occurred", NONE,
      "before the August deal; no start or end given", mode="third-party"),
    E("move", "was the move of four", "CONCEDE", IR, US, [IR, US], "occurred", day(d("2023-08-10")),
      "'on August 10', year from the DCT", loc="Tehran"),
    E("signed", "Blinken signed the sanctions waiver", "CONCEDE", "Antony Blinken", IR, ["Antony Blinken", IR],
      "occurred", week(DCT - timedelta(days=7)), "'last week' in a Tuesday paper = 2023-09-11 to 09-17"),
    E("travelled", "travelled to Tehran several times", "CONSULT", "Mohammed bin Abdulrahman Al Thani", IR,
      ["Mohammed bin Abdulrahman Al Thani", IR], "occurred", span(d("2022-09-19"), DCT),
      "'several times in the past year': the year before the DCT", mode="visit", loc="Tehran"),
    E("hosted", "Doha hosted indirect talks", "CONSULT", QA, None, [QA, IR, US, "EU"], "occurred", month(2022, 6),
      "'in June 2022'", mode="host", loc="Doha"),
    E("talks", "no plans for direct talks", "CONSULT", US, IR, [US, IR], "denied", NONE, "'there were no plans'"),
    E("criticised", "Grossi, criticised Iran", "DISAPPROVE", "Rafael Grossi", IR, ["Rafael Grossi", IR],
      "occurred", span(d("2023-09-16"), d("2023-09-17")), "'at the weekend' in a Tuesday paper = 09-16 to 09-17"),
    E("barring", "for barring several", "SANCTION", IR, "IAEA", [IR, "IAEA"], "occurred", NONE,
      "before the weekend's criticism; no date given"),
])


if __name__ == "__main__":
    build()
