"""Build bench/gold13/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short unique piece of the article around it (``ctx``);
the helpers in bench/annotate.py count which whole-word occurrence of the trigger that is, and the
dates are computed with ``datetime`` from the rule the note gives ("on Friday" in Friday's wire,
"on Thursday" in Friday's paper, "the previous afternoon"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold13/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

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


# ---- wire-rwanda-congo-washington-peace-agreement-2025: wire .txt, DCT Friday 2025-06-27 (dateline) ----
DCT = d("2025-06-27")
FRI = past(DCT, "Friday")
CD, RW, TKW, ON, DT = "Democratic Republic of the Congo", "Rwanda", "Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe", "Donald Trump"
SAME = "no date word of its own in the body of Friday's wire: the day of the lead, the DCT 2025-06-27"
ARTICLES["wire-rwanda-congo-washington-peace-agreement-2025"] = (DCT, [
    E("signed", "Rwanda signed a peace agreement", "AGREE", CD, RW, [CD, RW, TKW, ON], "occurred", day(FRI),
      "'on Friday' in Friday's wire = the DCT", loc="Washington",
      also=[("put their signatures to", "put their signatures to the text"), ("signing", "welcomed the signing")]),
    E("hosted", "Marco Rubio hosted the ceremony", "CONSULT", "Marco Rubio", None, ["Marco Rubio", TKW, ON], "occurred",
      day(FRI), "the ceremony of the lead: " + SAME, mode="host", loc="Washington",
      also=[("ceremony", "attended Friday's ceremony")]),
    E("called", "Rubio called the accord", "SUPPORT", "Marco Rubio", None, ["Marco Rubio"], "occurred", day(FRI), SAME,
      loc="Washington"),
    E("lift", "Rwanda will lift what it calls", "RETREAT", RW, CD, [RW, CD], "planned", NONE,
      "a term of the agreement, no date"),
    E("pledged", "Kinshasa pledged to neutralise", "AGREE", CD, RW, [CD, RW], "occurred", day(FRI),
      "a pledge made in the agreement signed that day: " + SAME),
    E("agreed", "The two sides agreed to set up", "AGREE", CD, RW, [CD, RW], "occurred", day(FRI), SAME),
    E("told", "Kayikwamba Wagner told the audience", "STATEMENT", TKW, None, [TKW], "occurred", day(FRI), SAME,
      loc="Washington"),
    E("urged", "urged Rwanda to respect its commitments", "DEMAND", TKW, RW, [TKW, RW], "occurred", day(FRI), SAME),
    E("acknowledged", "Nduhungirehe acknowledged that trust", "STATEMENT", ON, None, [ON], "occurred", day(FRI), SAME,
      loc="Washington"),
    E("received", "Donald Trump received both ministers", "CONSULT", DT, None, [DT, TKW, ON], "occurred", day(FRI),
      "'Later' on the day of the signing: " + SAME, mode="host", loc="Washington"),
    E("praised", "He praised the deal as a triumph", "SUPPORT", DT, None, [DT], "occurred", day(FRI), SAME,
      loc="Washington"),
    E("warned", "warned of \"very severe penalties", "THREATEN", DT, None, [DT, CD, RW], "occurred", day(FRI), SAME,
      loc="Washington"),
    E("invited", "Trump said he had invited", "CONSULT", DT, None, [DT, "Félix Tshisekedi", "Paul Kagame"], "planned",
      NONE, "'in the coming weeks': no calendar period", mode="host", loc="Washington"),
    E("sign", "to sign a further agreement", "AGREE", "Félix Tshisekedi", "Paul Kagame",
      ["Félix Tshisekedi", "Paul Kagame"], "planned", NONE, "'in the coming weeks': no calendar period",
      loc="Washington"),
    E("initialled", "The text was initialled by technical", "AGREE", CD, RW, [CD, RW], "occurred", day(d("2025-06-18")),
      "'on June 18', year from the DCT"),
    E("talks", "after three days of talks", "CONSULT", CD, RW, [CD, RW, "United States"], "occurred",
      span(d("2025-06-16"), d("2025-06-18")), "'three days of talks' ending with the initialling on June 18"),
    E("signed", "the two ministers signed in Washington in April", "AGREE", TKW, ON, [TKW, ON], "occurred",
      month(2025, 4), "'in April' before a June DCT = April 2025", loc="Washington"),
    E("mediating", "Doha has been mediating separate", "CONSULT", "Qatar", None, ["Qatar", CD, "M23"], "ongoing", NONE,
      "'has been mediating': under way, no start given", mode="host", loc="Doha",
      also=[("settled", "would be settled in Doha")]),
    E("meeting", "for a surprise meeting in March", "CONSULT", "Tamim bin Hamad Al Thani", None,
      ["Tamim bin Hamad Al Thani", "Félix Tshisekedi", "Paul Kagame"], "occurred", month(2025, 3),
      "'in March' before a June DCT = March 2025", mode="host", loc="Doha",
      also=[("brought", "brought Tshisekedi and Kagame together")]),
    E("seized", "which seized the cities of Goma", "ASSAULT", "M23", CD, ["M23", CD], "occurred",
      span(d("2025-01-01"), d("2025-02-28")), "'Goma in January and Bukavu in February' of the DCT's year: one verb for both"),
    E("said", "rebel alliance said the agreement", "STATEMENT", "M23", None, ["M23"], "occurred", day(FRI),
      "same-day reaction with no date word in Friday's wire: the DCT"),
    E("welcomed", "Mahmoud Ali Youssouf welcomed the signing", "SUPPORT", "Mahmoud Ali Youssouf", None,
      ["Mahmoud Ali Youssouf"], "occurred", day(FRI), "same-day reaction: the DCT"),
    E("hailed", "Antonio Guterres hailed the agreement", "SUPPORT", "António Guterres", None, ["António Guterres"],
      "occurred", day(FRI), "same-day reaction: the DCT"),
    E("urged", "urged the parties to honour it", "DEMAND", "António Guterres", None, ["António Guterres", CD, RW],
      "occurred", day(FRI), "same-day reaction: the DCT"),
    E("backed", "said Brussels backed the deal", "SUPPORT", "Maxime Prévot", None, ["Maxime Prévot"], "occurred",
      day(FRI), "same-day reaction: the DCT", also=[("said", "Maxime Prevot, said Brussels")]),
    E("imposed sanctions", "Washington imposed sanctions on James", "SANCTION", "United States", "James Kabarebe",
      ["United States", "James Kabarebe"], "occurred", month(2025, 2), "'In February' before a June DCT = February 2025"),
    E("suspended", "Britain suspended most of its bilateral", "SANCTION", "United Kingdom", RW, ["United Kingdom", RW],
      "occurred", month(2025, 2), "in the 'In February' sentence = February 2025"),
])


# ---- wuhan-modi-xi-informal-summit-2018: .md same-day report, NO weekday or date word for the story day ----
DCT = d("2018-04-28")
PREV = DCT - timedelta(days=1)
NM, XJ, IN, CN = "Narendra Modi", "Xi Jinping", "India", "China"
SAME = "same-day report with no date word for the story day: the act of the lead's day, the DCT 2018-04-28"
ARTICLES["wuhan-modi-xi-informal-summit-2018"] = (DCT, [
    E("agreed", "Xi Jinping agreed to issue strategic", "AGREE", NM, XJ, [NM, XJ], "occurred", day(DCT),
      "the lead's act in a same-day report with no date word: the DCT", loc="Wuhan"),
    E("summit", "an unusual informal summit in the central", "CONSULT", NM, XJ, [NM, XJ], "occurred", span(PREV, DCT),
      "from 'the previous afternoon' (2018-04-27) to the lead's day, the DCT", mode="visit", loc="Wuhan",
      also=[("wound up", "two leaders wound up"), ("retreat", "The retreat had begun"),
            ("summit", "The summit was arranged")]),
    E("talked", "talked over tea in a lakeside", "CONSULT", XJ, NM, [XJ, NM], "occurred", day(DCT),
      "'in the morning' of the story day: " + SAME, mode="host", loc="Wuhan",
      also=[("strolled", "The two men strolled")]),
    E("lunch", "They then shared a lunch", "CONSULT", XJ, NM, [XJ, NM], "occurred", day(DCT), "'then': " + SAME,
      mode="host", loc="Wuhan"),
    E("told", "Vijay Gokhale told reporters", "STATEMENT", "Vijay Gokhale", None, ["Vijay Gokhale"], "occurred",
      day(DCT), SAME, loc="Wuhan"),
    E("stressed", "both leaders had stressed the importance", "STATEMENT", NM, None, [NM, XJ], "occurred", day(DCT),
      "told in the same-day briefing, no date word of its own: the DCT"),
    E("agreed", "The two sides also agreed to work", "AGREE", IN, CN, [IN, CN], "occurred", day(DCT), SAME),
    E("briefing", "gave a separate briefing", "STATEMENT", "Kong Xuanyou", None, ["Kong Xuanyou"], "occurred",
      day(DCT), SAME, loc="Wuhan"),
    E("reached", "had reached broad consensus", "AGREE", XJ, NM, [XJ, NM], "occurred", day(DCT),
      "told in the same-day briefing: the DCT"),
    E("cooperation", "pursue closer cooperation on trade", "COOPERATE", IN, CN, [IN, CN], "planned", NONE,
      "'would pursue': no date"),
    E("summit", "a similar informal summit in India", "CONSULT", XJ, IN, [XJ, IN], "planned", year(2019),
      "'next year' in a 2018 report = 2019", mode="visit", also=[("invited", "Modi invited Xi")]),
    E("accepted", "the Chinese leader accepted", "AGREE", XJ, NM, [XJ, NM], "occurred", day(DCT), SAME),
    E("greeted", "when Xi greeted Modi at the Hubei", "CONSULT", XJ, NM, [XJ, NM], "occurred", day(PREV),
      "'the previous afternoon' = 2018-04-27", mode="host", loc="Wuhan",
      also=[("receiving", "receiving him there")]),
    E("talks", "The two held talks at the museum", "CONSULT", XJ, NM, [XJ, NM], "occurred", day(PREV),
      "at the museum on the afternoon of the arrival = 2018-04-27", mode="host", loc="Wuhan"),
    E("dinner", "delegations at a dinner", "CONSULT", XJ, NM, [XJ, NM], "occurred", day(PREV),
      "'later' on the arrival day = 2018-04-27", mode="host", loc="Wuhan"),
    E("thanked", "Modi thanked Xi for the warmth", "SUPPORT", NM, XJ, [NM, XJ], "occurred", day(DCT),
      "'afterwards', after the retreat ended that day: the DCT",
      also=[("called", "called their conversations")]),
    E("announced", "Sushma Swaraj announced it in Beijing", "ANNOUNCE", "Sushma Swaraj", None, ["Sushma Swaraj"],
      "occurred", day(past(DCT - timedelta(days=1), "Sunday")), "'last Sunday' before the Saturday DCT = 2018-04-22",
      loc="Beijing"),
    E("meeting", "after meeting her counterpart Wang Yi", "CONSULT", "Sushma Swaraj", "Wang Yi",
      ["Sushma Swaraj", "Wang Yi"], "occurred", day(past(DCT - timedelta(days=1), "Sunday")),
      "'last Sunday' = 2018-04-22", mode="visit", loc="Beijing"),
    E("visited", "Ajit Doval visited China in February", "CONSULT", "Ajit Doval", CN, ["Ajit Doval", CN], "occurred",
      month(2018, 2), "'in February' before an April DCT = February 2018", mode="visit"),
    E("crossed", "Indian troops crossed into the Doklam", "MOBILIZE", IN, CN, [IN, CN, "Bhutan"], "occurred",
      month(2017, 6), "'last summer ... in June' in a 2018 report = June 2017", loc="Doklam"),
    E("demanded", "Beijing demanded that India pull", "DEMAND", CN, IN, [CN, IN], "occurred",
      span(d("2017-06-01"), d("2017-08-31")), "during the standoff of 'last summer', June to August 2017"),
    E("withdrew", "both sides withdrew their troops", "RETREAT", IN, CN, [IN, CN], "occurred", month(2017, 8),
      "'at the end of August' of last summer = August 2017", loc="Doklam"),
    E("approved", "Beijing approved a resumption", "COOPERATE", CN, IN, [CN, IN], "occurred", NONE,
      "'Since then': no date of its own"),
    E("return", "due to return to China in June", "CONSULT", NM, CN, [NM, CN], "planned", month(2018, 6),
      "'in June' after an April DCT = June 2018", mode="visit", loc="Qingdao",
      also=[("summit", "for a summit of the Shanghai")]),
])


# ---- chagos-uk-mauritius-sovereignty-deal-2024: .md Friday paper, lead "on Thursday", a Background section ----
DCT = d("2024-10-04")
THU = past(DCT, "Thursday")
UK, MU, KS, PJ = "United Kingdom", "Mauritius", "Keir Starmer", "Pravind Jugnauth"
SAME = "no date word of its own in Friday's paper: the day of the lead, 'on Thursday' = 2024-10-03"
REACT = "an undated reaction in Friday's paper: between Thursday's announcement and the DCT"
ARTICLES["chagos-uk-mauritius-sovereignty-deal-2024"] = (DCT, [
    E("said", "Britain said on Thursday that", "ANNOUNCE", UK, MU, [UK, MU], "occurred", day(THU),
      "'on Thursday' in Friday's paper = 2024-10-03", also=[("joint statement", "In a joint statement")]),
    E("give up", "would give up sovereignty", "CONCEDE", UK, MU, [UK, MU], "planned", NONE,
      "what Britain 'would' do: no date", also=[("transfer", "transfer the Indian Ocean")]),
    E("reached", "had reached a political agreement", "AGREE", UK, MU, [UK, MU], "occurred", NONE,
      "'had reached', told in the statement: no date of its own (the convention for 'had agreed')"),
    E("negotiations", "after two years of negotiations", "CONSULT", UK, MU, [UK, MU], "occurred",
      span(d("2022-10-03"), THU), "'two years of negotiations' ending with Thursday's agreement",
      also=[("rounds", "thirteen rounds were held")]),
    E("provide", "Britain will provide a package", "AID", UK, MU, [UK, MU], "planned", NONE, "a term of the deal, no date"),
    E("finalise", "would finalise a treaty", "AGREE", UK, MU, [UK, MU], "planned", NONE, "'as quickly as possible': no date"),
    E("called", "Jugnauth called the agreement", "SUPPORT", PJ, None, [PJ], "occurred", day(THU), SAME),
    E("said", "David Lammy said it secured", "STATEMENT", "David Lammy", None, ["David Lammy"], "occurred", day(THU),
      SAME),
    E("welcomed", "Joe Biden welcomed the", "SUPPORT", "Joe Biden", None, ["Joe Biden"], "occurred", day(THU),
      "'within hours' of Thursday's statement = 2024-10-03"),
    E("welcomed", "also welcomed the deal", "SUPPORT", "India", None, ["India"], "occurred", span(THU, DCT), REACT),
    E("backed", "had long backed the Mauritian", "SUPPORT", "India", MU, ["India", MU], "occurred", NONE,
      "'had long backed': no date"),
    E("detached", "Britain detached the islands", "COERCE", UK, MU, [UK, MU], "occurred", year(1965), "'in 1965'"),
    E("leased", "leased Diego Garcia to the United", "COOPERATE", UK, "United States", [UK, "United States"],
      "occurred", year(1965), "in the 'in 1965' sentence = 1965"),
    E("expelled", "it expelled some 1,500 islanders", "COERCE", UK, None, [UK], "occurred",
      span(d("1968-01-01"), d("1973-12-31")), "'Between 1968 and 1973'"),
    E("advised", "International Court of Justice advised", "ANNOUNCE", "International Court of Justice", None,
      ["International Court of Justice", UK, MU], "occurred", month(2019, 2), "'In February 2019'",
      also=[("opinion", "rejected the opinion")]),
    E("passed", "General Assembly passed a resolution", "DEMAND", "UN General Assembly", UK,
      ["UN General Assembly", UK], "occurred", month(2019, 5), "'Three months later' than February 2019 = May 2019",
      also=[("demanding", "resolution demanding that Britain")]),
    E("rejected", "London rejected the opinion", "REJECT", UK, "International Court of Justice",
      [UK, "International Court of Justice"], "occurred", NONE, "no date of its own"),
    E("ruled", "ruled in January 2021 that Britain", "ANNOUNCE", "International Tribunal for the Law of the Sea", None,
      ["International Tribunal for the Law of the Sea", UK, MU], "occurred", month(2021, 1), "'in January 2021'"),
    E("announced", "James Cleverly announced that", "ANNOUNCE", "James Cleverly", None, ["James Cleverly", UK, MU],
      "occurred", year(2022), "'The following year' after 2021 = 2022"),
    E("met", "when the two met in New York", "CONSULT", KS, PJ, [KS, PJ], "occurred", week(DCT - timedelta(days=7)),
      "'last week' = the ISO week before the DCT's", mode="third-party", loc="New York",
      also=[("raised", "Starmer raised the issue")]),
])


# ---- explainer-mali-un-peacekeepers-withdrawal-2023: .md Saturday explainer, lead "on Friday", dated bullets ----
DCT = d("2023-07-01")
FRI = past(DCT, "Friday")
UNSC, ML, FR, EC = "UN Security Council", "Mali", "France", "ECOWAS"
SAME = "at the council's Friday session, no date word of its own in Saturday's explainer: 'on Friday' = 2023-06-30"
REACT = "an undated reaction in Saturday's explainer: between Friday's vote and the DCT"
ARTICLES["explainer-mali-un-peacekeepers-withdrawal-2023"] = (DCT, [
    E("voted", "Security Council voted unanimously on Friday", "RETREAT", UNSC, ML, [UNSC, ML, FR], "occurred",
      day(FRI), "'on Friday' in Saturday's explainer = 2023-06-30", loc="New York",
      also=[("vote", "know about the vote"), ("resolution", "The resolution, drafted"),
            ("terminates", "terminates the mandate")]),
    E("demanded", "military rulers demanded that", "DEMAND", ML, "UN", [ML, "UN", "Abdoulaye Diop"], "occurred",
      day(d("2023-06-16")), "'two weeks after' = the bullet 'June 16, 2023'",
      also=[("asked for", "asked for its withdrawal")]),
    E("pull out", "until December 31 to pull out", "RETREAT", "UN", ML, ["UN", ML], "planned",
      span(DCT, d("2023-12-31")), "'until December 31' of the DCT's year: from the DCT to 2023-12-31",
      also=[("pullout", "warned that the pullout")]),
    E("thanked", "Issa Konfourou, thanked the council", "SUPPORT", "Issa Konfourou", UNSC, ["Issa Konfourou", UNSC],
      "occurred", day(FRI), SAME, loc="New York"),
    E("warned", "El-Ghassim Wane, warned that", "STATEMENT", "El-Ghassim Wane", None, ["El-Ghassim Wane"], "occurred",
      span(FRI, DCT), REACT),
    E("regretted", "said Washington regretted", "DISAPPROVE", "Jeffrey DeLaurentis", ML, ["Jeffrey DeLaurentis", ML],
      "occurred", day(FRI), SAME, loc="New York", also=[("accused", "accused it of having hindered")]),
    E("backed", "backed the resolution after", "SUPPORT", "Russia", None, ["Russia"], "occurred", day(FRI),
      "the vote itself: 'on Friday' = 2023-06-30", loc="New York"),
    E("restricted", "have restricted flights by peacekeepers", "COERCE", ML, "UN", [ML, "UN"], "occurred", NONE,
      "'for more than a year': no date of its own"),
    E("announced", "contributors had already announced", "ANNOUNCE", "Germany", ML, ["Germany", "United Kingdom", ML],
      "occurred", NONE, "'had already announced': no date"),
    E("overthrew", "soldiers overthrew President", "COERCE", ML, "Ibrahim Boubacar Keita",
      [ML, "Ibrahim Boubacar Keita"], "occurred", day(d("2020-08-18")), "bullet 'August 18, 2020'", loc="Bamako"),
    E("removed", "the army removed the civilian", "COERCE", ML, None, [ML, "Assimi Goïta"], "occurred",
      day(d("2021-05-24")), "bullet 'May 24, 2021'", loc="Bamako", also=[("took power", "Assimi Goita took power")]),
    E("closed", "ECOWAS closed its borders", "SANCTION", EC, ML, [EC, ML], "occurred", day(d("2022-01-09")),
      "bullet 'January 9, 2022'", also=[("froze", "froze its assets")]),
    E("expelled", "Bamako expelled the French", "SANCTION", ML, FR, [ML, FR, "Joel Meyer"], "occurred",
      day(d("2022-01-31")), "bullet 'January 31, 2022'", loc="Bamako"),
    E("announced", "Emmanuel Macron announced that", "ANNOUNCE", "Emmanuel Macron", ML, ["Emmanuel Macron", ML],
      "occurred", day(d("2022-02-17")), "bullet 'February 17, 2022'"),
    E("quit", "Mali quit the G5 Sahel", "RETREAT", ML, "G5 Sahel", [ML, "G5 Sahel"], "occurred", day(d("2022-05-15")),
      "bullet 'May 15, 2022'"),
    E("lifted", "ECOWAS lifted its economic", "CONCEDE", EC, ML, [EC, ML], "occurred", day(d("2022-07-03")),
      "bullet 'July 3, 2022'"),
    E("left", "French soldiers left the country", "RETREAT", FR, ML, [FR, ML], "occurred", day(d("2022-08-15")),
      "bullet 'August 15, 2022'"),
    E("told", "Abdoulaye Diop told the Security", "DISAPPROVE", "Abdoulaye Diop", "UN", ["Abdoulaye Diop", "UN"],
      "occurred", day(d("2023-06-16")), "bullet 'June 16, 2023'", loc="New York"),
])


# ---- readouts-scholz-putin-phone-call-2024: .md Saturday paper, two governments' versions, lead "on Friday" ----
DCT = d("2024-11-16")
FRI = past(DCT, "Friday")
OS, VP, DE, RU, VZ = "Olaf Scholz", "Vladimir Putin", "Germany", "Russia", "Volodymyr Zelensky"
SAME = "during the call, no date word of its own in Saturday's paper: 'on Friday' = 2024-11-15"
AFTER = "after the call, undated in Saturday's paper: between the call and the DCT"
ARTICLES["readouts-scholz-putin-phone-call-2024"] = (DCT, [
    E("spoke", "Olaf Scholz spoke by telephone", "CONSULT", OS, VP, [OS, VP], "occurred", day(FRI),
      "'on Friday' in Saturday's paper = 2024-11-15", mode="phone",
      also=[("conversation", "the first conversation between"), ("exchange", "hour-long exchange"), ("call", "The call came as"),
            ("call", "again after the call"), ("call", "said the call opened"),
            ("conversation", "Scholz defended the conversation")]),
    E("condemned", "Scholz condemned Russia's war", "DISAPPROVE", OS, RU, [OS, RU], "occurred", day(FRI), SAME),
    E("urged", "urged Putin to end it", "DEMAND", OS, VP, [OS, VP], "occurred", day(FRI), SAME),
    E("statement", "Hebestreit said in a statement", "STATEMENT", "Steffen Hebestreit", None, ["Steffen Hebestreit"],
      "occurred", span(FRI, DCT), AFTER, also=[("statement", "the statement said")]),
    E("called on", "chancellor called on Russia", "DEMAND", OS, RU, [OS, RU], "occurred", day(FRI), SAME),
    E("stressed", "he stressed Germany's unwavering", "SUPPORT", OS, "Ukraine", [OS, "Ukraine"], "occurred", day(FRI),
      SAME),
    E("condemned", "Scholz also condemned the deployment", "DISAPPROVE", OS, "North Korea", [OS, "North Korea", RU],
      "occurred", day(FRI), SAME),
    E("agreed", "two leaders agreed to stay", "AGREE", OS, VP, [OS, VP], "occurred", day(FRI), SAME),
    E("said", "The Kremlin said Putin told", "STATEMENT", RU, None, [RU], "occurred", span(FRI, DCT), AFTER,
      also=[("according to", "according to the Kremlin")]),
    E("told", "Putin told the chancellor", "DISAPPROVE", VP, "NATO", [VP, "NATO"], "occurred", day(FRI), SAME),
    E("said", "Any agreement, he said", "DEMAND", VP, None, [VP], "occurred", day(FRI), SAME),
    E("said", "Putin also said Moscow", "COOPERATE", VP, DE, [VP, DE], "occurred", day(FRI),
      SAME + "; an offer of energy cooperation"),
    E("informed", "Scholz had informed President", "CONSULT", OS, VZ, [OS, VZ], "occurred", NONE,
      "'had informed ... in advance': no date of its own"),
    E("spoke", "spoke to him again after", "CONSULT", OS, VZ, [OS, VZ], "occurred", day(FRI),
      "'after the call', on the day of the call = 2024-11-15"),
    E("consulted", "He had also consulted Washington", "CONSULT", OS, "United States", [OS, "United States"],
      "occurred", NONE, "'had also consulted': no date of its own"),
    E("said", "nightly address he said", "DISAPPROVE", VZ, OS, [VZ, OS], "occurred", day(FRI),
      "'In his nightly address' after the call: the evening of 2024-11-15",
      also=[("address", "In his nightly address")]),
    E("repeated", "he repeated that there", "STATEMENT", VZ, None, [VZ], "occurred", day(FRI),
      "in the same nightly address = 2024-11-15"),
    E("wrote", "Donald Tusk wrote that", "DISAPPROVE", "Donald Tusk", None, ["Donald Tusk"], "occurred",
      span(FRI, DCT), "an undated reaction in Saturday's paper: between the call and the DCT"),
    E("said", "Dmitry Peskov, said the Russian", "STATEMENT", "Dmitry Peskov", None, ["Dmitry Peskov"], "occurred",
      span(FRI, DCT), "an undated reaction in Saturday's paper: between the call and the DCT"),
    E("defended", "Scholz defended the conversation", "STATEMENT", OS, None, [OS], "occurred", day(DCT),
      "'on Saturday' in Saturday's paper = the DCT", also=[("telling", "telling reporters before")]),
    E("summit", "for the G20 summit in Rio", "CONSULT", OS, None, [OS], "planned",
      span(future(DCT, "Monday"), future(DCT, "Tuesday")), "'on Monday and Tuesday' after the Saturday DCT = 2024-11-18 to 2024-11-19",
      mode="third-party", loc="Rio de Janeiro", also=[("meet", "He will meet other leaders")]),
    E("travelled", "last travelled to Moscow", "CONSULT", OS, RU, [OS, RU], "occurred", month(2022, 2),
      "'in February 2022'", mode="visit", loc="Moscow"),
    E("call", "held his previous call with Putin", "CONSULT", OS, VP, [OS, VP], "occurred", month(2022, 12),
      "'that December' after February 2022 = December 2022 (the lead's 'since December 2022')", mode="phone"),
])


# ---- najaf-pope-francis-sistani-meeting-2021: .md Sunday paper, acts told as nouns ("Saturday's meeting") ----
DCT = d("2021-03-07")
SAT, FRI = past(DCT, "Saturday"), past(DCT, "Friday")
PF, AS, MK = "Pope Francis", "Ali al-Sistani", "Mustafa al-Kadhimi"
SAME = "no date word of its own in Sunday's paper: the day of 'Saturday's meeting' = 2021-03-06"
REACT = "an undated reaction in Sunday's paper: between Saturday's meeting and the DCT"
ARTICLES["najaf-pope-francis-sistani-meeting-2021"] = (DCT, [
    E("meeting", "Saturday's meeting between", "CONSULT", PF, AS, [PF, AS], "occurred", day(SAT),
      "'Saturday's' in Sunday's paper = 2021-03-06", mode="visit", loc="Najaf",
      also=[("talks", "The talks lasted"), ("conversation", "summaries of the conversation"),
            ("meeting", "The meeting was followed"), ("encounter", "welcomed the encounter")]),
    E("visit", "first papal visit to Iraq", "CONSULT", PF, "Iraq", [PF, "Iraq"], "ongoing",
      span(FRI, future(DCT + timedelta(days=1), "Monday")),
      "from 'His arrival on Friday' (2021-03-05) to 'due to end on Monday' (2021-03-08); under way at the DCT",
      mode="visit", also=[("arrival", "His arrival on Friday"), ("trip", "The trip is due"),
                          ("visit", "praised the pope's visit"), ("visit", "The visit had long")]),
    E("said", "The ayatollah's office said", "STATEMENT", AS, None, [AS], "occurred", span(SAT, DCT),
      "one side's summary, after the meeting, undated: between the meeting and the DCT"),
    E("affirmed", "he had affirmed his concern", "STATEMENT", AS, None, [AS], "occurred", day(SAT),
      "said in the meeting: " + SAME, loc="Najaf"),
    E("said", "The Vatican said Francis", "STATEMENT", "Holy See", None, ["Holy See"], "occurred", span(SAT, DCT),
      "the other side's summary, after the meeting, undated: between the meeting and the DCT"),
    E("thanked", "Francis thanked al-Sistani", "SUPPORT", PF, AS, [PF, AS], "occurred", day(SAT),
      "said in the meeting: " + SAME, loc="Najaf"),
    E("prayer", "an interfaith prayer on the plain", "CONSULT", PF, None, [PF], "occurred", day(SAT),
      "'followed' the meeting: " + SAME, mode="host", loc="Ur"),
    E("condemn", "heard the pope condemn violence", "DISAPPROVE", PF, None, [PF], "occurred", day(SAT),
      "at the Ur prayer: " + SAME, loc="Ur"),
    E("welcomed", "al-Kadhimi welcomed the encounter", "SUPPORT", MK, None, [MK], "occurred", span(SAT, DCT), REACT),
    E("declared", "declared March 6 a national day", "ANNOUNCE", MK, None, [MK], "occurred", span(SAT, DCT), REACT),
    E("praised", "Ahmed al-Tayeb, praised the pope's", "SUPPORT", "Ahmed al-Tayeb", PF, ["Ahmed al-Tayeb", PF],
      "occurred", span(FRI, DCT), "an undated reaction to the visit: between the arrival on Friday and the DCT"),
    E("greeted", "Al-Kadhimi greeted him on the tarmac", "CONSULT", MK, PF, [MK, PF], "occurred", day(FRI),
      "at 'His arrival on Friday' = 2021-03-05", mode="host", loc="Baghdad"),
    E("received", "Barham Salih received him", "CONSULT", "Barham Salih", PF, ["Barham Salih", PF], "occurred",
      day(FRI), "the arrival day, 'on Friday' = 2021-03-05", mode="host", loc="Baghdad"),
    E("told", "Francis told officials and diplomats", "DEMAND", PF, None, [PF], "occurred", day(FRI),
      "at the palace on the arrival day = 2021-03-05", loc="Baghdad"),
    E("urged", "urged Iraq's leaders to fight", "DEMAND", PF, "Iraq", [PF, "Iraq"], "occurred", day(FRI),
      "at the palace on the arrival day = 2021-03-05", loc="Baghdad"),
    E("travel", "Francis will travel to Mosul", "CONSULT", PF, None, [PF], "planned", day(DCT),
      "'On Sunday' in Sunday's paper = the DCT", mode="visit", loc="Mosul"),
    E("receive", "Nechirvan Barzani, will receive him", "CONSULT", "Nechirvan Barzani", PF, ["Nechirvan Barzani", PF],
      "planned", day(DCT), "'On Sunday' in Sunday's paper = the DCT", mode="host", loc="Erbil"),
    E("go", "hoped to go to Ur in 2000", "CONSULT", "John Paul II", "Iraq", ["John Paul II", "Iraq"], "cancelled",
      year(2000), "'in 2000', 'the plan was dropped'", mode="visit", loc="Ur",
      also=[("plan", "the plan was dropped")]),
    E("talks", "after talks with Saddam Hussein's", "CONSULT", "Holy See", "Iraq", ["Holy See", "Iraq"], "occurred",
      year(2000), "the talks on the 2000 trip: 2000"),
    E("signed", "Francis signed a declaration", "AGREE", PF, "Ahmed al-Tayeb", [PF, "Ahmed al-Tayeb"], "occurred",
      month(2019, 2), "'in February 2019'", loc="Abu Dhabi"),
    E("said", "he said last year that he wished", "STATEMENT", PF, None, [PF], "occurred", year(2020),
      "'last year' in a 2021 paper = 2020"),
])


if __name__ == "__main__":
    build()
