"""Build bench/gold14/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Wednesday" in Wednesday's wire,
"on Wednesday" in Thursday's paper, "a day earlier"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold14/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

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


# ---- wire-erdogan-cairo-sisi-visit-2024: wire .txt, DCT Wednesday 2024-02-14 (dateline) ----
DCT = d("2024-02-14")
WED = past(DCT, "Wednesday")
RTE, SISI = "Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"
SAME = "no date word of its own in the body of Wednesday's wire: the day of the lead, the DCT 2024-02-14"
ARTICLES["wire-erdogan-cairo-sisi-visit-2024"] = (DCT, [
    E("arrived", "Tayyip Erdogan arrived in Cairo", "CONSULT", RTE, "Egypt", [RTE, "Egypt", SISI], "occurred", day(WED),
      "'on Wednesday' in Wednesday's wire = the DCT", mode="visit", loc="Cairo",
      also=[("visit", "makes first visit to Egypt"), ("visit", "his first visit to Egypt in eleven years")]),
    E("removed", "the Egyptian army removed Mohamed Morsi", "COERCE", "Egypt", "Mohamed Morsi", ["Egypt", "Mohamed Morsi"],
      "occurred", year(2013), "the removal is 'the 2013 coup' of a later paragraph: 2013",
      also=[("coup", "after the 2013 coup")]),
    E("met", "Sisi met his guest at the airport", "CONSULT", SISI, RTE, [SISI, RTE], "occurred", day(WED), SAME,
      mode="host", loc="Cairo"),
    E("talks", "sat down for talks at the Ittihadiya", "CONSULT", RTE, SISI, [RTE, SISI], "occurred", day(WED),
      "'then', after the airport greeting: " + SAME, mode="visit", loc="Cairo",
      also=[("discussions", "dominated the discussions")]),
    E("signed", "The two presidents signed a joint declaration", "AGREE", RTE, SISI, [RTE, SISI], "occurred", day(WED),
      SAME, loc="Cairo"),
    E("agreed", "agreed to raise annual trade", "AGREE", RTE, SISI, [RTE, SISI], "occurred", day(WED), SAME, loc="Cairo"),
    E("put their names to", "put their names to several smaller accords", "AGREE", "Turkey", "Egypt", ["Turkey", "Egypt"],
      "occurred", day(WED), SAME, loc="Cairo"),
    E("called for", "Erdogan called for an immediate", "DEMAND", RTE, None, [RTE], "occurred", day(WED),
      "at the joint news conference: " + SAME, loc="Cairo"),
    E("accused", "accused the Israeli government", "DISAPPROVE", RTE, "Israel", [RTE, "Israel"], "occurred", day(WED),
      SAME, loc="Cairo"),
    E("work", "ready to work with Egypt", "COOPERATE", RTE, "Egypt", [RTE, "Egypt"], "occurred", day(WED),
      "an offer of cooperation at the news conference: " + SAME, loc="Cairo"),
    E("thanked", "thanked Cairo for its efforts", "SUPPORT", RTE, "Egypt", [RTE, "Egypt"], "occurred", day(WED), SAME,
      loc="Cairo"),
    E("said", "Sisi said the two countries stood together", "STATEMENT", SISI, None, [SISI], "occurred", day(WED), SAME,
      loc="Cairo"),
    E("accepted", "he had accepted an invitation", "AGREE", SISI, RTE, [SISI, RTE], "occurred", NONE,
      "'had accepted' with no date of its own: undated (as in gold12, gold13)",
      also=[("invitation", "accepted an invitation to visit")]),
    E("visit", "invitation to visit Turkey in April", "CONSULT", SISI, "Turkey", [SISI, "Turkey"], "planned",
      month(2024, 4), "'in April' in a February wire = April 2024", mode="visit"),
    E("described", "described the day as the opening", "SUPPORT", SISI, "Turkey", [SISI, "Turkey"], "occurred",
      day(WED), SAME, loc="Cairo"),
    E("held talks", "held talks with President Mohamed bin Zayed", "CONSULT", RTE, "Mohamed bin Zayed Al Nahyan",
      [RTE, "Mohamed bin Zayed Al Nahyan"], "occurred", day(WED - timedelta(days=1)),
      "'the previous day' = the day before the DCT, 2024-02-13", mode="visit"),
    E("agreements", "a series of investment agreements", "AGREE", "Turkey", "United Arab Emirates",
      ["Turkey", "United Arab Emirates"], "occurred", day(WED - timedelta(days=1)),
      "the Gulf leg of 'the previous day' = 2024-02-13"),
    E("shook hands", "Erdogan and Sisi shook hands for the first time", "CONSULT", RTE, SISI,
      [RTE, SISI, "Tamim bin Hamad Al Thani"], "occurred", month(2022, 11), "'in November 2022'", mode="third-party",
      loc="Doha", also=[("encounter", "in an encounter arranged")]),
    E("spoke by phone", "Sisi spoke by phone with Erdogan", "CONSULT", SISI, RTE, [SISI, RTE], "occurred",
      month(2023, 2), "'When ... struck ... in February 2023'", mode="phone"),
    E("sent", "sent aid ships to the port of Mersin", "AID", SISI, "Turkey", [SISI, "Turkey"], "occurred",
      month(2023, 2), "same sentence as the February 2023 call"),
    E("travelled", "Mevlut Cavusoglu travelled to Cairo", "CONSULT", "Mevlüt Çavuşoğlu", "Egypt",
      ["Mevlüt Çavuşoğlu", "Egypt"], "occurred", month(2023, 3), "'in March 2023'", mode="visit", loc="Cairo",
      also=[("trip", "the first such trip in a decade")]),
    E("restored", "restored full diplomatic relations in July 2023", "COOPERATE", "Turkey", "Egypt", ["Turkey", "Egypt"],
      "occurred", month(2023, 7), "'in July 2023'"),
    E("agreed", "Ankara had agreed to supply Egypt", "AGREE", "Turkey", "Egypt", ["Turkey", "Egypt", "Hakan Fidan"],
      "occurred", month(2024, 2), "made public 'Earlier this month' (February 2024) by Fidan",
      also=[("said", "Hakan Fidan said Ankara")]),
    E("denounced", "repeatedly denounced Sisi", "DISAPPROVE", RTE, SISI, [RTE, SISI], "occurred", NONE,
      "'repeatedly' after the 2013 coup: no date"),
    E("expelled", "Egypt expelled the Turkish ambassador", "SANCTION", "Egypt", "Turkey", ["Egypt", "Turkey"], "occurred",
      month(2013, 11), "'in November 2013'"),
    E("downgraded", "downgraded ties, prompting", "SANCTION", "Egypt", "Turkey", ["Egypt", "Turkey"], "occurred",
      month(2013, 11), "same clause as 'in November 2013'"),
    E("declare", "prompting Ankara to declare", "SANCTION", "Turkey", "Egypt", ["Turkey", "Egypt"], "occurred",
      month(2013, 11), "the immediate response to the November 2013 expulsion"),
    E("warned", "Sisi warned in June 2020", "THREATEN", SISI, None, [SISI], "occurred", month(2020, 6), "'in June 2020'"),
])


# ---- poland-ukraine-grain-row-envoy-summoned-2023: same-day report with no weekday at all, DCT 2023-09-20 (Wed) ----
DCT = d("2023-09-20")
YDAY = DCT - timedelta(days=1)
MM, VZ = "Mateusz Morawiecki", "Volodymyr Zelensky"
SAME = "same-day report with no date word for the story day: the act of the lead's day, the DCT 2023-09-20"
ARTICLES["poland-ukraine-grain-row-envoy-summoned-2023"] = (DCT, [
    E("summoned", "Poland summoned Ukraine's ambassador", "DISAPPROVE", "Poland", "Ukraine",
      ["Poland", "Ukraine", "Vasyl Zvarych"], "occurred", day(DCT), SAME, loc="Warsaw",
      also=[("protest", "its strong protest against")]),
    E("no longer transferring weapons", "his government was no longer transferring weapons", "SANCTION", MM, "Ukraine",
      [MM, "Ukraine"], "occurred", day(DCT), "'in the evening' of the story day: " + SAME,
      also=[("no longer transferring weapons", "Warsaw was \"no longer transferring weapons")]),
    E("said", "Pawel Jablonski said that putting", "DISAPPROVE", "Pawel Jablonski", "Ukraine",
      ["Pawel Jablonski", "Ukraine"], "occurred", day(DCT), SAME),
    E("warned", "He warned that Poland could extend", "THREATEN", MM, "Ukraine", [MM, "Ukraine"], "occurred", day(DCT),
      "in the evening interview: " + SAME),
    E("saying", "saying that deliveries agreed earlier", "STATEMENT", "Poland", None, ["Poland", "Ukraine"], "occurred",
      day(DCT), "'later' on the story day: " + SAME),
    E("talks", "hold talks with his Ukrainian counterpart", "CONSULT", "Robert Telus", "Mykola Solskyi",
      ["Robert Telus", "Mykola Solskyi"], "planned", day(DCT + timedelta(days=1)), "'the next day' = 2023-09-21"),
    E("urged", "urged the council to strip Moscow", "DEMAND", VZ, "UN Security Council", [VZ, "UN Security Council"],
      "occurred", day(DCT), SAME, loc="New York", also=[("addressed", "Zelensky addressed the UN Security Council")]),
    E("sat down with", "He later sat down with Brazilian", "CONSULT", VZ, "Luiz Inácio Lula da Silva",
      [VZ, "Luiz Inácio Lula da Silva"], "occurred", day(DCT), "'later', after the council: " + SAME,
      mode="third-party", loc="New York", also=[("meeting", "their first face-to-face meeting")]),
    E("said", "Lula had said both sides shared", "STATEMENT", "Luiz Inácio Lula da Silva", None,
      ["Luiz Inácio Lula da Silva"], "occurred", NONE, "'after months in which Lula had said': no date"),
    E("agreed", "The two men agreed that their negotiating", "AGREE", VZ, "Luiz Inácio Lula da Silva",
      [VZ, "Luiz Inácio Lula da Silva"], "occurred", day(DCT), SAME, loc="New York"),
    E("told", "Zelensky told the General Assembly", "DISAPPROVE", VZ, None, [VZ], "occurred", day(YDAY),
      "'a day earlier' = 2023-09-19", loc="New York",
      also=[("remarks", "over remarks President Volodymyr Zelensky made")]),
    E("compared", "compared Ukraine to a drowning man", "DISAPPROVE", "Andrzej Duda", "Ukraine",
      ["Andrzej Duda", "Ukraine"], "occurred", day(YDAY), "the same day as Zelensky's speech, 'a day earlier' = 2023-09-19",
      loc="New York"),
    E("meeting", "A meeting between the two presidents", "CONSULT", "Andrzej Duda", VZ, ["Andrzej Duda", VZ],
      "cancelled", day(YDAY), "'pencilled in for the margins of the assembly' of 2023-09-19, 'did not take place'",
      mode="third-party", loc="New York"),
    E("filed", "Ukraine had filed complaints", "DISAPPROVE", "Ukraine", "Poland", ["Ukraine", "Poland", "Hungary", "Slovakia"],
      "occurred", day(YDAY - timedelta(days=1)), "'The day before that' = the day before 2023-09-19 = 2023-09-18"),
    E("threatened", "threatened to retaliate with a ban", "THREATEN", "Ukraine", "Poland", ["Ukraine", "Poland"], "occurred",
      day(YDAY - timedelta(days=1)), "same sentence as the complaints, 2023-09-18"),
    E("decision", "a decision by the European Commission", "ANNOUNCE", "European Commission", None,
      ["European Commission"], "occurred", day(d("2023-09-15")), "'on September 15', year from the DCT"),
    E("imposed", "Poland, Hungary and Slovakia imposed", "SANCTION", "Poland", "Ukraine",
      ["Poland", "Hungary", "Slovakia", "Ukraine"], "occurred", day(d("2023-09-15")),
      "'Within hours' of the decision of September 15"),
    E("warned", "Brussels warned that unilateral", "DISAPPROVE", "EU", "Poland", ["EU", "Poland", "Hungary", "Slovakia"],
      "occurred", span(d("2023-09-15"), DCT), "an undated reaction to the bans of September 15: between them and the DCT"),
    E("send", "the first NATO member to send tanks", "AID", "Poland", "Ukraine", ["Poland", "Ukraine"], "occurred",
      span(d("2022-03-01"), d("2022-05-31")), "'in the spring of 2022': March to May 2022",
      also=[("handing over", "later handing over more than 300")]),
])


# ---- canada-saudi-arabia-restore-ties-2023: Thursday paper, lead "on Wednesday", Background section; DCT 2023-05-25 ----
DCT = d("2023-05-25")
WED = past(DCT, "Wednesday")
JT, MBS, CF = "Justin Trudeau", "Mohammed bin Salman", "Chrystia Freeland"
SAME = "no date word of its own in the body of Thursday's paper: the lead's day, 'on Wednesday' = 2023-05-24"
AUG5 = d("2018-08-05")
ARTICLES["canada-saudi-arabia-restore-ties-2023"] = (DCT, [
    E("restore", "they would restore full diplomatic relations", "COOPERATE", "Canada", "Saudi Arabia",
      ["Canada", "Saudi Arabia"], "occurred", day(WED), "'on Wednesday' in Thursday's paper = 2023-05-24",
      also=[("decision", "the decision grew out of"), ("announcement", "welcomed the announcement")]),
    E("conversation", "grew out of a conversation between", "CONSULT", JT, MBS, [JT, MBS], "occurred", month(2022, 11),
      "'last November' in a May 2023 paper = November 2022", mode="third-party", loc="Bangkok",
      also=[("exchange", "brief exchange in Bangkok")]),
    E("agreed", "The two leaders had agreed then", "AGREE", JT, MBS, [JT, MBS], "occurred", month(2022, 11),
      "'then' = at the Bangkok conversation of November 2022", loc="Bangkok"),
    E("named", "Ottawa named Jean-Philippe Linteau", "ANNOUNCE", "Canada", None, ["Canada", "Jean-Philippe Linteau"],
      "occurred", day(WED), SAME),
    E("said", "The Saudi Press Agency said", "ANNOUNCE", "Saudi Arabia", None, ["Saudi Arabia"], "occurred", day(WED), SAME),
    E("told", "Melanie Joly told reporters", "STATEMENT", "Mélanie Joly", None, ["Mélanie Joly"], "occurred", day(WED),
      SAME),
    E("calls", "in several calls this spring", "CONSULT", "Mélanie Joly", "Faisal bin Farhan",
      ["Mélanie Joly", "Faisal bin Farhan"], "occurred", span(d("2023-03-01"), WED),
      "'this spring' before the announcement: March 1 to 2023-05-24", mode="phone",
      also=[("discussed", "she had discussed the normalisation")]),
    E("called on", "Chrystia Freeland called on the Saudi authorities", "DEMAND", "Canada", "Saudi Arabia",
      ["Canada", CF, "Saudi Arabia"], "occurred", month(2018, 8), "'in early August 2018': August 2018",
      also=[("urging", "a message urging the release")]),
    E("declaring", "declaring Ambassador Dennis Horak persona", "SANCTION", "Saudi Arabia", "Canada",
      ["Saudi Arabia", "Canada", "Dennis Horak"], "occurred", day(AUG5), "'on August 5' of the 2018 row",
      also=[("threw out", "Riyadh threw out Canada's envoy"), ("expulsion", "concern about the expulsion")]),
    E("recalling", "recalling its own ambassador from Ottawa", "SANCTION", "Saudi Arabia", "Canada",
      ["Saudi Arabia", "Canada"], "occurred", day(AUG5), "same sentence, 'on August 5' 2018"),
    E("froze", "It froze all new trade", "SANCTION", "Saudi Arabia", "Canada", ["Saudi Arabia", "Canada"], "occurred",
      day(AUG5), "the reaction of August 5, 2018, told on in the next sentence"),
    E("suspended", "suspended the state airline's flights", "SANCTION", "Saudi Arabia", "Canada",
      ["Saudi Arabia", "Canada"], "occurred", span(AUG5 + timedelta(days=1), AUG5 + timedelta(days=7)),
      "'in the following days' after August 5, 2018: the next seven days"),
    E("told", "told thousands of Saudi students", "SANCTION", "Saudi Arabia", "Canada", ["Saudi Arabia", "Canada"],
      "occurred", span(AUG5 + timedelta(days=1), AUG5 + timedelta(days=7)),
      "'in the following days' after August 5, 2018: the next seven days"),
    E("said", "she said the next day", "STATEMENT", CF, "Saudi Arabia", [CF, "Saudi Arabia"], "occurred",
      day(AUG5 + timedelta(days=1)), "'the next day' after August 5, 2018 = 2018-08-06",
      also=[("refused", "Freeland refused to back down")]),
    E("killed", "Saudi agents killed the journalist", "ASSAULT", "Saudi Arabia", "Jamal Khashoggi",
      ["Saudi Arabia", "Jamal Khashoggi"], "occurred", month(2018, 10), "'in October 2018'", loc="Istanbul"),
    E("condemned", "Trudeau condemned the killing", "DISAPPROVE", JT, "Saudi Arabia", [JT, "Saudi Arabia"], "occurred",
      NONE, "a reaction to the October 2018 killing with no date of its own"),
    E("demanding", "in demanding a credible investigation", "DEMAND", JT, "Saudi Arabia", [JT, "Saudi Arabia"],
      "occurred", NONE, "same sentence as the condemnation: no date"),
    E("lifted", "Ottawa lifted a moratorium", "CONCEDE", "Canada", "Saudi Arabia", ["Canada", "Saudi Arabia"], "occurred",
      month(2020, 4), "'In April 2020'"),
    E("contract", "a 2014 contract for light armoured", "AGREE", "Canada", "Saudi Arabia", ["Canada", "Saudi Arabia"],
      "occurred", year(2014), "'a 2014 contract'"),
])


# ---- explainer-china-lithuania-taiwan-office-row-2022: Friday explainer, lead "on Thursday", dated bullets; DCT 2022-01-28 ----
DCT = d("2022-01-28")
THU = past(DCT, "Thursday")
GL = "Gabrielius Landsbergis"
ARTICLES["explainer-china-lithuania-taiwan-office-row-2022"] = (DCT, [
    E("launched", "on Thursday launched a case", "DISAPPROVE", "EU", "China", ["EU", "China", "Lithuania"], "occurred",
      day(THU), "'on Thursday' in Friday's paper = 2022-01-27; the last bullet gives January 27, 2022", loc="Geneva",
      also=[("accusing", "accusing Beijing of discriminatory"), ("files", "The EU files its request")]),
    E("said", "Valdis Dombrovskis said the bloc", "DISAPPROVE", "Valdis Dombrovskis", "China",
      ["Valdis Dombrovskis", "China"], "occurred", day(THU), "with the filing of the lead: 2022-01-27",
      also=[("said", "He said Chinese customs")]),
    E("refusing", "customs were refusing to clear", "SANCTION", "China", "Lithuania", ["China", "Lithuania"], "ongoing",
      NONE, "'were refusing': under way, no start given"),
    E("dismissed", "dismissed the accusations as groundless", "REJECT", "China", "EU", ["China", "EU"], "occurred",
      day(DCT), "'on Friday' in Friday's paper = the DCT"),
    E("urged", "A spokesman urged Lithuania", "DEMAND", "China", "Lithuania", ["China", "Lithuania"], "occurred", day(DCT),
      "the same spokesman's remarks of Friday, the DCT"),
    E("support", "repeatedly voiced support for Vilnius", "SUPPORT", "United States", "Lithuania",
      ["United States", "Lithuania"], "occurred", NONE, "'repeatedly', no date"),
    E("signed", "export bank signed a memorandum", "AGREE", "United States", "Lithuania", ["United States", "Lithuania"],
      "occurred", month(2021, 11), "'in November' in a January 2022 paper = November 2021"),
    E("announced", "Taiwan announced a 200 million", "COOPERATE", "Taiwan", "Lithuania", ["Taiwan", "Lithuania"],
      "occurred", day(d("2022-01-05")), "'on January 5', year from the DCT"),
    E("said", "Gitanas Nauseda said on January 4", "STATEMENT", "Gitanas Nauseda", None, ["Gitanas Nauseda"], "occurred",
      day(d("2022-01-04")), "'on January 4', year from the DCT"),
    E("insisted", "Landsbergis insisted that Lithuania", "STATEMENT", GL, None, [GL], "occurred", NONE,
      "'while ... insisted': no date of its own"),
    E("said", "Lithuanian officials said on Thursday", "REJECT", "Lithuania", "China", ["Lithuania", "China"], "occurred",
      day(THU), "'on Thursday' in Friday's paper = 2022-01-27"),
    E("quits", "Lithuania quits the 17+1 forum", "RETREAT", "Lithuania", "China", ["Lithuania", "China"], "occurred",
      day(d("2021-05-22")), "dated bullet 'May 22, 2021'"),
    E("urges", "Landsbergis urges the other EU members", "DEMAND", GL, None, [GL], "occurred", day(d("2021-05-22")),
      "in the bullet of May 22, 2021"),
    E("announce", "Vilnius and Taipei announce", "ANNOUNCE", "Lithuania", "Taiwan", ["Lithuania", "Taiwan"], "occurred",
      day(d("2021-07-20")), "dated bullet 'July 20, 2021'"),
    E("recalls", "China recalls its ambassador from Vilnius", "SANCTION", "China", "Lithuania", ["China", "Lithuania"],
      "occurred", day(d("2021-08-10")), "dated bullet 'August 10, 2021'"),
    E("demands", "demands that Lithuania withdraw", "DEMAND", "China", "Lithuania", ["China", "Lithuania"], "occurred",
      day(d("2021-08-10")), "in the bullet of August 10, 2021"),
    E("calls", "Lithuania calls its ambassador", "SANCTION", "Lithuania", "China",
      ["Lithuania", "China", "Diana Mickeviciene"], "occurred", day(d("2021-09-03")), "dated bullet 'September 3, 2021'"),
    E("opens", "Representative Office opens its doors", "COOPERATE", "Taiwan", "Lithuania", ["Taiwan", "Lithuania"],
      "occurred", day(d("2021-11-18")), "dated bullet 'November 18, 2021'", loc="Vilnius",
      also=[("open", "letting Taiwan open an office")]),
    E("downgrades", "China downgrades diplomatic relations", "SANCTION", "China", "Lithuania", ["China", "Lithuania"],
      "occurred", day(d("2021-11-21")), "dated bullet 'November 21, 2021'"),
    E("pulls", "Lithuania pulls all its remaining diplomats", "SANCTION", "Lithuania", "China", ["Lithuania", "China"],
      "occurred", day(d("2021-12-15")), "dated bullet 'December 15, 2021'"),
    E("ask", "Chinese officials ask them to hand in", "DEMAND", "China", "Lithuania", ["China", "Lithuania"], "occurred",
      NONE, "'after' the request, on no day the text gives (before December 15, 2021)"),
])


# ---- readouts-xi-zelensky-phone-call-2023: Thursday paper, two governments' versions of one call; DCT 2023-04-27 ----
DCT = d("2023-04-27")
WED = past(DCT, "Wednesday")
XI, VZ = "Xi Jinping", "Volodymyr Zelensky"
CALL = "what was said in the call of 'Wednesday' (Thursday's paper) = 2023-04-26"
REACT = "an undated reaction to Wednesday's call in Thursday's paper: between the call and the DCT"
ARTICLES["readouts-xi-zelensky-phone-call-2023"] = (DCT, [
    E("spoke by phone", "Xi Jinping spoke by phone", "CONSULT", XI, VZ, [XI, VZ], "occurred", day(WED),
      "'on Wednesday' in Thursday's paper = 2023-04-26", mode="phone",
      also=[("conversation", "their first known conversation"), ("conversation", "the hour-long conversation"),
            ("call", "described a \"long and meaningful\" call"), ("call", "The call also followed")]),
    E("said", "and said Beijing would send", "ANNOUNCE", XI, "Ukraine", [XI, "Ukraine", "Li Hui"], "occurred", day(WED),
      CALL, also=[("said", "Xi said Li Hui")]),
    E("invaded", "since Russia invaded Ukraine", "ASSAULT", "Russia", "Ukraine", ["Russia", "Ukraine"], "occurred",
      month(2022, 2), "'fourteen months ago' from April 2023 = February 2022",
      also=[("invasion", "refused to condemn the invasion")]),
    E("readout", "According to the Chinese readout", "STATEMENT", "China", None, ["China"], "occurred", day(WED),
      "the readout of the call, issued the day of the call, 2023-04-26"),
    E("told", "Xi told Zelensky that dialogue", "STATEMENT", XI, VZ, [XI, VZ], "occurred", day(WED), CALL),
    E("said", "He said mutual respect", "STATEMENT", XI, VZ, [XI, VZ], "occurred", day(WED), CALL),
    E("mission", "would lead a mission to Ukraine", "CONSULT", "Li Hui", "Ukraine", ["Li Hui", "Ukraine"], "planned",
      NONE, "a planned mission with no date", mode="visit"),
    E("thanked", "Xi thanked Ukraine", "SUPPORT", XI, "Ukraine", [XI, "Ukraine"], "occurred", day(WED), CALL),
    E("described", "Zelensky described a", "STATEMENT", VZ, None, [VZ], "occurred", day(WED),
      "Zelensky's account of the call, 'Wednesday' = 2023-04-26", also=[("said", "He said he believed")]),
    E("announced", "His office announced that Pavel Riabikin", "ANNOUNCE", "Ukraine", None, ["Ukraine", "Pavel Riabikin"],
      "occurred", day(WED), "with Zelensky's account of the call, 2023-04-26",
      also=[("appointment", "the appointment of a Ukrainian ambassador")]),
    E("told", "he had told Xi that there could be", "STATEMENT", VZ, XI, [VZ, XI], "occurred", day(WED),
      "told in the call, reported 'In his nightly address' the same day, 2023-04-26",
      also=[("said", "nightly address, Zelensky said")]),
    E("said", "Maria Zakharova said Russia noted", "STATEMENT", "Maria Zakharova", None, ["Maria Zakharova"], "occurred",
      span(WED, DCT), REACT),
    E("accused", "but accused Kyiv and its Western backers", "DISAPPROVE", "Maria Zakharova", "Ukraine",
      ["Maria Zakharova", "Ukraine"], "occurred", span(WED, DCT), REACT),
    E("welcomed", "John Kirby welcomed the conversation", "SUPPORT", "John Kirby", None, ["John Kirby"], "occurred",
      span(WED, DCT), REACT, loc="Washington"),
    E("published", "Beijing published a twelve-point", "ANNOUNCE", "China", None, ["China"], "occurred",
      day(d("2023-02-24")), "'On February 24', year from the DCT"),
    E("dismissed", "Western governments dismissed", "DISAPPROVE", None, "China", ["China"], "occurred", NONE,
      "no date for the dismissal"),
    E("held talks", "Xi held talks with Vladimir Putin", "CONSULT", XI, "Vladimir Putin", [XI, "Vladimir Putin"],
      "occurred", month(2023, 3), "'last month' in an April paper = March 2023", mode="visit", loc="Moscow"),
    E("invited", "had publicly invited him to visit Kyiv", "CONSULT", VZ, XI, [VZ, XI], "planned", NONE,
      "an invitation told with 'had', no date; the visit has none", mode="host", loc="Kyiv"),
    E("questioned", "Lu Shaye, questioned whether", "STATEMENT", "Lu Shaye", None, ["Lu Shaye"], "occurred",
      week(DCT - timedelta(days=7)), "'broadcast last week' = the ISO week before the DCT's"),
    E("summoned", "Estonia summoned Chinese diplomats", "DISAPPROVE", "Lithuania", "China",
      ["Lithuania", "Latvia", "Estonia", "China"], "occurred",
      span(DCT - timedelta(days=DCT.weekday() + 7), past(DCT, "Monday")),
      "after last week's broadcast, told before Monday's retreat: from the start of last week to Monday 2023-04-24"),
    E("distanced", "China's foreign ministry distanced itself", "STATEMENT", "China", None, ["China"], "occurred",
      day(past(DCT, "Monday")), "'on Monday' in Thursday's paper = 2023-04-24"),
])


# ---- moscow-modi-putin-visit-2024: Wednesday paper, acts told as nouns; DCT 2024-07-10 ----
DCT = d("2024-07-10")
MON, TUE = past(DCT, "Monday"), past(DCT, "Tuesday")
NM, VP = "Narendra Modi", "Vladimir Putin"
REACT = "an undated reaction to the visit: between its first day (Monday) and the DCT"
ARTICLES["moscow-modi-putin-visit-2024"] = (DCT, [
    E("arrived", "arrived in the Austrian capital", "CONSULT", NM, "Austria", [NM, "Austria", "Karl Nehammer"], "occurred",
      day(TUE), "'late on Tuesday' in Wednesday's paper = 2024-07-09", mode="visit", loc="Vienna",
      also=[("visit", "the first visit by an Indian prime minister")]),
    E("visit", "His visit, the first to Russia", "CONSULT", NM, "Russia", [NM, "Russia", VP], "occurred", span(MON, TUE),
      "'a two-day stay' ending Tuesday: Monday 2024-07-08 to Tuesday 2024-07-09", mode="visit", loc="Moscow",
      also=[("stay", "a two-day stay in Moscow"), ("visit", "the Moscow visit signalled"),
            ("trip", "Modi's trip was his first")]),
    E("dinner", "opened with a private dinner", "CONSULT", VP, NM, [VP, NM], "occurred", day(MON),
      "'Monday's dinner' = 2024-07-08", mode="host", loc="Novo-Ogaryovo",
      also=[("dinner", "on arrival at Monday's dinner"), ("dinner", "Modi raised at the dinner")]),
    E("struck", "a Russian missile had struck", "ASSAULT", "Russia", "Ukraine", ["Russia", "Ukraine"], "occurred", day(MON),
      "'on a day when', the day of Monday's dinner = 2024-07-08", loc="Kyiv"),
    E("wrote", "he wrote, to see the leader", "DISAPPROVE", "Volodymyr Zelensky", NM, ["Volodymyr Zelensky", NM],
      "occurred", day(MON), "'within hours' of Monday's pictures = 2024-07-08",
      also=[("reacted", "Zelensky reacted within hours")]),
    E("talks", "Tuesday's talks in the Kremlin", "CONSULT", VP, NM, [VP, NM], "occurred", day(TUE),
      "'Tuesday's talks' = 2024-07-09", mode="host", loc="Moscow", also=[("talks", "At a ceremony after the talks")]),
    E("told", "Modi told Putin that solutions", "STATEMENT", NM, VP, [NM, VP], "occurred", day(TUE),
      "in Tuesday's talks = 2024-07-09", loc="Moscow"),
    E("thanked", "Putin thanked him", "SUPPORT", VP, NM, [VP, NM], "occurred", day(TUE), "in Tuesday's talks = 2024-07-09",
      loc="Moscow"),
    E("agreed", "The two governments agreed to raise", "AGREE", "India", "Russia", ["India", "Russia"], "occurred",
      day(TUE), "the outcome of Tuesday's talks = 2024-07-09", loc="Moscow"),
    E("signed", "signed nine agreements", "AGREE", "India", "Russia", ["India", "Russia"], "occurred", day(TUE),
      "the outcome of Tuesday's talks = 2024-07-09", loc="Moscow"),
    E("agreed", "Russia had agreed to discharge", "CONCEDE", "Russia", "India", ["Russia", "India", "Vinay Kwatra"],
      "occurred", span(MON, TUE), "after the demand at Monday's dinner, told with the outcomes of Tuesday: Monday to Tuesday"),
    E("demand", "a demand Modi raised", "DEMAND", NM, VP, [NM, VP], "occurred", day(MON),
      "'raised at the dinner' = Monday's dinner, 2024-07-08", loc="Novo-Ogaryovo"),
    E("awarded", "Putin awarded Modi the Order", "SUPPORT", VP, NM, [VP, NM], "occurred", day(TUE),
      "'At a ceremony after the talks' of Tuesday = 2024-07-09", loc="Moscow",
      also=[("ceremony", "At a ceremony after the talks")]),
    E("announced", "which the Kremlin had announced in 2019", "ANNOUNCE", "Russia", None, ["Russia"], "occurred",
      year(2019), "'in 2019'"),
    E("announced", "Moscow and announced that India", "ANNOUNCE", NM, None, [NM], "occurred", day(TUE),
      "with the ceremony, the visit's Tuesday = 2024-07-09", loc="Moscow"),
    E("said", "Matthew Miller said the United States", "DISAPPROVE", "Matthew Miller", "India", ["Matthew Miller", "India"],
      "occurred", span(MON, DCT), REACT, loc="Washington",
      also=[("criticism", "The timing drew criticism")]),
    E("urged", "urged New Delhi to make plain", "DEMAND", "Matthew Miller", "India", ["Matthew Miller", "India"],
      "occurred", span(MON, DCT), REACT, loc="Washington"),
    E("attended", "when he attended an economic forum", "CONSULT", NM, "Russia", [NM, "Russia"], "occurred",
      month(2019, 9), "'since September 2019, when he attended'", mode="visit", loc="Vladivostok"),
    E("came", "Putin last came to New Delhi", "CONSULT", VP, "India", [VP, "India", NM], "occurred", month(2021, 12),
      "'in December 2021'", mode="visit", loc="New Delhi", also=[("summit", "for their annual summit")]),
    E("met", "When the two men met in Samarkand", "CONSULT", NM, VP, [NM, VP], "occurred", month(2022, 9),
      "'in September 2022'", mode="third-party", loc="Samarkand"),
    E("told", "Modi told Putin that \"today's", "STATEMENT", NM, VP, [NM, VP], "occurred", month(2022, 9),
      "at the Samarkand meeting of September 2022", loc="Samarkand"),
    E("talks", "hold talks with Chancellor Karl Nehammer", "CONSULT", NM, "Karl Nehammer", [NM, "Karl Nehammer"],
      "planned", day(DCT), "'on Wednesday' in Wednesday's paper, 'is due to' = the DCT", mode="visit", loc="Vienna"),
    E("dinner", "at a private dinner on Tuesday night", "CONSULT", "Karl Nehammer", NM, ["Karl Nehammer", NM], "occurred",
      day(TUE), "'on Tuesday night' = 2024-07-09", mode="host", loc="Vienna",
      also=[("welcomed", "Nehammer welcomed him")]),
    E("rejected", "Indian officials rejected suggestions", "STATEMENT", "India", None, ["India"], "occurred",
      span(MON, DCT), REACT),
    E("met", "Modi met Zelensky at the Group", "CONSULT", NM, "Volodymyr Zelensky", [NM, "Volodymyr Zelensky"], "occurred",
      month(2024, 6), "'last month' in a July paper = June 2024", mode="third-party", loc="Italy"),
])


if __name__ == "__main__":
    build()
