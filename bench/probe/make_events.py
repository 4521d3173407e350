"""Build bench/probe/events.jsonl from the hand annotations below.

Each annotation names its trigger (and, when the trigger is not unique in the snippet, a short unique
piece of text around it, ``c=``); bench/annotate.py counts the whole-word occurrence, and every date is
computed with ``datetime`` from the DCT and the rule in the note ("on Monday" in a past clause = the
latest Monday on or before the DCT, "last week" = the previous ISO week, ...). Snippets with no event
(prefix ``none-``) get no line.

Run: python bench/probe/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import calendar
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from annotate import NONE, E, d, day, future, month, of_last_week, past, span, week, year  # noqa: E402
from annotate import build as build_records  # noqa: E402
from make_articles import read_snippets  # noqa: E402

SNIPPETS = {s["id"]: s for s in read_snippets()}
ARTICLES: dict = {}
CUR = ""
D = date.min


def at(sid: str) -> date:
    """Start the annotations of snippet ``sid``; its DCT becomes D."""
    global CUR, D
    CUR, D = sid, SNIPPETS[sid]["dct"]
    ARTICLES[sid] = (D, [])
    return D


def ev(t, type_, src, tgt, status, when, note, *, c=None, actors=None, mode=None, loc=None, also=()):
    acts = actors if actors is not None else [a for a in (src, tgt) if a]
    ARTICLES[CUR][1].append(E(t, c or t, type_, src, tgt, acts, status, when, note, mode=mode, loc=loc, also=also))


def P(name: str):
    """'on <weekday>' in a past clause."""
    return day(past(D, name))


def F(name: str):
    """'on <weekday>' in a future clause."""
    return day(future(D, name))


def PD(name: str) -> date:
    return past(D, name)


def LW():
    return week(D - timedelta(days=7))


def NW():
    return week(D + timedelta(days=7))


def TW():
    return week(D)


def LM():
    x = D.replace(day=1) - timedelta(days=1)
    return month(x.year, x.month)


def NM():
    x = D.replace(day=calendar.monthrange(D.year, D.month)[1]) + timedelta(days=1)
    return month(x.year, x.month)


def TM():
    return month(D.year, D.month)


def TODAY():
    return day(D)


def UNTIL(a: date):
    """An undated reaction reported later than the act it reacts to: from the act to the DCT."""
    return span(a, D)


DCT_SAID = "the DCT"


# ---- agree ------------------------------------------------------------------------------------
at("agree-001")
ev("agreed", "AGREE", "Armenia", "Azerbaijan", "occurred", P("Monday"), "'agreed on Monday' before the Tuesday DCT")
at("agree-002")
ev("signed", "AGREE", "Japan", "Philippines", "occurred", P("Thursday"), "'signed ... on Thursday' before the Friday DCT", loc="Manila")
at("agree-003")
ev("reached a deal", "AGREE", "Serbia", "Kosovo", "occurred", P("Tuesday"), "'late on Tuesday', the day before the Wednesday DCT",
   actors=["Serbia", "Kosovo", "EU"], loc="Brussels")
ev("talks", "CONSULT", "Serbia", "Kosovo", "occurred", P("Tuesday"), "the talks that led to the deal 'late on Tuesday'",
   actors=["Serbia", "Kosovo", "EU"], mode="third-party", loc="Brussels")
at("agree-004")
ev("accepted", "AGREE", "Ethiopia", "African Union", "occurred", P("Friday"), "the prime minister's office's statement 'on Friday' is the acceptance (the actor's own saying dates a speech act): the day before the Saturday DCT")
at("agree-005")
ev("approved", "AGREE", "Turkey", "Ukraine", "occurred", P("Tuesday"), "passive 'was approved by ... on Tuesday' before the Wednesday DCT")
at("agree-006")
ev("agreed", "AGREE", "Russia", "Ukraine", "occurred", NONE, "'have agreed', as a Ukrainian official said on Thursday: the saying is dated, the agreement has no date of its own")
ev("exchange", "CONCEDE", "Russia", "Ukraine", "planned", NONE, "the exchange the agreement provides for; no date given")
at("agree-007")
ev("ratified", "AGREE", "Indonesia", "Vietnam", "occurred", LM(), "'last month' = the month before the DCT (November 2023)")
at("agree-008")
ev("signing", "AGREE", "India", "United Kingdom", "occurred", P("Monday"), "nominal 'The signing ... on Monday' before the Wednesday DCT", loc="London")
at("agree-009")
ev("deal", "AGREE", "Iran", "United Kingdom", "occurred", P("Friday"), "passive 'was struck ... on Friday' before the Sunday DCT",
   also=[("struck", "was struck")])
at("agree-010")
ev("signed up", "AGREE", "Mongolia", "China", "occurred", P("Thursday"), "'signed up ... on Thursday' before the Saturday DCT", loc="Beijing")
ev("visit", "CONSULT", "Mongolia", "China", "occurred", P("Thursday"), "the visit during which Mongolia signed up on Thursday (the text dates only that day)",
   mode="visit", loc="Beijing")
at("agree-011")
ev("memorandum of understanding", "AGREE", "Italy", "Albania", "occurred", P("Monday"), "'signed by Italy and Albania on Monday', before the Saturday DCT",
   also=[("signed", "signed by Italy")])
ev("criticism", "DISAPPROVE", None, "Italy", "occurred", UNTIL(PD("Monday")),
   "rights groups' criticism, undated: from the Monday signing to the Saturday DCT", actors=["Italy", "Albania"])

# ---- support ----------------------------------------------------------------------------------
at("support-001")
ev("praised", "SUPPORT", "Emmanuel Macron", "Greece", "occurred", P("Monday"), "'on Monday praised' before the Tuesday DCT")
ev("truce", "AGREE", "Libya", None, "occurred", NONE, "the truce Greece brokered; the text gives no date", actors=["Libya", "Greece"])
at("support-002")
ev("welcomed", "SUPPORT", "EU", "Belarus", "occurred", NONE, "undated reaction to an undated release")
ev("release", "CONCEDE", "Belarus", None, "occurred", NONE, "the release of activists by Belarus; no date given")
at("support-003")
ev("voiced strong support", "SUPPORT", "Annalena Baerbock", "Moldova", "occurred", P("Wednesday"), "'during a visit to Chisinau on Wednesday', the day before the Thursday DCT", loc="Chisinau")
ev("visit", "CONSULT", "Annalena Baerbock", "Moldova", "occurred", P("Wednesday"), "'a visit to Chisinau on Wednesday'", mode="visit", loc="Chisinau")
at("support-004")
ev("endorsed", "SUPPORT", "African Union", "Kenya", "occurred", NONE, "reported by Nairobi 'on Thursday': the saying is dated, the endorsement has no date of its own")
at("support-005")
ev("congratulatory message", "SUPPORT", "Xi Jinping", "Prabowo Subianto", "occurred", P("Tuesday"), "'sent ... on Tuesday' before the Thursday DCT",
   also=[("sent", "sent a congratulatory")])
at("support-006")
ev("commended", "SUPPORT", "António Guterres", "Qatar", "occurred", P("Monday"), "'commended ... on Monday' before the Tuesday DCT")
at("support-007")
ev("expressed solidarity", "SUPPORT", "Arab League", "Lebanon", "occurred", P("Friday"), "'on Friday', the day before the Saturday DCT")
ev("pledged support", "SUPPORT", "Arab League", "Lebanon", "occurred", P("Friday"), "in the same Friday statement as the solidarity")

# ---- cooperate --------------------------------------------------------------------------------
at("cooperate-001")
ev("patrols", "COOPERATE", "Australia", "Papua New Guinea", "planned", NM(), "'will begin ... next month' = the month after the DCT (June 2024)",
   also=[("begin", "will begin")])
at("cooperate-002")
ev("agreed", "AGREE", "Japan", "South Korea", "occurred", P("Wednesday"), "'agreed on Wednesday' before the Thursday DCT")
ev("share", "COOPERATE", "Japan", "South Korea", "planned", NONE, "the sharing the agreement provides for; no start date")
at("cooperate-003")
ev("began", "COOPERATE", "India", "France", "occurred", P("Monday"), "'began ... on Monday' before the Wednesday DCT; the start of the exercises",
   also=[("exercises", "naval exercises")])
at("cooperate-004")
ev("cooperating", "COOPERATE", "Poland", "Lithuania", "ongoing", NONE, "'was cooperating' as stated on Tuesday; the text gives no start")
ev("sabotage", "ASSAULT", None, None, "occurred", NONE, "the sabotage under investigation; no date given")
at("cooperate-005")
ev("launched", "COOPERATE", "Brazil", "Argentina", "occurred", LW(), "'last week' = the ISO week before the DCT")
at("cooperate-006")
ev("coordinated", "COOPERATE", "United Kingdom", "Canada", "occurred", P("Thursday"), "'issuing a joint advisory on Thursday', the day before the Friday DCT",
   also=[("issuing", "issuing a joint")])
at("cooperate-007")
ev("extradited", "COOPERATE", "Colombia", "United States", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT")

# ---- aid --------------------------------------------------------------------------------------
at("aid-001")
ev("sent", "AID", "China", "Pakistan", "occurred", P("Monday"), "'sent ... on Monday' before the Tuesday DCT")
at("aid-002")
ev("pledged", "AID", "Germany", "Ukraine", "occurred", P("Tuesday"), "'pledged ... on Tuesday' before the Wednesday DCT", actors=["Germany", "Boris Pistorius", "Ukraine"])
at("aid-003")
ev("dispatched", "AID", "Spain", "Morocco", "occurred", P("Sunday"), "'dispatched ... on Sunday' before the Tuesday DCT")
at("aid-004")
ev("delivered", "AID", "World Food Programme", "Sudan", "occurred", LW(), "'last week' = the ISO week before the Wednesday DCT")
at("aid-005")
ev("approved", "AID", "International Monetary Fund", "Sri Lanka", "occurred", P("Wednesday"), "'on Wednesday', the day before the Thursday DCT")
at("aid-006")
ev("offered", "AID", "Egypt", None, "occurred", P("Thursday"), "Egypt's own ministry statement 'on Thursday' is the offer = the Thursday DCT; civilians are no actor")
at("aid-007")
ev("aid convoy", "AID", None, None, "occurred", P("Saturday"), "'entered ... on Saturday' = the Saturday DCT", actors=["Egypt"], loc="Rafah",
   also=[("entered", "entered Gaza")])

# ---- concede ----------------------------------------------------------------------------------
at("concede-001")
ev("released", "CONCEDE", "Iran", "France", "occurred", NONE, "reported by the French ministry 'on Tuesday': the saying is dated, the release has no date of its own")
at("concede-002")
ev("lifted", "CONCEDE", "Saudi Arabia", "Lebanon", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT")
at("concede-003")
ev("lift", "CONCEDE", "China", "Australia", "occurred", P("Tuesday"), "'said on Tuesday it would lift': the decision is taken that day (as 'said on Thursday it would expel' in gold4)")
at("concede-004")
ev("pardoned", "CONCEDE", "Alexander Lukashenko", None, "occurred", P("Monday"), "'on Monday' before the Wednesday DCT")
at("concede-005")
ev("relaxed", "CONCEDE", "Turkey", "China", "occurred", P("Thursday"), "'on Thursday' before the Friday DCT")
at("concede-006")
ev("returned", "CONCEDE", "North Korea", "South Korea", "occurred", P("Monday"), "'on Monday' before the Tuesday DCT", loc="Panmunjom")
at("concede-007")
ev("eased", "CONCEDE", "United States", "Venezuela", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT")
ev("agreed", "AGREE", "Venezuela", None, "occurred", NONE, "the government's agreement to hold elections, before Thursday; no date given")
at("concede-008")
ev("freed", "CONCEDE", "Hamas", "Israel", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")

# ---- retreat ----------------------------------------------------------------------------------
at("retreat-001")
ev("withdrew", "RETREAT", "Azerbaijan", "Armenia", "occurred", P("Sunday"), "'on Sunday' before the Tuesday DCT", loc="Tegh")
at("retreat-002")
ev("withdrawal", "RETREAT", "UN", "Mali", "occurred", P("Tuesday"), "'was completed on Tuesday' before the Wednesday DCT")
at("retreat-003")
ev("pulling", "RETREAT", "France", "Niger", "occurred", P("Tuesday"), "'began pulling ... on Tuesday' before the Wednesday DCT")
ev("ordered", "DEMAND", "Niger", "France", "occurred", NONE, "'days after the junta ordered': a vague offset, no date")
at("retreat-004")
ev("withdrew", "RETREAT", "China", "Philippines", "occurred", P("Tuesday"), "'on Tuesday' before the Wednesday DCT", loc="Scarborough Shoal")
at("retreat-005")
ev("withdrew", "CONCEDE", "Georgia", None, "occurred", P("Tuesday"), "'withdrew a draft law on Tuesday' before the Wednesday DCT: a concession to critics")
ev("protests", "PROTEST", None, "Georgia", "occurred", NONE, "the protests before the withdrawal; no date given")
ev("criticism", "DISAPPROVE", "EU", "Georgia", "occurred", NONE, "the EU's criticism before the withdrawal; no date given")
at("retreat-006")
ev("withdrawing", "RETREAT", "Democratic Republic of the Congo", "M23", "occurred", P("Wednesday"), "'began withdrawing ... on Wednesday' before the Thursday DCT")

# ---- investigate ------------------------------------------------------------------------------
at("investigate-001")
ev("investigation", "INVESTIGATE", "South Korea", "China", "occurred", P("Monday"), "'opened an investigation on Monday' before the Tuesday DCT",
   also=[("opened", "opened an")])
at("investigate-002")
ev("inquiry", "INVESTIGATE", "UN Human Rights Council", "Myanmar", "occurred", P("Tuesday"), "'voted on Tuesday to set up an inquiry' before the Wednesday DCT",
   also=[("voted", "voted on")])
at("investigate-003")
ev("sent", "INVESTIGATE", "IAEA", None, "occurred", LW(), "'last week' = the ISO week before the Wednesday DCT", loc="Zaporizhzhia",
   also=[("inspectors", "sent inspectors")])
at("investigate-004")
ev("investigating", "INVESTIGATE", "Finland", None, "ongoing", NONE, "'are investigating' at the DCT; the text gives no start", actors=["Finland", "Estonia"])
at("investigate-005")
ev("send", "INVESTIGATE", "OSCE", "Georgia", "planned", NW(), "'will send ... next week' = the ISO week after the DCT",
   also=[("fact-finding mission", "a fact-finding mission")])
at("investigate-006")
ev("investigation", "INVESTIGATE", "Kazakhstan", None, "occurred", P("Wednesday"), "'launched ... on Wednesday', the day before the Thursday DCT",
   actors=["Kazakhstan", "Azerbaijan"], also=[("launched", "launched a")])

# ---- demand -----------------------------------------------------------------------------------
at("demand-001")
ev("demanded", "DEMAND", "UN Security Council", None, "occurred", P("Tuesday"), "'demanded on Tuesday' before the Wednesday DCT; addressed to unnamed warring parties",
   actors=["UN Security Council", "Sudan"])
at("demand-002")
ev("urged", "DEMAND", "Lithuania", "Belarus", "occurred", P("Monday"), "'urged ... on Monday' before the Tuesday DCT")
ev("held", "COERCE", "Belarus", "Lithuania", "ongoing", span(d("2024-10-01"), D), "'has held ... since October': from October 1, 2024 (the October before the DCT) to the DCT")
at("demand-003")
ev("called on", "DEMAND", "China", "Israel", "occurred", P("Monday"), "the ministry spokesman's saying 'on Monday' is the call; one actor addressing two: the first named is the target",
   actors=["China", "Israel", "Palestinian Authority"])
at("demand-004")
ev("pressed", "DEMAND", "Brazil", "Venezuela", "occurred", P("Monday"), "'pressed ... on Monday' before the Tuesday DCT; three states, the first named as source",
   actors=["Brazil", "Colombia", "Mexico", "Venezuela"])
at("demand-005")
ev("asked", "DEMAND", "International Committee of the Red Cross", "Russia", "occurred", P("Wednesday"), "'asked ... on Wednesday', the day before the Thursday DCT")
at("demand-006")
ev("requested", "DEMAND", "Mexico", "United States", "occurred", P("Sunday"), "'in a letter sent on Sunday' before the Tuesday DCT",
   also=[("letter", "in a letter")])
at("demand-007")
ev("appealed", "DEMAND", "Pope Francis", None, "occurred", P("Friday"), "'appealed on Friday' before the Saturday DCT; the hostage-takers are not named")
at("demand-008")
ev("insisted", "DEMAND", "Iran", "United States", "occurred", P("Friday"), "'insisted on Friday' before the Saturday DCT")

# ---- disapprove -------------------------------------------------------------------------------
at("disapprove-001")
ev("condemned", "DISAPPROVE", "Japan", "North Korea", "occurred", P("Wednesday"), "'on Wednesday', the day before the Thursday DCT (a same-day reaction to the launch)")
ev("launch", "MOBILIZE", "North Korea", None, "occurred", P("Wednesday"), "the launch 'on Wednesday' before the Thursday DCT")
at("disapprove-002")
ev("summoned", "DISAPPROVE", "Belarus", "Poland", "occurred", P("Tuesday"), "passive 'was summoned by ... on Tuesday' before the Wednesday DCT; the envoy's state is the target")
at("disapprove-003")
ev("criticised", "DISAPPROVE", "United States", "Serbia", "occurred", P("Tuesday"), "the criticism is what it 'said on Tuesday', before the Wednesday DCT")
at("disapprove-004")
ev("lodged a formal protest", "DISAPPROVE", "India", "Nepal", "occurred", P("Tuesday"), "'on Tuesday' before the Wednesday DCT")
at("disapprove-005")
ev("rebuked", "DISAPPROVE", "Penny Wong", "China", "occurred", P("Wednesday"), "'on Wednesday' = the Wednesday DCT")
at("disapprove-006")
ev("denounced", "DISAPPROVE", "Venezuela", None, "occurred", P("Tuesday"), "the denunciation is what the foreign minister 'said on Tuesday', before the Wednesday DCT; the deporting state is not named",
   actors=["Venezuela", "El Salvador"])
ev("deportation", "COERCE", None, "Venezuela", "occurred", NONE, "the deportation denounced; no date given", actors=["Venezuela", "El Salvador"])
at("disapprove-007")
ev("expressed dismay", "DISAPPROVE", "Germany", "Georgia", "occurred", P("Wednesday"), "the spokesman's saying 'on Wednesday' = the Wednesday DCT")
ev("suspend", "SANCTION", "Georgia", "EU", "occurred", NONE, "Georgia's decision to suspend accession talks; no date given")
at("disapprove-008")
ev("raised concerns", "DISAPPROVE", "Australia", "China", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
ev("detention", "COERCE", "China", None, "occurred", NONE, "the writer's detention; no date given (the writer is not named)")
at("disapprove-009")
ev("lodged a strong protest", "DISAPPROVE", "China", "Japan", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
at("disapprove-010")
ev("slammed", "DISAPPROVE", "Bola Tinubu", "Gabon", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT")

# ---- reject -----------------------------------------------------------------------------------
at("reject-001")
ev("rejected", "REJECT", "Hamas", "Egypt", "occurred", P("Tuesday"), "'rejected ... on Tuesday' before the Wednesday DCT")
at("reject-002")
ev("vetoed", "REJECT", "Russia", None, "occurred", P("Tuesday"), "'vetoed ... on Tuesday' before the Wednesday DCT; a resolution is no actor",
   actors=["Russia", "UN Security Council", "Mali"])
at("reject-003")
ev("turned down", "REJECT", "Ukraine", "Turkey", "occurred", P("Tuesday"), "the aide's saying 'on Tuesday' is Ukraine's refusal, before the Wednesday DCT")
at("reject-004")
ev("declined", "REJECT", "Argentina", "BRICS", "occurred", P("Tuesday"), "'declined ... on Tuesday' before the Wednesday DCT")
at("reject-005")
ev("refusal", "REJECT", "Niger", "ECOWAS", "occurred", P("Monday"), "nominal 'The refusal ... on Monday' before the Wednesday DCT", loc="Niamey")
at("reject-006")
ev("dismissed", "REJECT", "China", None, "occurred", P("Tuesday"), "the ministry's saying 'on Tuesday' is the dismissal, before the Wednesday DCT; a tribunal ruling is no actor")
at("reject-007")
ev("rebuffed", "REJECT", "Venezuela", "Organization of American States", "occurred", P("Friday"), "'rebuffed ... on Friday' before the Saturday DCT")
ev("call", "DEMAND", "Organization of American States", "Venezuela", "occurred", NONE, "the OAS call, before the rebuff; no date of its own")

# ---- threaten ---------------------------------------------------------------------------------
at("threaten-001")
ev("warned", "THREATEN", "Lithuania", "Belarus", "occurred", P("Tuesday"), "'warned ... on Tuesday' before the Wednesday DCT")
at("threaten-002")
ev("threatened", "THREATEN", "Donald Trump", "Colombia", "occurred", P("Monday"), "'threatened on Monday' before the Wednesday DCT")
at("threaten-003")
ev("vowed", "THREATEN", "Iran", "Israel", "occurred", P("Tuesday"), "'vowed on Tuesday' = the Tuesday before the Wednesday DCT")
ev("killing", "ASSAULT", "Israel", "Iran", "occurred", NONE, "the killing Iran blames on Israel; no date given", loc="Syria")
at("threaten-004")
ev("threatened", "THREATEN", "Kim Jong Un", "South Korea", "occurred", NONE, "reported by state media 'on Tuesday': the saying is dated, the threat has no date of its own")
at("threaten-005")
ev("ultimatum", "THREATEN", "Rwanda", "Burundi", "occurred", P("Monday"), "'The ultimatum given ... on Monday' before the Wednesday DCT",
   also=[("given", "given by")])
ev("dismissed", "REJECT", "Burundi", "Rwanda", "occurred", UNTIL(PD("Monday")), "undated reply to Monday's ultimatum: from Monday to the Wednesday DCT", loc="Bujumbura")
at("threaten-006")
ev("warned", "THREATEN", "Houthis", "United States", "occurred", P("Tuesday"), "the Houthi spokesman's saying 'on Tuesday' is the warning, before the Wednesday DCT")
ev("strikes", "ASSAULT", None, "Houthis", "occurred", NONE, "the strikes before the warning; the text names no attacker and no date", loc="Yemen")
at("threaten-007")
ev("threatened", "THREATEN", "Mali", "UN", "occurred", P("Friday"), "'threatened ... on Friday' before the Saturday DCT")

# ---- protest ----------------------------------------------------------------------------------
at("protest-001")
ev("rallied", "PROTEST", None, "Russia", "occurred", P("Tuesday"), "'rallied ... on Tuesday' before the Wednesday DCT", loc="Tbilisi",
   also=[("protest", "to protest")])
at("protest-002")
ev("blocked", "PROTEST", None, "Ukraine", "occurred", P("Monday"), "'blocked ... on Monday' before the Wednesday DCT; farmers, not the state",
   actors=["Poland", "Ukraine"], also=[("protest", "in protest")])
at("protest-003")
ev("demonstrated", "PROTEST", None, "France", "occurred", P("Sunday"), "'on Sunday' before the Wednesday DCT", loc="Niamey")
at("protest-004")
ev("went on strike", "PROTEST", None, "Israel", "occurred", P("Tuesday"), "'on Tuesday' before the Wednesday DCT", loc="Piraeus",
   actors=["Greece", "Israel"], also=[("protest", "to protest")])
at("protest-005")
ev("marched", "PROTEST", None, "Serbia", "occurred", P("Sunday"), "'on Sunday' before the Wednesday DCT", loc="Belgrade")
at("protest-006")
ev("hunger strike", "PROTEST", None, "Belarus", "occurred", P("Monday"), "'began ... on Monday' before the Wednesday DCT", loc="Brussels")

# ---- mobilize ---------------------------------------------------------------------------------
at("mobilize-001")
ev("massed", "MOBILIZE", "Russia", "Ukraine", "occurred", NONE, "'has massed', as Ukraine's intelligence said on Tuesday: the saying is dated, the build-up has no date of its own", loc="Kharkiv")
at("mobilize-002")
ev("called up", "MOBILIZE", "Israel", None, "occurred", P("Tuesday"), "'on Tuesday' before the Wednesday DCT")
at("mobilize-003")
ev("put its army", "MOBILIZE", "Serbia", "Kosovo", "occurred", P("Sunday"), "'on Sunday' before the Wednesday DCT")
ev("clashes", "FIGHT", None, None, "occurred", NONE, "the clashes before Sunday; the text names no party and no date", actors=["Kosovo"], loc="Kosovo")
at("mobilize-004")
ev("deployed", "MOBILIZE", "China", "Taiwan", "occurred", P("Monday"), "'deployed ... on Monday' before the Wednesday DCT")
at("mobilize-005")
ev("scrambled", "MOBILIZE", "Poland", "Russia", "occurred", P("Tuesday"), "'on Tuesday' before the Wednesday DCT")
ev("entered", "COERCE", "Russia", "Poland", "occurred", P("Tuesday"), "the drone incursion that made Poland scramble jets on Tuesday: the same day")
at("mobilize-006")
ev("sent", "MOBILIZE", "Egypt", None, "occurred", NONE, "'has sent', as sources said on Wednesday: no date of its own", actors=["Egypt", "Gaza"])

# ---- sanction ---------------------------------------------------------------------------------
at("sanction-001")
ev("imposed sanctions", "SANCTION", "EU", "China", "occurred", P("Monday"), "'on Monday' = the Monday DCT; the companies are named only as Chinese",
   actors=["EU", "China", "Russia"])
at("sanction-002")
ev("expelled", "SANCTION", "Estonia", "Russia", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
at("sanction-003")
ev("recalled", "SANCTION", "Kenya", "Democratic Republic of the Congo", "occurred", P("Friday"), "'on Friday' before the Saturday DCT; 'its ambassador to Kinshasa'")
at("sanction-004")
ev("broke off diplomatic relations", "SANCTION", "Nicaragua", "Ecuador", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
ev("raided", "COERCE", "Ecuador", "Mexico", "occurred", NONE, "the raid that prompted the break; no date given", loc="Quito")
at("sanction-005")
ev("suspended", "SANCTION", "India", "Canada", "occurred", LM(), "'last month' = September 2025, the month before the DCT")
at("sanction-006")
ev("froze", "SANCTION", "United Kingdom", "Iran", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT")
ev("detention", "COERCE", "Iran", None, "occurred", NONE, "the detention of dual nationals; no date given")
at("sanction-007")
ev("blacklisting", "SANCTION", "United States", "China", "occurred", LW(), "'last week' = the ISO week before the Monday DCT")
ev("angry response", "DISAPPROVE", "China", "United States", "occurred", UNTIL(LW()[0]),
   "undated reaction to last week's blacklisting: from the start of last week to the DCT")
at("sanction-008")
ev("halted", "SANCTION", "Turkey", "Israel", "occurred", P("Thursday"), "'on Thursday' before the Sunday DCT")
at("sanction-009")
ev("closure", "SANCTION", "Lithuania", "Russia", "occurred", P("Friday"), "'ordered the closure ... on Friday' before the Saturday DCT", loc="Klaipeda",
   also=[("ordered", "ordered the"), ("gave", "gave its staff")])
at("sanction-010")
ev("declared", "SANCTION", "Germany", "China", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT",
   also=[("persona non grata", "persona non grata")])

# ---- coerce -----------------------------------------------------------------------------------
at("coerce-001")
ev("seized", "COERCE", "Iran", None, "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT; the tanker's flag is not given", loc="Gulf of Oman")
at("coerce-002")
ev("arrested", "COERCE", "Russia", "Japan", "occurred", P("Friday"), "'on Friday' before the Saturday DCT", loc="Vladivostok")
at("coerce-003")
ev("blocked", "COERCE", "Azerbaijan", "Armenia", "ongoing", span(d("2022-12-01"), D),
   "'has blocked ... since December' (the December before the March DCT): from 2022-12-01 to the DCT")
at("coerce-004")
ev("deported", "COERCE", "Nicaragua", None, "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT", actors=["Nicaragua", "Guatemala"],
   also=[("stripping", "stripping them")])
at("coerce-005")
ev("boarded", "COERCE", "China", "Philippines", "occurred", P("Friday"), "'on Friday' before the Saturday DCT", loc="Second Thomas Shoal",
   also=[("seized", "seized their")])
at("coerce-006")
ev("detained", "COERCE", "Russia", "United States", "occurred", P("Friday"), "passive 'was detained by Russian police ... on Friday' before the Saturday DCT",
   loc="Yekaterinburg")

# ---- assault ----------------------------------------------------------------------------------
at("assault-001")
ev("struck", "ASSAULT", "Russia", "Ukraine", "occurred", P("Friday"), "'on Friday' before the Saturday DCT", loc="Dnipro",
   also=[("killing", "killing at")])
at("assault-002")
ev("drone attack", "ASSAULT", "Ukraine", "Russia", "occurred", NONE, "the attack has no date of its own (only the blaming is dated)", loc="Bryansk")
ev("blamed", "DISAPPROVE", "Russia", "Ukraine", "occurred", P("Saturday"), "passive 'was blamed ... by the governor on Saturday' = the Saturday DCT")
at("assault-003")
ev("bombed", "ASSAULT", "Israel", "Syria", "occurred", P("Friday"), "'early on Friday' before the Saturday DCT", loc="Damascus")
at("assault-004")
ev("shelled", "ASSAULT", "Rapid Support Forces", None, "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT", loc="El Fasher")
at("assault-005")
ev("bombing", "ASSAULT", None, "Burkina Faso", "occurred", P("Wednesday"), "nominal 'The bombing ... on Wednesday' before the Saturday DCT", loc="Burkina Faso",
   also=[("killed", "killed dozens")])
at("assault-006")
ev("fired", "ASSAULT", "Houthis", None, "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT", loc="Red Sea")

# ---- fight ------------------------------------------------------------------------------------
at("fight-001")
ev("clashed", "FIGHT", "Kyrgyzstan", "Tajikistan", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
at("fight-002")
ev("Fighting", "FIGHT", "Sudan", "Rapid Support Forces", "occurred", P("Thursday"), "'broke out ... on Thursday' before the Saturday DCT", loc="Omdurman",
   also=[("broke out", "broke out")])
at("fight-003")
ev("fighting", "FIGHT", "Ukraine", "Russia", "ongoing", span(d("2023-10-01"), D), "'have been fighting ... since early October': from October 1 to the DCT",
   loc="Avdiivka")
at("fight-004")
ev("exchanged fire", "FIGHT", "Israel", "Hezbollah", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")
at("fight-005")
ev("skirmish", "FIGHT", "India", "China", "occurred", LW(), "'last week' = the ISO week before the Saturday DCT")
at("fight-006")
ev("launched an offensive", "FIGHT", "M23", "Democratic Republic of the Congo", "occurred", P("Thursday"), "'on Thursday' before the Saturday DCT", loc="Goma")

# ---- announce ---------------------------------------------------------------------------------
at("announce-001")
ev("announced", "ANNOUNCE", "Russia", None, "occurred", P("Monday"), "'announced on Monday' = the Monday DCT")
ev("summit", "CONSULT", "Russia", "BRICS", "planned", span(d("2024-10-22"), d("2024-10-24")), "'from October 22 to 24', year from the DCT",
   mode="host", loc="Kazan")
at("announce-002")
ev("decided", "ANNOUNCE", "Ghana", "Sahrawi Arab Democratic Republic", "occurred", P("Sunday"), "the presidency's saying 'on Sunday' makes the decision public, before the Monday DCT")
at("announce-003")
ev("unveiled", "ANNOUNCE", "G7", None, "occurred", P("Saturday"), "'on Saturday' before the Monday DCT")
at("announce-004")
ev("announced", "ANNOUNCE", "United States", "India", "occurred", P("Friday"), "'announced on Friday' before the Monday DCT")
at("announce-005")
ev("said", "ANNOUNCE", "Switzerland", "Ukraine", "occurred", P("Friday"), "'said on Friday that it would host' before the Monday DCT")
ev("conference", "CONSULT", "Switzerland", "Ukraine", "planned", NONE, "the conference it would host; no date given", mode="host", loc="Lugano")
at("announce-006")
ev("announcement", "ANNOUNCE", "Hungary", "Iraq", "occurred", P("Sunday"), "nominal 'The announcement ... on Sunday' before the Monday DCT",
   also=[("close", "close its embassy")])
at("announce-007")
ev("declared", "ANNOUNCE", "Mali", "Algeria", "occurred", P("Thursday"), "'declared ... on Thursday' before the Saturday DCT")
ev("accusing", "DISAPPROVE", "Mali", "Algeria", "occurred", P("Thursday"), "in the Thursday declaration")
at("announce-008")
ev("proclaimed", "ANNOUNCE", "Burkina Faso", "ECOWAS", "occurred", P("Friday"), "'on Friday' before the Saturday DCT")

# ---- statement --------------------------------------------------------------------------------
at("statement-001")
ev("said", "STATEMENT", "Subrahmanyam Jaishankar", "China", "occurred", P("Sunday"), "'said on Sunday' before the Monday DCT")
at("statement-002")
ev("said", "STATEMENT", "Russia", None, "occurred", P("Monday"), "'said on Monday' = the Monday DCT", actors=["Russia", "Ukraine"])
at("statement-003")
ev("told reporters", "STATEMENT", "Hakan Fidan", None, "occurred", P("Saturday"), "'on Saturday' before the Monday DCT", actors=["Hakan Fidan", "Russia", "Ukraine"])
at("statement-004")
ev("written statement", "STATEMENT", "Philippines", None, "occurred", P("Friday"), "'In a written statement on Friday' before the Monday DCT",
   also=[("said", "said it")])
at("statement-005")
ev("told", "STATEMENT", "Luiz Inácio Lula da Silva", None, "occurred", LW(), "'in a speech last week' = the ISO week before the Monday DCT", loc="New York",
   also=[("speech", "in a speech")])
at("statement-006")
ev("interview", "STATEMENT", "Jens Stoltenberg", None, "occurred", P("Sunday"), "'In an interview published on Sunday' before the Monday DCT",
   actors=["Jens Stoltenberg", "Ukraine", "Russia"], also=[("said", "said allies")])
at("statement-007")
ev("wrote", "STATEMENT", "Benjamin Netanyahu", None, "occurred", P("Friday"), "'wrote ... on Friday' before the Saturday DCT")
at("statement-008")
ev("said", "STATEMENT", "India", "China", "occurred", P("Friday"), "'At a briefing on Friday' before the Saturday DCT",
   also=[("briefing", "At a briefing")])
at("statement-009")
ev("addressed", "STATEMENT", "Volodymyr Zelensky", None, "occurred", P("Friday"), "'addressed ... on Friday' before the Saturday DCT", loc="Munich")
ev("urging", "DEMAND", "Volodymyr Zelensky", None, "occurred", P("Friday"), "in the Friday address; the allies are not named")

# ---- consult ----------------------------------------------------------------------------------
at("consult-001")
ev("spoke by phone", "CONSULT", "Wang Yi", "Subrahmanyam Jaishankar", "occurred", P("Monday"), "'on Monday' before the Tuesday DCT; 'his Indian counterpart, Subrahmanyam Jaishankar'",
   mode="phone")
at("consult-002")
ev("call", "CONSULT", "Justin Trudeau", "Andrés Manuel López Obrador", "occurred", P("Tuesday"), "nominal 'Tuesday's call' before the Thursday DCT", mode="phone")
at("consult-003")
ev("telephoned", "CONSULT", "Emmanuel Macron", "Abdel Fattah el-Sisi", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT", mode="phone")
at("consult-004")
ev("held talks", "CONSULT", "Andrii Sybiha", "Hakan Fidan", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT; the Ukrainian travels to Ankara",
   mode="visit", loc="Ankara")
at("consult-005")
ev("visited", "CONSULT", "Antony Blinken", "Saudi Arabia", "occurred", P("Monday"), "'visited Riyadh on Monday' before the Thursday DCT", mode="visit", loc="Riyadh",
   also=[("trip", "fourth trip")])
at("consult-006")
ev("received", "CONSULT", "Abdelmadjid Tebboune", "Giorgia Meloni", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT", mode="host", loc="Algiers")
at("consult-007")
ev("hosted", "CONSULT", "Japan", None, "occurred", span(PD("Monday"), PD("Tuesday")), "'on Monday and Tuesday' before the Thursday DCT: two days",
   mode="host", loc="Tokyo")
at("consult-008")
ev("sat down with", "CONSULT", "Xi Jinping", "Bill Gates", "occurred", day(past(D, "Friday")), "'on Friday' in a past clause = the Friday before the Thursday DCT",
   mode="host", loc="Beijing")
ev("met", "CONSULT", "Xi Jinping", "Mahmoud Abbas", "occurred", P("Wednesday"), "'then met ... on Wednesday', the day before the Thursday DCT", mode="host", loc="Beijing")
at("consult-009")
ev("met", "CONSULT", "Shehbaz Sharif", "Masoud Pezeshkian", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT", mode="third-party", loc="New York")
at("consult-010")
ev("met", "CONSULT", "United States", "Russia", "occurred", P("Tuesday"), "'met in Geneva on Tuesday' before the Thursday DCT", mode="third-party", loc="Geneva",
   also=[("talks", "for talks")])
at("consult-011")
ev("flew", "CONSULT", "Friedrich Merz", "China", "occurred", span(PD("Sunday"), PD("Sunday") + timedelta(days=1)),
   "'flew to Beijing on Sunday for a two-day visit': Sunday and Monday, before the Thursday DCT", mode="visit", loc="Beijing",
   also=[("visit", "two-day visit")])
at("consult-012")
ev("welcomed", "CONSULT", "Yoon Suk Yeol", "Pham Minh Chinh", "occurred", P("Monday"), "'on Monday' before the Thursday DCT", mode="host", loc="Seoul")
at("consult-013")
ev("phone conversation", "CONSULT", "Vladimir Putin", "Recep Tayyip Erdogan", "occurred", P("Tuesday"), "fronted 'In a phone conversation on Tuesday' before the Thursday DCT",
   mode="phone", also=[("discussed", "discussed the")])
at("consult-014")
ev("met", "CONSULT", "Ukraine", "United States", "occurred", P("Tuesday"), "'on Tuesday' before the Thursday DCT", mode="third-party", loc="Jeddah")
at("consult-015")
ev("video call", "CONSULT", "Pedro Sánchez", "Mohammed VI", "occurred", P("Monday"), "'on Monday' before the Thursday DCT; a video call: mode unclear, no place")
at("consult-016")
ev("travelled", "CONSULT", "Christopher Luxon", "Anthony Albanese", "occurred", P("Monday"), "'travelled to Canberra on Monday for annual talks' before the Thursday DCT; the talks are the trip's only dated part",
   mode="visit", loc="Canberra", also=[("talks", "annual talks")])
at("consult-017")
ev("received", "CONSULT", "Pope Francis", "Javier Milei", "occurred", P("Monday"), "'on Monday' before the Thursday DCT", mode="host", loc="Vatican")
at("consult-018")
ev("spoke", "CONSULT", "Faisal bin Farhan", "Hossein Amir-Abdollahian", "occurred", P("Wednesday"), "'on Wednesday by telephone' before the Thursday DCT", mode="phone")
at("consult-019")
ev("hosted", "CONSULT", "Egypt", None, "occurred", P("Tuesday"), "'on Tuesday' before the Thursday DCT; Arab leaders not named", mode="host", loc="Cairo",
   also=[("summit", "a summit of")])
at("consult-020")
ev("arrived", "CONSULT", "David Lammy", "Ukraine", "occurred", P("Wednesday"), "'arrived in Kyiv ... on Wednesday', the day before the Thursday DCT", mode="visit", loc="Kyiv",
   actors=["David Lammy", "Antony Blinken", "Ukraine"], also=[("visit", "joint visit")])
at("consult-021")
ev("talks", "CONSULT", "Iran", "United States", "occurred", P("Friday"), "'on Friday' in a past clause = the Friday before the Thursday DCT", mode="third-party", loc="Muscat",
   actors=["Iran", "United States", "Oman"], also=[("held", "held a fifth")])
at("consult-022")
ev("courtesy call", "CONSULT", "China", "Nepal", "occurred", P("Tuesday"), "'on Tuesday' before the Thursday DCT; the ambassador calls on the minister in person",
   mode="visit", loc="Kathmandu")
at("consult-023")
ev("summit", "CONSULT", "Xi Jinping", "Vladimir Putin", "occurred", P("Thursday"), "nominal 'The summit ... on Thursday' before the Saturday DCT", mode="host", loc="Beijing")
ev("joint statement", "ANNOUNCE", "China", "Russia", "occurred", P("Thursday"), "the summit 'ended with a joint statement' on Thursday", loc="Beijing")
at("consult-024")
ev("Talks", "CONSULT", "Qatar", "Hamas", "occurred", P("Friday"), "passive 'Talks were held in Doha on Friday' before the Saturday DCT", mode="host", loc="Doha",
   also=[("held", "were held")])
at("consult-025")
ev("visit", "CONSULT", "Germany", "Saudi Arabia", "occurred", P("Thursday"), "nominal 'The visit ... on Thursday' before the Saturday DCT", mode="visit", loc="Riyadh")
at("consult-026")
ev("had lunch", "CONSULT", "Antony Blinken", None, "occurred", P("Friday"), "'on Friday' before the Saturday DCT; the Arab ministers are not named; London is neither side's",
   mode="third-party", loc="London")

# ---- status -----------------------------------------------------------------------------------
at("status-001")
ev("visit", "CONSULT", "Narendra Modi", "Russia", "planned", NM(), "'will visit Moscow next month' = May 2024, the month after the DCT", mode="visit", loc="Moscow")
at("status-002")
ev("meet", "CONSULT", "Japan", None, "planned", day(d("2025-03-22")), "'scheduled to meet ... on March 22', year from the DCT; three parties, the first named as source",
   actors=["Japan", "China", "South Korea"], mode="host", loc="Tokyo")
at("status-003")
ev("travel", "CONSULT", "Janet Yellen", "China", "planned", F("Thursday"), "'plans to travel to Beijing on Thursday' = the Thursday after the Friday DCT; the meetings are the trip's stated purpose (one event)",
   mode="visit", loc="Beijing", also=[("meetings", "for meetings")])
at("status-004")
ev("agreed", "AGREE", "South Korea", "North Korea", "occurred", NONE, "'agreed', as Seoul said on Friday: no date of its own")
ev("military talks", "CONSULT", "South Korea", "North Korea", "planned", TM(), "'later this month' = October 2024 (month precision)",
   mode="third-party", loc="Panmunjom")
at("status-005")
ev("summit", "CONSULT", "Southern African Development Community", None, "cancelled", NW(), "'had been scheduled for next week' = the ISO week after the DCT; postponed",
   also=[("postponed", "has been postponed")])
at("status-006")
ev("called off", "REJECT", "Anthony Albanese", "Indonesia", "occurred", NONE, "calling off the trip; the text does not say when")
ev("trip", "CONSULT", "Anthony Albanese", "Indonesia", "cancelled", F("Tuesday"), "'planned for Tuesday' = the Tuesday after the Friday DCT; called off",
   mode="visit", loc="Jakarta")
at("status-007")
ev("visit", "CONSULT", "Pakistan", "Afghanistan", "cancelled", F("Saturday"), "'due to begin on Saturday' = the day after the Friday DCT; cancelled",
   mode="visit", loc="Kabul", also=[("cancelled", "was cancelled")])
at("status-008")
ev("meet", "CONSULT", "Xi Jinping", "Japan", "denied", NONE, "'There are no plans': no date")
at("status-009")
ev("denied", "STATEMENT", "Russia", "United States", "occurred", P("Thursday"), "'on Thursday denied' = the day before the Friday DCT")
ev("spoken", "CONSULT", "Vladimir Putin", "United States", "denied", NONE, "the call the Kremlin denied; no date", mode="phone")
at("status-010")
ev("impose", "SANCTION", "EU", "United States", "hypothetical", NONE, "'would impose ... if': conditional, no date")
ev("duties", "SANCTION", "United States", None, "hypothetical", NONE, "the condition 'if Washington went ahead with duties': no date")
at("status-011")
ev("meet", "CONSULT", "Volodymyr Zelensky", "Vladimir Putin", "hypothetical", NONE, "'could meet ... if': conditional, no date")
at("status-012")
ev("Talks", "CONSULT", "Sudan", "Rapid Support Forces", "ongoing", NONE, "'are under way' at the DCT; no start given", mode="third-party", loc="Jeddah")
at("status-013")
ev("visit", "CONSULT", "Narendra Modi", "South Africa", "ongoing", span(PD("Thursday"), PD("Thursday") + timedelta(days=2)),
   "'a three-day visit ... that began on Thursday': Thursday to Saturday, under way at the Friday DCT", mode="visit")
at("status-014")
ev("sign", "AGREE", "Armenia", "Azerbaijan", "planned", year(D.year + 1), "'early next year' = the year after the DCT (year precision)")
at("status-015")
ev("due", "CONSULT", "Philippines", "Japan", "planned", F("Monday"), "'is due in Tokyo on Monday' = the Monday after the Friday DCT", mode="visit", loc="Tokyo",
   also=[("talks", "for talks")])
at("status-016")
ev("signing", "AGREE", "EU", "Mercosur", "cancelled", NONE, "'has been delayed until next year': postponed; the original date is not given",
   also=[("delayed", "has been delayed")])
at("status-017")
ev("veto", "REJECT", "Hungary", "EU", "planned", NONE, "'intends to veto': an intention, no date")
at("status-018")
ev("visit", "CONSULT", "Japan", "North Korea", "denied", year(D.year), "'ruled out a visit ... this year' = the DCT's year", mode="visit",
   also=[("ruled out", "ruled out")])
at("status-019")
ev("peace talks", "CONSULT", "Colombia", "ELN", "planned", NONE, "proposed ('be held in Oslo'); no date", mode="third-party", loc="Oslo",
   actors=["Colombia", "ELN", "Norway"])
at("status-020")
ev("carrying out checks", "INVESTIGATE", "IAEA", "Iran", "ongoing", TW(), "'this week' = the DCT's ISO week", loc="Fordow")
at("status-021")
ev("sanctions", "SANCTION", "United States", "China", "hypothetical", NONE, "'is considering', 'no decision has been made': speculative, no date",
   also=[("considering", "is considering")])
at("status-022")
ev("summit", "CONSULT", "Rwanda", "Democratic Republic of the Congo", "cancelled", P("Thursday"), "nominal 'Thursday's summit' = the day before the Friday DCT; did not take place",
   mode="third-party", loc="Luanda")
ev("withdrew", "REJECT", "Rwanda", "Democratic Republic of the Congo", "occurred", NONE, "the Rwandan president pulled out; no date given")

# ---- actor ------------------------------------------------------------------------------------
at("actor-001")
ev("said", "DISAPPROVE", "Russia", "Finland", "occurred", P("Saturday"), "the ministry spokesman's 'unfriendly act', said on Saturday before the Sunday DCT")
ev("close", "SANCTION", "Finland", "Russia", "occurred", NONE, "Finland's decision to close the crossing; no date given")
at("actor-002")
ev("told reporters", "DEMAND", "Maria Zakharova", "NATO", "occurred", P("Thursday"), "'The occupation must end', told reporters on Thursday before the Sunday DCT",
   actors=["Maria Zakharova", "NATO", "Russia"])
at("actor-003")
ev("criticised", "DISAPPROVE", "China", "United States", "occurred", P("Friday"), "'on Friday' before the Sunday DCT; its spokesman's words are the same criticism",
   actors=["China", "Wang Wenbin", "United States"], also=[("called", "called them")])
ev("export controls", "SANCTION", "United States", "China", "occurred", NONE, "the new US export controls; no date given")
at("actor-004")
ev("met", "CONSULT", "Kaja Kallas", "Maia Sandu", "occurred", P("Friday"), "'on Friday' before the Sunday DCT", mode="visit", loc="Chisinau")
ev("pledged", "AID", "Kaja Kallas", "Moldova", "occurred", P("Friday"), "'The Estonian prime minister' = Kallas; at the Friday meeting", loc="Chisinau")
at("actor-005")
ev("met", "CONSULT", "Kyriakos Mitsotakis", "Turkey", "occurred", P("Thursday"), "'on Thursday' before the Sunday DCT; 'his Turkish counterpart' is not named",
   mode="host", loc="Athens", also=[("visit", "such visit")])
at("actor-006")
ev("held talks", "CONSULT", "Ethiopia", "Somalia", "occurred", P("Friday"), "'on Friday' before the Sunday DCT", mode="third-party", loc="Ankara")
ev("agreed", "AGREE", "Ethiopia", "Somalia", "occurred", P("Friday"), "'The two sides agreed' at the Friday talks")
ev("meet", "CONSULT", "Ethiopia", "Somalia", "planned", NM(), "'to meet again in Turkey next month' = May 2024", mode="third-party", loc="Turkey")
at("actor-007")
ev("signed", "AGREE", "Iran", "Egypt", "occurred", P("Saturday"), "'on Saturday' before the Sunday DCT; 'Both countries' = Iran and Egypt, in the order the text names them")
at("actor-008")
ev("met", "CONSULT", "China", None, "occurred", P("Friday"), "'Chinese officials met ... on Friday' before the Sunday DCT; business leaders are no state actor",
   actors=["China", "United States"], mode="host", loc="Shanghai")
at("actor-009")
ev("upgraded", "AGREE", "United States", "Vietnam", "occurred", P("Saturday"), "'Washington and Hanoi ... on Saturday' before the Sunday DCT")
at("actor-010")
ev("welcomed", "SUPPORT", "Russia", "Brazil", "occurred", P("Friday"), "'The Kremlin on Friday welcomed' before the Sunday DCT")
ev("talks", "CONSULT", "Brazil", None, "planned", NONE, "'no date had been fixed'", actors=["Brazil", "Russia"], mode="host")
at("actor-011")
ev("condemned", "DISAPPROVE", "United Kingdom", "Russia", "occurred", P("Friday"), "'Downing Street condemned ... on Friday' before the Sunday DCT",
   actors=["United Kingdom", "Russia", "Alexei Navalny"])
at("actor-012")
ev("summon", "DISAPPROVE", "EU", "Israel", "planned", NONE, "'would summon': planned, no date")
at("actor-013")
ev("imposed sanctions", "SANCTION", "Canada", "Iran", "occurred", P("Thursday"), "'on Thursday' before the Sunday DCT; 'sanctions on four Iranian officials'")
at("actor-014")
ev("held talks", "CONSULT", "Indonesia", "Vietnam", "occurred", P("Friday"), "'on Friday' before the Sunday DCT; the Indonesian president travels to Hanoi",
   mode="visit", loc="Hanoi")
at("actor-015")
ev("issued a warning", "THREATEN", "United States", "Iran", "occurred", P("Saturday"), "'The Pentagon issued a warning to Iran on Saturday' before the Sunday DCT")
at("actor-016")
ev("met", "CONSULT", "EU", None, "occurred", P("Monday"), "'on Monday' in a past clause = the Monday before the Sunday DCT", loc="Brussels")
ev("agreed", "AGREE", "EU", None, "occurred", P("Monday"), "'The bloc agreed' at the Monday meeting")
at("actor-017")
ev("announced export controls", "SANCTION", "China", None, "occurred", P("Friday"), "'on Friday' before the Sunday DCT; no target named")
at("actor-018")
ev("held talks", "CONSULT", "NATO", "Sweden", "occurred", P("Thursday"), "'on Thursday' before the Sunday DCT; the secretary general travels to Stockholm",
   mode="visit", loc="Stockholm")
at("actor-019")
ev("vowed", "THREATEN", "Naim Qassem", "Israel", "occurred", P("Saturday"), "'on Saturday' before the Sunday DCT")
at("actor-020")
ev("hosted", "CONSULT", "Recep Tayyip Erdogan", "Syria", "occurred", P("Saturday"), "'The Turkish leader' = Erdogan, named next; 'on Saturday' before the Sunday DCT",
   mode="host", loc="Ankara")
ev("promised", "AID", "Recep Tayyip Erdogan", "Syria", "occurred", P("Saturday"), "at the Saturday meeting")
at("actor-021")
ev("summoned", "DISAPPROVE", "Radosław Sikorski", "Russia", "occurred", P("Friday"), "'on Friday' before the Sunday DCT; the chargé's state is the target")
ev("said", "DISAPPROVE", "Radosław Sikorski", "Russia", "occurred", P("Friday"), "'The minister' = Sikorski; his accusation accompanies the Friday summons")
ev("arson attack", "ASSAULT", "Russia", "Poland", "occurred", NONE, "the arson Poland blames on Moscow; no date given", loc="Warsaw")
at("actor-022")
ev("published", "ANNOUNCE", "China", None, "occurred", P("Friday"), "'Beijing on Friday published' before the Sunday DCT", actors=["China", "Ukraine"])

# ---- dating -----------------------------------------------------------------------------------
at("dating-001")
ev("met", "CONSULT", "Abdullah II", "Abdel Fattah el-Sisi", "occurred", P("Saturday"), "'on Saturday' in a past clause = the Saturday before the Tuesday DCT",
   mode="visit", loc="Cairo")
at("dating-002")
ev("travel", "CONSULT", "Donald Tusk", "Volodymyr Zelensky", "planned", F("Friday"), "'will travel to Kyiv on Friday' = the Friday after the Tuesday DCT; the meeting is the trip's purpose",
   mode="visit", loc="Kyiv", also=[("meet", "to meet")])
at("dating-003")
ev("meet", "CONSULT", "BRICS", None, "planned", span(future(D, "Thursday"), future(D, "Friday")), "'will meet ... on Thursday and Friday' after the Tuesday DCT: two days",
   loc="Cape Town")
at("dating-004")
ev("met", "CONSULT", "Russia", "North Korea", "occurred", P("Friday"), "'on Friday' before the Tuesday DCT", mode="host", loc="Moscow",
   also=[("talks", "after the talks")])
ev("signed a decree", "AGREE", "Russia", "North Korea", "occurred", day(past(D, "Friday") + timedelta(days=1)), "'A day after the talks' of Friday = Saturday")
at("dating-005")
ev("summoned", "DISAPPROVE", "Egypt", "Israel", "occurred", P("Monday"), "'Hours before' the Monday arrival: the same Monday, before the Tuesday DCT")
ev("arrived", "CONSULT", "Qatar", "Egypt", "occurred", P("Monday"), "'arrived in Cairo on Monday' before the Tuesday DCT", mode="visit", loc="Cairo")
at("dating-006")
ev("met", "CONSULT", "William Ruto", "Ariel Henry", "occurred", P("Friday"), "'on Friday' before the Tuesday DCT", mode="host", loc="Nairobi")
ev("signed", "AGREE", "Kenya", "Haiti", "occurred", P("Friday"), "'Later that day' = the Friday of the meeting", loc="Nairobi")
at("dating-007")
ev("held talks", "CONSULT", "China", "United States", "occurred", LW(), "'last week' = the ISO week before the DCT (said on Monday, in the DCT's own week)",
   mode="visit", loc="Washington")
at("dating-008")
ev("talks", "CONSULT", "Iran", "United States", "occurred", P("Saturday"), "fronted 'On Saturday' before the Tuesday DCT; Oman mediates in Rome",
   actors=["Iran", "United States", "Oman"], mode="third-party", loc="Rome", also=[("mediate", "to mediate")])
at("dating-009")
ev("agreed", "AGREE", "Pakistan", "Afghanistan", "occurred", P("Monday"), "'agreed on Monday' (and the headline's 'Monday') before the Tuesday DCT",
   also=[("agree", "Pakistan, Afghanistan agree")])
at("dating-010")
ev("hosted", "CONSULT", "Kazakhstan", None, "occurred", TM(), "'Earlier this month' = the DCT's month (month precision)", mode="host", loc="Astana",
   also=[("meeting", "a meeting")])
at("dating-011")
ev("cut its ties", "SANCTION", "Honduras", "Taiwan", "occurred", year(D.year - 1), "'last year' = 2023")
ev("opened relations", "AGREE", "Honduras", "China", "occurred", year(D.year - 1), "'last year' = 2023")
at("dating-012")
ev("signed", "AGREE", "Iraq", "Kurdistan Regional Government", "occurred", day(d("2023-03-18")), "'on March 18', year from the DCT")
at("dating-013")
ev("carried out strikes", "ASSAULT", "Israel", "Lebanon", "occurred", P("Saturday"), "'on Saturday' before the Tuesday DCT")
ev("condemned", "DISAPPROVE", "France", "Israel", "occurred", UNTIL(PD("Saturday")), "undated reaction to Saturday's strikes: from Saturday to the Tuesday DCT")
ev("urged", "DEMAND", "France", None, "occurred", UNTIL(PD("Saturday")), "undated, with the condemnation: from Saturday to the DCT; 'all sides' unnamed")
at("dating-014")
ev("visited", "CONSULT", "Czech Republic", "Taiwan", "occurred", day(d("2024-12-09")), "'on December 9', year from the DCT", mode="visit", loc="Taipei")
ev("suspended", "SANCTION", "China", "Czech Republic", "occurred", day(d("2024-12-09") + timedelta(days=3)), "'Three days later' than December 9 = December 12")
at("dating-015")
ev("hosted", "CONSULT", "Turkey", None, "occurred", LW(), "'last week' = the ISO week before the Tuesday DCT", mode="host",
   also=[("meeting", "a meeting")])
at("dating-016")
ev("meet", "CONSULT", "ECOWAS", None, "planned", NW(), "'will meet ... next week' = the ISO week after the DCT", loc="Accra")
ev("intervention", "MOBILIZE", "ECOWAS", "Niger", "hypothetical", NONE, "'a possible intervention': speculative, no date")
at("dating-017")
ev("met", "CONSULT", "Hungary", "China", "occurred", day(of_last_week(D, "Tuesday")), "'on Tuesday of last week' = the Tuesday of the previous ISO week",
   mode="host", loc="Budapest")
at("dating-018")
ev("hosted", "CONSULT", "Brazil", "BRICS", "occurred", span(PD("Sunday"), PD("Monday")), "'on Sunday and Monday' before the Tuesday DCT: two days",
   mode="host", loc="Rio de Janeiro", also=[("summit", "BRICS summit")])
ev("threatened", "THREATEN", "Donald Trump", "BRICS", "occurred", P("Monday"), "fronted 'On Monday' before the Tuesday DCT")
at("dating-019")
ev("restored diplomatic relations", "COOPERATE", "United States", "Cuba", "occurred", year(2015), "'in 2015'")
at("dating-020")
ev("recalled", "SANCTION", "Bahrain", "Israel", "occurred", P("Thursday"), "'on Thursday' before the Tuesday DCT")
ev("done the same", "SANCTION", "Jordan", "Israel", "occurred", day(past(D, "Thursday") - timedelta(days=1)), "'The previous day' before Thursday = Wednesday")
at("dating-021")
ev("visiting", "CONSULT", "Japan", None, "ongoing", TW(), "'is visiting ... this week' = the DCT's ISO week", mode="visit")
at("dating-022")
ev("struck", "ASSAULT", "Ukraine", "Russia", "occurred", P("Sunday"), "fronted 'Early on Sunday' before the Tuesday DCT", loc="Lipetsk")
at("dating-023")
ev("restored diplomatic relations", "COOPERATE", "Saudi Arabia", "Iran", "occurred", month(D.year, 3), "'in March' before the May DCT = March 2023",
   actors=["Saudi Arabia", "Iran", "China"], also=[("deal", "a deal")])
at("dating-024")
ev("fired", "ASSAULT", "Guyana", "Venezuela", "occurred", LW(), "'last week' = the ISO week before the DCT (said on Monday, in the DCT's own week)")

# ---- merge ------------------------------------------------------------------------------------
at("merge-001")
ev("met", "CONSULT", "Narendra Modi", "Xi Jinping", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT; 'their first formal talks' and 'The meeting' are the same event",
   mode="third-party", loc="Kazan", also=[("talks", "formal talks"), ("meeting", "The meeting")])
at("merge-002")
ev("announced new tariffs", "SANCTION", "Canada", "United States", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT; 'The tariffs' are the same measure",
   also=[("tariffs", "The tariffs")])
ev("duties", "SANCTION", "United States", "Canada", "occurred", NONE, "the US duties Canada answers; no date given")
at("merge-003")
ev("summit", "CONSULT", "NATO", None, "occurred", span(PD("Tuesday"), PD("Wednesday")), "'on Tuesday and Wednesday for a two-day summit' before the Thursday DCT",
   loc="Vilnius", c="two-day summit", also=[("gathered", "gathered in"), ("summit", "At the summit")])
ev("lifted its objection", "CONCEDE", "Turkey", "Sweden", "occurred", span(PD("Tuesday"), PD("Wednesday")), "'At the summit' of Tuesday and Wednesday: one of those two days",
   loc="Vilnius")
at("merge-004")
ev("spoke by phone", "CONSULT", "Antony Blinken", "Yoav Gallant", "occurred", P("Monday"), "'on Monday' before the Thursday DCT", mode="phone")
ev("spoke", "CONSULT", "Antony Blinken", "Yoav Gallant", "occurred", P("Wednesday"), "'spoke again ... on Wednesday': a second call, not the Monday one", mode="phone",
   c="spoke again")
at("merge-005")
ev("met", "CONSULT", "Thailand", "Cambodia", "occurred", P("Monday"), "'on Monday' before the Thursday DCT", mode="third-party", loc="Kuala Lumpur",
   c="ministers met")
ev("met", "CONSULT", "Anwar Ibrahim", "Thailand", "occurred", P("Monday"), "'In a separate meeting the same day' = Monday; another event", mode="host",
   loc="Kuala Lumpur", c="Ibrahim met", also=[("meeting", "separate meeting")])
at("merge-006")
ev("expelled", "SANCTION", "Moldova", "Russia", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT; 'The expulsion' is the same act",
   also=[("expulsion", "The expulsion")])
at("merge-007")
ev("arrived", "CONSULT", "Pham Minh Chinh", "Japan", "occurred", span(PD("Friday"), PD("Friday") + timedelta(days=2)),
   "'arrived ... on Friday for a three-day visit': Friday to Sunday, before the Thursday DCT", mode="visit", loc="Tokyo",
   also=[("visit", "three-day visit")])
ev("held talks", "CONSULT", "Pham Minh Chinh", "Fumio Kishida", "occurred", P("Saturday"), "'on Saturday', during the visit", mode="visit", loc="Tokyo")
at("merge-008")
ev("condemned", "DISAPPROVE", "Jordan", "Israel", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT", c="Jordan condemned")
ev("condemned", "DISAPPROVE", "Qatar", "Israel", "occurred", NONE, "'Qatar also condemned': undated, and the raid it reacts to has no sure date", c="also condemned")
ev("raid", "ASSAULT", "Israel", None, "occurred", NONE, "'on Wednesday' dates Jordan's condemnation; the raid itself has no sure date", loc="Jenin",
   c="Israeli raid", also=[("raid", "condemned the raid")])
at("merge-009")
ev("said", "STATEMENT", "Nikos Christodoulides", None, "occurred", P("Wednesday"), "'said on Wednesday' before the Thursday DCT")
ev("repeated", "STATEMENT", "Nikos Christodoulides", None, "occurred", P("Wednesday"), "'later that day' = Wednesday; a second statement, in a speech",
   loc="Nicosia", also=[("speech", "in a speech")])
at("merge-010")
ev("sanctioned", "SANCTION", "United Kingdom", "Russia", "occurred", P("Monday"), "'on Monday' before the Thursday DCT")
ev("imposed its own sanctions", "SANCTION", "EU", "Russia", "occurred", P("Wednesday"), "fronted 'On Wednesday' before the Thursday DCT; a different act")
at("merge-011")
ev("signed a deal", "AGREE", "Chile", "Argentina", "occurred", P("Tuesday"), "'on Tuesday' before the Thursday DCT; 'The agreement' is the same deal",
   also=[("agreement", "The agreement")])
at("merge-012")
ev("released", "CONCEDE", "Russia", "United States", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT; 'Their release' is the same act",
   also=[("prisoner swap", "prisoner swap"), ("release", "Their release")])
at("merge-013")
ev("drills", "MOBILIZE", "China", "Taiwan", "occurred", span(PD("Monday"), PD("Tuesday")), "'began ... on Monday', 'ended on Tuesday': Monday to Tuesday",
   also=[("began", "began large"), ("exercises", "The exercises")])
ev("condemned", "DISAPPROVE", "Taiwan", "China", "occurred", UNTIL(PD("Monday")), "undated reaction to the drills: from their start on Monday to the Thursday DCT")
at("merge-014")
ev("hit", "ASSAULT", "Russia", "Ukraine", "occurred", P("Monday"), "'on Monday' before the Thursday DCT", loc="Odesa")
ev("struck", "ASSAULT", "Russia", "Ukraine", "occurred", P("Wednesday"), "'Another missile ... on Wednesday': a second attack", loc="Odesa",
   also=[("killing", "killing two")])
at("merge-015")
ev("warned", "THREATEN", "South Korea", "North Korea", "occurred", P("Tuesday"), "'on Tuesday' before the Thursday DCT", also=[("warning", "the warning")])
ev("dismissed", "REJECT", "North Korea", "South Korea", "occurred", P("Wednesday"), "'on Wednesday' before the Thursday DCT")
at("merge-016")
ev("travel", "CONSULT", "Antony Blinken", "China", "planned", NM(), "'will travel to Beijing next month' = February 2023; headline 'to visit' and 'The trip' are the same",
   mode="visit", loc="Beijing", also=[("visit", "to visit"), ("trip", "The trip")])

# ---- none: snippets with no event (boilerplate, background, opinion); they get no line ---------
NO_EVENT = sorted(s for s in SNIPPETS if s.startswith("none-"))


def build(dry: bool = False) -> list[dict]:
    missing = sorted(set(SNIPPETS) - set(ARTICLES) - set(NO_EVENT))
    assert not missing, f"snippets not annotated: {missing}"
    assert not set(NO_EVENT) & set(ARTICLES), "a no-event snippet has annotations"
    assert all(events for _, events in ARTICLES.values()), "an annotated snippet has no event"
    return build_records(ARTICLES, HERE, dry)


if __name__ == "__main__":
    records = build()
    print(f"{len(records)} events in {len(ARTICLES)} snippets (+{len(NO_EVENT)} with no event)", file=sys.stderr)
