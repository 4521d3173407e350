"""Build bench/gold2/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short, unique piece of the article around it (``ctx``);
this script counts which whole-word occurrence of the trigger that is (the occurrence the format
wants), and computes every date with ``datetime`` from the rule the note gives ("on Friday" before
the DCT, "a day later", "last month"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold2/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def body_of(path: Path) -> str:
    raw = path.read_text("utf-8")
    if path.suffix == ".md":
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        return raw[m.end():]
    return raw  # .txt wire copy: the whole file


def occurrence(text: str, trigger: str, ctx: str) -> int:
    """Which whole-word match of trigger (from 1) is the first one inside the unique ctx."""
    assert text.count(ctx) == 1, f"context {ctx!r} found {text.count(ctx)} times"
    where = text.index(ctx)
    inner = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", ctx)]
    assert inner, f"{trigger!r} not a whole word in {ctx!r}"
    start = where + inner[0]
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", text)]
    return hits.index(start) + 1


# ---- dates ---------------------------------------------------------------------------------
def d(iso: str) -> date:
    return date.fromisoformat(iso)


def past(dct: date, day: str) -> date:
    """'on <day>' in a past clause: the latest such day on or before the DCT."""
    return dct - timedelta(days=(dct.weekday() - DAYS.index(day)) % 7)


def future(dct: date, day: str) -> date:
    """'on <day>' in a future clause: the next such day after the DCT (the DCT itself if it is that day)."""
    return dct + timedelta(days=(DAYS.index(day) - dct.weekday()) % 7)


def of_last_week(dct: date, day: str) -> date:
    monday = dct - timedelta(days=dct.weekday() + 7)
    return monday + timedelta(days=DAYS.index(day))


def day(x: date):
    return (x, x, "day")


def span(a: date, b: date):
    assert a < b
    return (a, b, "unknown")


def week(x: date):
    monday = x - timedelta(days=x.weekday())
    return (monday, monday + timedelta(days=6), "week")


def month(y: int, m: int):
    return (date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")


def year(y: int):
    return (date(y, 1, 1), date(y, 12, 31), "year")


NONE = (None, None, "unknown")


def E(t, c, type_, src, tgt, actors, status, when, note, *, mode=None, loc=None, also=()):
    return dict(t=t, c=c, type=type_, mode=mode, source=src, target=tgt, actors=list(actors),
                status=status, when=when, location=loc, note=note, also=list(also))


ARTICLES: dict[str, tuple[date, list[dict]]] = {}


def build(dry: bool = False) -> list[dict]:
    records = []
    for doc, (dct, events) in ARTICLES.items():
        path = next(p for p in (HERE / "articles").iterdir() if p.stem == doc)
        text = body_of(path)
        for e in events:
            start, end, precision = e["when"]
            assert e["status"] != "occurred" or start is None or start <= dct, (doc, e["t"], e["c"])
            rec = {"doc": doc, "trigger": e["t"], "occurrence": occurrence(text, e["t"], e["c"]),
                   "type": e["type"], "mode": e["mode"], "source": e["source"], "target": e["target"],
                   "actors": e["actors"], "status": e["status"],
                   "date_start": start.isoformat() if start else None,
                   "date_end": end.isoformat() if end else None, "precision": precision,
                   "location": e["location"], "note": e["note"]}
            if e["also"]:
                rec["also"] = [{"trigger": t, "occurrence": occurrence(text, t, c)} for t, c in e["also"]]
            records.append(rec)
            wd = f"{start:%a}" if start else "   "
            print(f"{doc[:22]:22} {e['t'][:18]:18} {rec['occurrence']:2} {e['type']:10} {e['status']:9} "
                  f"{rec['date_start']} {wd} {rec['date_end']} {precision}", file=sys.stderr)
    if not dry:
        with open(HERE / "events.jsonl", "w", encoding="utf-8") as fp:
            for rec in records:
                fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


# ---- blinken-beijing-visit-2023: DCT Monday 2023-06-19 ------------------------------------
DCT = d("2023-06-19")
SUN, MON = past(DCT, "Sunday"), past(DCT, "Monday")
VISIT = span(SUN, MON)
BALLOON_DOWN = d("2023-02-03") + timedelta(days=1)
ARTICLES["blinken-beijing-visit-2023"] = (DCT, [
    E("received", "Xi Jinping received Secretary", "CONSULT", "Xi Jinping", "Antony Blinken",
      ["Xi Jinping", "Antony Blinken"], "occurred", day(MON),
      "'on Monday' = the Monday DCT 2023-06-19", mode="host", loc="Beijing",
      also=[("meeting", "highest-level meeting"), ("spoke", "two men spoke")]),
    E("visit", "first visit to China", "CONSULT", "Antony Blinken", "China", ["Antony Blinken", "China"],
      "occurred", VISIT, "landed 'on Sunday' (06-18), meetings and departure on the Monday DCT: 06-18 to 06-19",
      mode="visit", loc="Beijing",
      also=[("landed", "Blinken landed in Beijing"), ("leaving", "before leaving Beijing"),
            ("visit", "The visit follows"), ("visit", "hoped the visit")]),
    E("told", "Xi told Blinken", "STATEMENT", "Xi Jinping", "Antony Blinken", ["Xi Jinping", "Antony Blinken"],
      "occurred", day(MON), "said during the Monday meeting", loc="Beijing"),
    E("talks", "seven hours of talks", "CONSULT", "Antony Blinken", "Qin Gang", ["Antony Blinken", "Qin Gang"],
      "occurred", day(SUN), "landed 'on Sunday morning' and held the talks 'the same day' = 2023-06-18",
      mode="visit", loc="Beijing", also=[("talks", "the talks were candid")]),
    E("accepted", "Qin accepted an invitation", "AGREE", "Qin Gang", "Antony Blinken", ["Qin Gang", "Antony Blinken"],
      "occurred", day(SUN), "during the Sunday talks", loc="Beijing"),
    E("visit", "invitation to visit Washington", "CONSULT", "Qin Gang", "United States", ["Qin Gang", "United States"],
      "planned", NONE, "'at a mutually convenient time': no date", mode="visit", loc="Washington"),
    E("agreed", "two ministers agreed", "AGREE", "Antony Blinken", "Qin Gang", ["Antony Blinken", "Qin Gang"],
      "occurred", day(SUN), "during the Sunday talks", loc="Beijing"),
    E("told", "Qin told his guest", "STATEMENT", "Qin Gang", "Antony Blinken", ["Qin Gang", "Antony Blinken"],
      "occurred", day(SUN), "during the Sunday talks", loc="Beijing"),
    E("met", "Blinken met Wang Yi", "CONSULT", "Antony Blinken", "Wang Yi", ["Antony Blinken", "Wang Yi"],
      "occurred", day(MON), "'On Monday morning' = the DCT", mode="visit", loc="Beijing"),
    E("demanded", "Wang demanded", "DEMAND", "Wang Yi", "United States", ["Wang Yi", "United States"],
      "occurred", day(MON), "in the Monday meeting", loc="Beijing"),
    E("warned", "He warned that there was no room", "STATEMENT", "Wang Yi", "United States", ["Wang Yi", "United States"],
      "occurred", day(MON), "in the Monday meeting (a warning with no threatened act: a statement)", loc="Beijing"),
    E("said", "Blinken said the United States did not support", "STATEMENT", "Antony Blinken", "China",
      ["Antony Blinken", "China"], "occurred", day(MON), "news conference before leaving Beijing on the Monday DCT",
      loc="Beijing", also=[("news conference", "At a news conference before")]),
    E("raised", "he had raised the cases", "DEMAND", "Antony Blinken", "China", ["Antony Blinken", "China"],
      "occurred", VISIT, "during the talks of the visit, 06-18 to 06-19; not said which day", loc="Beijing"),
    E("pressed", "had pressed Beijing", "DEMAND", "Antony Blinken", "China", ["Antony Blinken", "China"],
      "occurred", VISIT, "during the talks of the visit, 06-18 to 06-19; not said which day", loc="Beijing"),
    E("agreed", "had agreed to set up a working group", "AGREE", "United States", "China", ["United States", "China"],
      "occurred", VISIT, "agreed during the visit, 06-18 to 06-19 (Xi's 'reached agreement' is the same)",
      loc="Beijing", also=[("reached agreement", "reached agreement on some specific issues")]),
    E("refused", "China had refused his proposal", "REJECT", "China", "United States", ["China", "United States"],
      "occurred", VISIT, "refused during the visit, 06-18 to 06-19", loc="Beijing",
      also=[("refusal", "calling the refusal")]),
    E("cut off", "Beijing cut off in August", "SANCTION", "China", "United States", ["China", "United States"],
      "occurred", month(2022, 8), "'in August last year' before a 2023 DCT = 2022-08"),
    E("visit", "after a visit to Taiwan", "CONSULT", "Nancy Pelosi", "Taiwan", ["Nancy Pelosi", "Taiwan"],
      "occurred", NONE, "only 'after a visit': no date of its own in the text", mode="visit", loc="Taiwan"),
    E("postponed", "Blinken postponed it", "REJECT", "Antony Blinken", "China", ["Antony Blinken", "China"],
      "occurred", day(d("2023-02-03")), "'on February 3', year from the DCT",
      also=[]),
    E("trip", "The trip had been due", "CONSULT", "Antony Blinken", "China", ["Antony Blinken", "China"],
      "cancelled", month(2023, 2), "'due to take place in early February' = 2023-02 (TIMEX of 'early February'); postponed",
      mode="visit", loc="Beijing"),
    E("shot", "jet shot the balloon down", "FIGHT", "United States", "China", ["United States", "China"],
      "occurred", day(BALLOON_DOWN), "'a day later' than February 3 = 2023-02-04", loc="South Carolina"),
    E("protested", "Beijing protested", "DISAPPROVE", "China", "United States", ["China", "United States"],
      "occurred", span(BALLOON_DOWN, DCT), "undated reaction to the 02-04 shooting down, reported later: 02-04 to the DCT"),
    E("meeting", "follows a meeting between President Joe Biden", "CONSULT", "Joe Biden", "Xi Jinping",
      ["Joe Biden", "Xi Jinping"], "occurred", month(2022, 11), "'in November' before a June 2023 DCT = 2022-11",
      mode="third-party", loc="Bali"),
    E("agreed", "two leaders agreed to resume", "AGREE", "Joe Biden", "Xi Jinping", ["Joe Biden", "Xi Jinping"],
      "occurred", month(2022, 11), "at the November meeting = 2022-11", loc="Bali"),
    E("talks", "talks in Vienna in May", "CONSULT", "Jake Sullivan", "Wang Yi", ["Jake Sullivan", "Wang Yi"],
      "occurred", month(2023, 5), "'in May' before a June 2023 DCT = 2023-05", mode="third-party", loc="Vienna"),
    E("meeting", "way for a meeting between Biden", "CONSULT", "Joe Biden", "Xi Jinping", ["Joe Biden", "Xi Jinping"],
      "planned", year(2023), "'later this year' = 2023 (year)", also=[("summit", "at a summit later")]),
    E("conference", "for a conference on the reconstruction", "CONSULT", "Antony Blinken", None,
      ["Antony Blinken", "United Kingdom", "Ukraine"], "planned", day(future(DCT, "Wednesday")),
      "'opens on Wednesday' after the Monday DCT = 2023-06-21", loc="London"),
    E("travel", "could travel to Beijing", "CONSULT", "Gina Raimondo", "China", ["Gina Raimondo", "Janet Yellen", "China"],
      "hypothetical", NONE, "'could' ... 'in the coming weeks': no usable window", mode="visit", loc="Beijing"),
])


# ---- helsinki-summit-trump-putin-2018: DCT Tuesday 2018-07-17 -----------------------------
DCT = d("2018-07-17")
TUE, MON, SUN, FRI = DCT, past(DCT, "Monday"), past(DCT, "Sunday"), past(DCT, "Friday")
AFTER_SUMMIT = span(MON, DCT)
ARTICLES["helsinki-summit-trump-putin-2018"] = (DCT, [
    E("said", "Trump said on Tuesday that he had misspoken", "STATEMENT", "Donald Trump", None, ["Donald Trump"],
      "occurred", day(TUE), "'on Tuesday' = the Tuesday DCT 2018-07-17", loc="Washington",
      also=[("told reporters", "Trump told reporters at the White House")]),
    E("met", "two presidents met on Monday", "CONSULT", "Donald Trump", "Vladimir Putin", ["Donald Trump", "Vladimir Putin"],
      "occurred", day(MON), "'on Monday' before the Tuesday DCT = 2018-07-16", mode="third-party", loc="Helsinki",
      also=[("working lunch", "over a working lunch"), ("meeting", "cancel the meeting"), ("summit", "that the summit had been"), ("meeting", "Hours before the meeting")]),
    E("breakfast", "Trump had breakfast with", "CONSULT", "Donald Trump", "Sauli Niinistö", ["Donald Trump", "Sauli Niinistö"],
      "occurred", day(MON), "'the same morning' as the Monday meeting = 2018-07-16", mode="visit", loc="Helsinki"),
    E("said", 'be," he said', "STATEMENT", "Donald Trump", None, ["Donald Trump", "Vladimir Putin"],
      "occurred", day(MON), "at the joint news conference after the Monday meeting = 2018-07-16", loc="Helsinki",
      also=[("news conference", "at his news conference with"), ("news conference", "joint news conference that followed"),
            ("said", "Trump said that relations")]),
    E("denied", "Putin denied", "REJECT", "Vladimir Putin", "United States", ["Vladimir Putin", "United States"],
      "occurred", day(MON), "at the Monday news conference = 2018-07-16", loc="Helsinki"),
    E("said", "but said that he had wanted Trump to win", "STATEMENT", "Vladimir Putin", None, ["Vladimir Putin", "Donald Trump"],
      "occurred", day(MON), "at the Monday news conference = 2018-07-16", loc="Helsinki"),
    E("agreed", "two sides had agreed to work more closely", "AGREE", "Vladimir Putin", "Donald Trump",
      ["Vladimir Putin", "Donald Trump"], "occurred", day(MON), "at the Monday meeting (Putin's account of it)", loc="Helsinki"),
    E("offered", "he offered to let American investigators", "COOPERATE", "Vladimir Putin", "United States",
      ["Vladimir Putin", "United States"], "occurred", day(MON), "at the Monday news conference = 2018-07-16", loc="Helsinki"),
    E("indicted", "had indicted the twelve on Friday", "INVESTIGATE", "United States", "Russia", ["United States", "Russia"],
      "occurred", day(FRI), "'on Friday' before the Tuesday DCT = 2018-07-13",
      also=[("indictment", "an indictment announced by")]),
    E("urged", "Chuck Schumer then urged", "DEMAND", "Chuck Schumer", "Donald Trump", ["Chuck Schumer", "Donald Trump"],
      "occurred", span(FRI, MON), "'then': after the Friday indictment and before the Monday meeting: 07-13 to 07-16"),
    E("called", "McCain called the news", "DISAPPROVE", "John McCain", "Donald Trump", ["John McCain", "Donald Trump"],
      "occurred", day(MON), "'The reaction in Washington on Monday' = 2018-07-16", loc="Washington"),
    E("said", "Paul Ryan said", "DISAPPROVE", "Paul Ryan", "Donald Trump", ["Paul Ryan", "Donald Trump"],
      "occurred", day(MON), "part of the reaction 'on Monday' = 2018-07-16", loc="Washington"),
    E("issued a statement", "Coats issued a statement", "STATEMENT", "Dan Coats", None, ["Dan Coats"],
      "occurred", day(MON), "part of the reaction 'on Monday' = 2018-07-16", loc="Washington"),
    E("told", "Lavrov told a Russian news agency", "SUPPORT", "Sergey Lavrov", None, ["Sergey Lavrov"],
      "occurred", AFTER_SUMMIT, "undated praise of the Monday summit reported on Tuesday: 07-16 to the DCT", loc="Moscow"),
    E("written", "Trump had written on Twitter", "STATEMENT", "Donald Trump", "Russia", ["Donald Trump", "Russia"],
      "occurred", day(MON), "'Hours before the meeting' of Monday = 2018-07-16"),
    E("replied", "foreign ministry replied", "STATEMENT", "Russia", "Donald Trump", ["Russia", "Donald Trump"],
      "occurred", AFTER_SUMMIT, "undated reply to the Monday post, reported on Tuesday: 07-16 to the DCT"),
    E("dismissed", "dismissed as nonsense", "REJECT", "Vladimir Putin", "United States", ["Vladimir Putin", "United States"],
      "occurred", day(MON), "'on Monday evening' = 2018-07-16",
      also=[("interview", "In an interview with Fox"), ("denial", "repeated his denial")]),
    E("flew", "Trump flew to Helsinki", "CONSULT", "Donald Trump", "Finland", ["Donald Trump", "Finland"],
      "occurred", span(SUN, MON), "arrived 'on Sunday evening' (07-15), met on Monday, back at the White House on the Tuesday DCT: 07-15 to 07-16",
      mode="visit", loc="Helsinki"),
    E("meeting", "after meeting Queen Elizabeth", "CONSULT", "Donald Trump", "Elizabeth II", ["Donald Trump", "Elizabeth II"],
      "occurred", day(FRI), "'on Friday' before the Tuesday DCT = 2018-07-13", mode="visit", loc="Windsor"),
    E("summit", "a NATO summit in Brussels", "CONSULT", "Donald Trump", "NATO", ["Donald Trump", "NATO"],
      "occurred", day(of_last_week(DCT, "Wednesday")), "'on Wednesday of last week' = 2018-07-11", loc="Brussels"),
    E("accused", "he accused Germany", "DISAPPROVE", "Donald Trump", "Germany", ["Donald Trump", "Germany"],
      "occurred", day(of_last_week(DCT, "Wednesday")), "at the summit 'on Wednesday of last week' = 2018-07-11", loc="Brussels"),
    E("sanctions", "consider new sanctions", "SANCTION", "United States", "Russia", ["United States", "Russia"],
      "hypothetical", NONE, "senators 'would consider' them: speculative, no date"),
])


# ---- madrid-memorandum-turkey-finland-sweden-2022: DCT Wednesday 2022-06-29 ----------------
DCT = d("2022-06-29")
WED, TUE = DCT, past(DCT, "Tuesday")
SINCE_DEAL = span(TUE, DCT)
ARTICLES["madrid-memorandum-turkey-finland-sweden-2022"] = (DCT, [
    E("invited", "formally invited Finland", "COOPERATE", "NATO", "Finland", ["NATO", "Finland", "Sweden"],
      "occurred", day(WED), "'on Wednesday' = the Wednesday DCT 2022-06-29", loc="Madrid",
      also=[("invitation", "support the invitation.")]),
    E("dropped", "Turkey dropped its objections", "CONCEDE", "Turkey", "Finland", ["Turkey", "Finland", "Sweden"],
      "occurred", day(TUE), "'a day after' the Wednesday invitation = 2022-06-28, in the memorandum signed 'late on Tuesday'",
      loc="Madrid", also=[("agreed", "Turkey agreed to support")]),
    E("signed", "memorandum signed late", "AGREE", "Turkey", None, ["Turkey", "Finland", "Sweden"],
      "occurred", day(TUE), "'late on Tuesday' before the Wednesday DCT = 2022-06-28", loc="Madrid",
      also=[("agreement", "The agreement was reached"), ("signed", "then signed the text"),
            ("pledged", "Finland and Sweden pledged"), ("agreement", "thanked Erdogan for the agreement")]),
    E("talks", "four hours of talks", "CONSULT", "Recep Tayyip Erdoğan", None,
      ["Recep Tayyip Erdoğan", "Sauli Niinistö", "Magdalena Andersson", "Jens Stoltenberg"],
      "occurred", day(TUE), "'on Tuesday afternoon' = 2022-06-28", mode="third-party", loc="Madrid",
      also=[("meeting", "four-way meeting")]),
    E("halted", "Sweden had halted arms exports", "SANCTION", "Sweden", "Turkey", ["Sweden", "Turkey"],
      "occurred", year(2019), "'in 2019'"),
    E("incursion", "Turkish incursion", "FIGHT", "Turkey", "Syria", ["Turkey", "Syria"],
      "occurred", NONE, "only 'after a Turkish incursion': the text gives it no date of its own"),
    E("said", "Erdogan's office said", "STATEMENT", "Turkey", None, ["Turkey"],
      "occurred", SINCE_DEAL, "undated comment on Tuesday's deal, reported on Wednesday: 06-28 to the DCT"),
    E("ask", "would ask the two Nordic", "DEMAND", "Turkey", "Finland", ["Turkey", "Finland", "Sweden"],
      "planned", NONE, "Bozdag said on Wednesday that Ankara 'would ask': the request itself has no date"),
    E("told", "Andersson told reporters", "STATEMENT", "Magdalena Andersson", None, ["Magdalena Andersson"],
      "occurred", SINCE_DEAL, "undated remark on Tuesday's memorandum, reported on Wednesday: 06-28 to the DCT"),
    E("said", "Stoltenberg said on Tuesday night", "ANNOUNCE", "Jens Stoltenberg", None, ["Jens Stoltenberg"],
      "occurred", day(TUE), "'on Tuesday night' = 2022-06-28", loc="Madrid"),
    E("signing", "the signing of the accession protocols", "AGREE", "NATO", "Finland", ["NATO", "Finland", "Sweden"],
      "planned", week(DCT + timedelta(days=7)), "'as early as next week' = the ISO week after the DCT's: 07-04 to 07-10"),
    E("ratify", "must ratify them", "AGREE", "NATO", "Finland", ["NATO", "Finland", "Sweden"],
      "planned", NONE, "'after which': no date"),
    E("telephoned", "had telephoned Erdogan", "CONSULT", "Joe Biden", "Recep Tayyip Erdoğan",
      ["Joe Biden", "Recep Tayyip Erdoğan"], "occurred", day(TUE), "'on Tuesday' before the Wednesday DCT = 2022-06-28",
      mode="phone"),
    E("welcomed", "welcomed the deal", "SUPPORT", "Joe Biden", None, ["Joe Biden"],
      "occurred", SINCE_DEAL, "undated welcome of Tuesday's deal, reported on Wednesday: 06-28 to the DCT"),
    E("met", "met the Turkish leader", "CONSULT", "Joe Biden", "Recep Tayyip Erdoğan", ["Joe Biden", "Recep Tayyip Erdoğan"],
      "occurred", day(WED), "'on Wednesday' = the DCT", mode="third-party", loc="Madrid"),
    E("thanked", "He thanked Erdogan", "SUPPORT", "Joe Biden", "Recep Tayyip Erdoğan", ["Joe Biden", "Recep Tayyip Erdoğan"],
      "occurred", day(WED), "during the Wednesday meeting", loc="Madrid", also=[("praised", "praised his efforts")]),
    E("announced", "Biden also announced on Wednesday", "ANNOUNCE", "Joe Biden", None, ["Joe Biden", "United States"],
      "occurred", day(WED), "'on Wednesday' = the DCT", loc="Madrid"),
    E("send", "send two additional destroyers", "MOBILIZE", "United States", None, ["United States", "Poland", "Spain", "United Kingdom"],
      "planned", NONE, "announced deployments; the text gives them no date",
      also=[("establish", "would establish a permanent"), ("deploy", "deploy two more squadrons")]),
    E("adopted", "allies adopted a new strategic", "AGREE", "NATO", None, ["NATO"],
      "occurred", span(TUE, DCT), "undated, at the summit that opened on Tuesday evening: 06-28 to the DCT", loc="Madrid"),
    E("asked for", "asked for more weapons", "DEMAND", "Volodymyr Zelensky", "NATO", ["Volodymyr Zelensky", "NATO"],
      "occurred", span(TUE, DCT), "undated, at the summit that opened on Tuesday evening: 06-28 to the DCT",
      also=[("addressed", "Zelensky addressed the leaders")]),
    E("warned", "Putin warned on Wednesday", "THREATEN", "Vladimir Putin", "NATO", ["Vladimir Putin", "NATO", "Finland", "Sweden"],
      "occurred", day(WED), "'on Wednesday' = the DCT", loc="Ashgabat"),
    E("invaded", "Russia invaded Ukraine", "FIGHT", "Russia", "Ukraine", ["Russia", "Ukraine"],
      "occurred", day(d("2022-02-24")), "'on February 24', year from the DCT"),
    E("submitted", "submitted their applications", "COOPERATE", "Finland", "NATO", ["Finland", "Sweden", "NATO"],
      "occurred", day(d("2022-05-18")), "'on May 18', year from the DCT", loc="Brussels"),
    E("blocked", "Turkey blocked the start", "REJECT", "Turkey", "Finland", ["Turkey", "Finland", "Sweden"],
      "occurred", day(d("2022-05-18")), "'the same day' as the May 18 applications"),
    E("accusing", "accusing the two governments", "DISAPPROVE", "Turkey", "Finland", ["Turkey", "Finland", "Sweden"],
      "occurred", day(d("2022-05-18")), "with the block 'the same day' as the May 18 applications"),
    E("held talks", "countries held talks in Ankara", "CONSULT", "Finland", None, ["Finland", "Sweden", "Turkey"],
      "occurred", day(d("2022-05-25")), "'on May 25', year from the DCT", loc="Ankara"),
    E("summit", "The summit opened", "CONSULT", "NATO", None, ["NATO"],
      "ongoing", span(TUE, future(DCT, "Thursday")), "opened 'on Tuesday evening' (06-28), 'ends on Thursday' (06-30): under way at the DCT",
      loc="Madrid", also=[("summit", "eve of the alliance's summit"), ("summit", "near the summit venue"), ("summit", "margins of the summit")]),
])


# ---- timeline-taliban-return-kabul-2021: DCT Thursday 2021-09-02 (a chronology) -----------
DCT = d("2021-09-02")
A = lambda m, dd: d(f"2021-{m:02d}-{dd:02d}")  # chronology entries: month and day, year from the DCT
ARTICLES["timeline-taliban-return-kabul-2021"] = (DCT, [
    E("left", "soldiers left Afghanistan", "RETREAT", "United States", "Afghanistan", ["United States", "Afghanistan"],
      "occurred", day(past(DCT, "Monday")), "'just before midnight on Monday' before the Thursday DCT = 2021-08-30 (the August 30 entry agrees)",
      loc="Kabul", also=[("takes off", "last military flight takes off"), ("withdrawal", "defends the withdrawal")]),
    E("sign", "the Taliban sign an agreement", "AGREE", "United States", "Taliban", ["United States", "Taliban"],
      "occurred", day(d("2020-02-29")), "entry 'February 29, 2020'", loc="Doha",
      also=[("signed", "after it signed a deal"), ("sign", "sign the text")]),
    E("Negotiations", "Negotiations between the Afghan government", "CONSULT", "Afghanistan", "Taliban",
      ["Afghanistan", "Taliban"], "occurred", day(d("2020-09-12")), "entry 'September 12, 2020': the opening day",
      mode="third-party", loc="Doha", also=[("talks", "The talks make little progress")]),
    E("announces", "Joe Biden announces", "ANNOUNCE", "Joe Biden", None, ["Joe Biden"],
      "occurred", day(d("2021-04-14")), "entry 'April 14, 2021'", loc="Washington"),
    E("hand over", "forces hand over Bagram", "RETREAT", "United States", "Afghanistan", ["United States", "Afghanistan"],
      "occurred", day(A(7, 2)), "entry 'July 2', year from the DCT", loc="Bagram",
      also=[("leaving", "after leaving overnight")]),
    E("says", "Biden says the military mission", "ANNOUNCE", "Joe Biden", None, ["Joe Biden"],
      "occurred", day(A(7, 2) + timedelta(days=6)), "'Six days later' than July 2 = 2021-07-08"),
    E("capture", "The Taliban capture Zaranj", "FIGHT", "Taliban", "Afghanistan", ["Taliban", "Afghanistan"],
      "occurred", day(A(8, 6)), "entry 'August 6'", loc="Zaranj"),
    E("meeting", "other countries meeting in Doha", "CONSULT", "United States", None,
      ["United States", "China", "Pakistan", "Qatar"], "occurred", day(A(8, 12)), "entry 'August 12'", loc="Doha"),
    E("will not recognize", "say they will not recognize", "THREATEN", "United States", "Taliban",
      ["United States", "China", "Pakistan", "Qatar", "Taliban"], "occurred", day(A(8, 12)),
      "entry 'August 12' (the envoys' warning; no recognition of a government imposed by force)", loc="Doha"),
    E("sending", "it is sending 3,000 troops", "MOBILIZE", "United States", "Afghanistan", ["United States", "Afghanistan"],
      "occurred", day(A(8, 12)), "announced 'the same day' as the August 12 meeting",
      also=[("announces", "The Pentagon announces")]),
    E("enter", "Taliban fighters enter Kabul", "FIGHT", "Taliban", "Afghanistan", ["Taliban", "Afghanistan"],
      "occurred", day(A(8, 15)), "entry 'August 15' (taking the capital: occupying territory)", loc="Kabul"),
    E("meets", "Security Council meets in emergency", "CONSULT", "UN Security Council", None, ["UN Security Council"],
      "occurred", day(A(8, 16)), "entry 'August 16'"),
    E("urges", "Guterres urges the Taliban", "DEMAND", "António Guterres", "Taliban", ["António Guterres", "Taliban"],
      "occurred", day(A(8, 16)), "entry 'August 16'"),
    E("promises", "Mujahid promises an amnesty", "ANNOUNCE", "Zabihullah Mujahid", None, ["Zabihullah Mujahid", "Taliban"],
      "occurred", day(A(8, 17)), "entry 'August 17'", loc="Kabul",
      also=[("news conference", "first news conference in Kabul")]),
    E("meets", "meets Baradar in Kabul", "CONSULT", "William Burns", "Abdul Ghani Baradar", ["William Burns", "Abdul Ghani Baradar"],
      "occurred", day(A(8, 23)), "entry 'August 23' (reported 'a day later': the meeting itself is the 23rd)", mode="visit", loc="Kabul"),
    E("rejects", "Biden rejects calls", "REJECT", "Joe Biden", "G7", ["Joe Biden", "G7"],
      "occurred", day(A(8, 24)), "entry 'August 24', at the virtual G7 summit",
      also=[("virtual summit", "At a virtual summit")]),
    E("accept", "will accept no extension", "REJECT", "Taliban", "United States", ["Taliban", "United States"],
      "occurred", day(A(8, 24)), "entry 'August 24'"),
    E("strikes", "suicide bomber strikes", "ASSAULT", "Islamic State", None, ["Islamic State", "United States", "Afghanistan"],
      "occurred", day(A(8, 26)), "entry 'August 26'; the Islamic State's branch claims it", loc="Kabul",
      also=[("attack", "claims the attack")]),
    E("vows", "Biden vows to hunt", "THREATEN", "Joe Biden", "Islamic State", ["Joe Biden", "Islamic State"],
      "occurred", day(A(8, 26)), "entry 'August 26'"),
    E("drone strike", "An American drone strike", "ASSAULT", "United States", "Islamic State", ["United States", "Islamic State"],
      "occurred", day(A(8, 27)), "entry 'August 27'", loc="Nangarhar"),
    E("drone strike", "Another drone strike", "ASSAULT", "United States", None, ["United States"],
      "occurred", day(A(8, 29)), "entry 'August 29'", loc="Kabul"),
    E("adopts a resolution", "Council adopts a resolution", "DEMAND", "UN Security Council", "Taliban",
      ["UN Security Council", "Taliban"], "occurred", day(A(8, 30)), "entry 'August 30'",
      also=[("demanding", "resolution demanding")]),
    E("suspended", "has suspended its diplomatic presence", "SANCTION", "United States", "Afghanistan",
      ["United States", "Afghanistan", "Qatar"], "occurred", day(A(8, 30)), "announced in the 'August 30' entry", loc="Kabul",
      also=[("announces", "Antony Blinken announces")]),
    E("defends", "Biden defends the withdrawal", "STATEMENT", "Joe Biden", None, ["Joe Biden"],
      "occurred", day(A(8, 31)), "entry 'August 31'", loc="Washington", also=[("address", "in an address from")]),
    E("discuss", "to discuss reopening the airport", "CONSULT", "Qatar", "Taliban", ["Qatar", "Taliban"],
      "occurred", day(past(DCT, "Wednesday")), "'on Wednesday' before the Thursday DCT = 2021-09-01", mode="visit", loc="Kabul",
      also=[("landed", "technical team landed")]),
    E("announce", "will announce a new government", "ANNOUNCE", "Taliban", None, ["Taliban"],
      "planned", NONE, "'in the coming days': no usable window"),
    E("recognition", "say recognition will depend", "COOPERATE", None, "Taliban", ["Taliban"],
      "hypothetical", NONE, "conditional on the movement's conduct; no date; 'Western governments' are not named"),
])


# ---- balakot-airstrikes-india-pakistan-2019: DCT Friday 2019-03-01 ------------------------
DCT = d("2019-03-01")
TUE, WED, THU = past(DCT, "Tuesday"), past(DCT, "Wednesday"), past(DCT, "Thursday")
PULWAMA = d("2019-02-14")
ARTICLES["balakot-airstrikes-india-pakistan-2019"] = (DCT, [
    E("hand back", "due to hand back", "CONCEDE", "Pakistan", "India", ["Pakistan", "India", "Abhinandan Varthaman"],
      "planned", day(future(DCT, "Friday")), "'is due to ... on Friday' on the Friday DCT = 2019-03-01", loc="Wagah",
      also=[("release", "announced the release"), ("released", "would be released the next day")]),
    E("announced", "Khan announced the release", "ANNOUNCE", "Imran Khan", None, ["Imran Khan"],
      "occurred", day(THU), "'on Thursday' before the Friday DCT = 2019-02-28", loc="Islamabad"),
    E("taken prisoner", "was taken prisoner", "COERCE", None, "Abhinandan Varthaman", ["Pakistan", "Abhinandan Varthaman"],
      "occurred", day(THU - timedelta(days=1)), "'a day after' ... Thursday's announcement = 2019-02-27 (passive: no source)"),
    E("dogfight", "In the dogfight that followed", "FIGHT", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", day(WED), "followed the strikes 'on Wednesday morning' = 2019-02-27",
      also=[("shot down", "MiG-21 was shot down"), ("lost", "India lost the MiG-21")]),
    E("talks", "offer to hold talks", "CONSULT", "Imran Khan", "Narendra Modi", ["Imran Khan", "Narendra Modi"],
      "planned", NONE, "an offer (a proposal) with no date"),
    E("exchanged", "the two armies exchanged", "FIGHT", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", span(THU, DCT), "'overnight' before the Friday DCT: the night of 02-28 to 03-01", loc="Line of Control"),
    E("rammed", "suicide bomber rammed", "ASSAULT", "Jaish-e-Mohammed", "India", ["Jaish-e-Mohammed", "India"],
      "occurred", day(PULWAMA), "'on February 14', year from the DCT", loc="Pulwama",
      also=[("attack", "claimed the attack")]),
    E("withdrew", "India withdrew the most-favoured", "SANCTION", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(PULWAMA + timedelta(days=1)), "'The next day' after February 14 = 2019-02-15"),
    E("called", "called its high commissioner", "SANCTION", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(PULWAMA + timedelta(days=1)), "coordinated with the withdrawal 'the next day' = 2019-02-15"),
    E("recalled", "Pakistan recalled its own envoy", "SANCTION", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", day(PULWAMA + timedelta(days=1 + 3)), "'three days later' than 02-15 = 2019-02-18"),
    E("warned", "Khan warned that his country", "THREATEN", "Imran Khan", "India", ["Imran Khan", "India"],
      "occurred", span(PULWAMA, TUE), "undated, in the account of the days between the February 14 attack and Tuesday's raid"),
    E("bombed", "crossed into Pakistan and bombed", "ASSAULT", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(TUE), "'Before dawn on Tuesday' before the Friday DCT = 2019-02-26", loc="Balakot",
      also=[("crossed", "jets crossed into Pakistan"), ("raid", "described the raid")]),
    E("promised", "promised to respond", "THREATEN", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", span(TUE, WED), "after the Tuesday raid and before 'It did so on Wednesday': 02-26 to 02-27"),
    E("struck", "Pakistani aircraft struck targets", "ASSAULT", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", day(WED), "'on Wednesday morning' before the Friday DCT = 2019-02-27", loc="Line of Control"),
    E("downed", "had downed a Pakistani F-16", "FIGHT", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(WED), "in the Wednesday dogfight (India's claim, which Pakistan denied)"),
    E("closed", "Pakistan closed its airspace", "SANCTION", "Pakistan", None, ["Pakistan"],
      "occurred", day(WED), "'the same day' as the Wednesday dogfight = 2019-02-27"),
    E("summoned", "India summoned Pakistan's acting", "DISAPPROVE", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(WED), "'on Wednesday' = 2019-02-27", loc="New Delhi"),
    E("demanded", "demanded the pilot's immediate", "DEMAND", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(WED), "coordinated with the summons 'on Wednesday' = 2019-02-27", loc="New Delhi"),
    E("showed", "officers showed reporters", "STATEMENT", "India", "Pakistan", ["India", "Pakistan"],
      "occurred", day(THU), "'On Thursday' = 2019-02-28"),
    E("suspended", "Pakistan suspended the Samjhauta", "SANCTION", "Pakistan", "India", ["Pakistan", "India"],
      "occurred", day(THU), "'the same day' as Thursday's briefing = 2019-02-28"),
    E("spoken", "he had spoken with the foreign ministers", "CONSULT", "Mike Pompeo", "Pakistan",
      ["Mike Pompeo", "Pakistan", "India"], "occurred", day(WED), "'on Wednesday' = 2019-02-27"),
    E("urged", "urged them to avoid", "DEMAND", "Mike Pompeo", "Pakistan", ["Mike Pompeo", "Pakistan", "India"],
      "occurred", day(WED), "in the Wednesday conversations = 2019-02-27"),
    E("spoke", "Wang Yi spoke by telephone", "CONSULT", "Wang Yi", "Shah Mahmood Qureshi", ["Wang Yi", "Shah Mahmood Qureshi"],
      "occurred", day(WED), "'the same day' as Pompeo's Wednesday calls = 2019-02-27", mode="phone"),
    E("said", "Trump said on Thursday", "STATEMENT", "Donald Trump", None, ["Donald Trump", "India", "Pakistan"],
      "occurred", day(THU), "'on Thursday' = 2019-02-28", loc="Hanoi"),
    E("address", "is due to address", "CONSULT", "Sushma Swaraj", "Organisation of Islamic Cooperation",
      ["Sushma Swaraj", "Organisation of Islamic Cooperation"], "planned", day(future(DCT, "Friday")),
      "'is due to ... on Friday' on the Friday DCT = 2019-03-01", mode="visit", loc="Abu Dhabi",
      also=[("meeting", "address a meeting"), ("session", "boycott the session")]),
    E("boycott", "would boycott the session", "SANCTION", "Pakistan", "Organisation of Islamic Cooperation",
      ["Pakistan", "Organisation of Islamic Cooperation"], "planned", day(future(DCT, "Friday")),
      "the boycott of the session held 'on Friday' = 2019-03-01"),
    E("reopen", "expected to reopen", "CONCEDE", "Pakistan", None, ["Pakistan"],
      "planned", week(DCT + timedelta(days=7)), "'next week' after the Friday DCT = 03-04 to 03-10"),
])


# ---- colombia-farc-deal-rejected-nobel-2016 (.txt wire copy): DCT Saturday 2016-10-08 -----
DCT = d("2016-10-08")
SUN, TUE, WED, FRI = (past(DCT, x) for x in ("Sunday", "Tuesday", "Wednesday", "Friday"))
ARTICLES["colombia-farc-deal-rejected-nobel-2016"] = (DCT, [
    E("award", "announced the award", "SUPPORT", "Norwegian Nobel Committee", "Juan Manuel Santos",
      ["Norwegian Nobel Committee", "Juan Manuel Santos"], "occurred", day(FRI),
      "'announced the award in Oslo on Friday' before the Saturday DCT = 2016-10-07", loc="Oslo",
      also=[("wins", "Santos wins Nobel"), ("honoured", "Committee honoured"), ("announced", "committee announced the award")]),
    E("vowed", "Santos vowed", "STATEMENT", "Juan Manuel Santos", None, ["Juan Manuel Santos", "FARC"],
      "occurred", span(FRI, DCT), "undated, after Friday's award, reported on Saturday: 10-07 to the DCT"),
    E("rejected", "voters rejected the agreement", "REJECT", "Colombia", None, ["Colombia"],
      "occurred", day(SUN), "'In the referendum on Sunday' before the Saturday DCT = 2016-10-02",
      also=[("reject", "Colombians reject"), ("refused", "voters had refused"), ("referendum", "the referendum result"),
            ("referendum", "In the referendum on Sunday")]),
    E("argued", "Uribe, who led the campaign for a No vote, argued", "DISAPPROVE", "Álvaro Uribe", "Juan Manuel Santos",
      ["Álvaro Uribe", "Juan Manuel Santos"], "occurred", NONE, "during the campaign; the text gives no date"),
    E("signed", "had signed the accord", "AGREE", "Juan Manuel Santos", "Rodrigo Londoño",
      ["Juan Manuel Santos", "Rodrigo Londoño"], "occurred", day(d("2016-09-26")), "'on September 26', year from the DCT",
      loc="Cartagena", also=[("signed", "who had signed the deal"), ("ceremony", "in a ceremony attended")]),
    E("suspended", "European Union suspended the FARC", "CONCEDE", "EU", "FARC", ["EU", "FARC"],
      "occurred", day(d("2016-09-26") + timedelta(days=1)), "'a day later' than the September 26 signing = 2016-09-27"),
    E("concluded", "had been concluded in Havana", "AGREE", "Colombia", "FARC", ["Colombia", "FARC"],
      "occurred", day(d("2016-08-24")), "'on August 24', year from the DCT", loc="Havana"),
    E("negotiations", "four years of negotiations", "CONSULT", "Colombia", "FARC", ["Colombia", "FARC", "Cuba", "Norway"],
      "occurred", span(d("2012-08-24"), d("2016-08-24")),
      "'almost four years' ending with the August 24 text: within 2012-08-24 to 2016-08-24",
      mode="third-party", loc="Havana"),
    E("ceasefire", "bilateral ceasefire took effect", "RETREAT", "Colombia", "FARC", ["Colombia", "FARC"],
      "occurred", day(d("2016-08-29")), "'took effect on August 29', year from the DCT"),
    E("said", "Santos said he would not give up", "STATEMENT", "Juan Manuel Santos", None, ["Juan Manuel Santos"],
      "occurred", day(SUN), "'On Sunday night' = 2016-10-02"),
    E("travel", "to travel to Havana", "CONSULT", "Humberto de la Calle", "FARC", ["Humberto de la Calle", "FARC"],
      "planned", day(SUN + timedelta(days=1)), "ordered on Sunday night to go 'the next day' = 2016-10-03; the text does not say he went",
      mode="visit", loc="Havana", also=[("brief", "to brief the rebel")]),
    E("said", "Londoño said the FARC", "STATEMENT", "Rodrigo Londoño", None, ["Rodrigo Londoño", "FARC"],
      "occurred", span(SUN, DCT), "undated reaction to Sunday's vote, reported later: 10-02 to the DCT"),
    E("said", "Santos said the ceasefire would expire", "ANNOUNCE", "Juan Manuel Santos", "FARC",
      ["Juan Manuel Santos", "FARC"], "occurred", day(TUE), "'On Tuesday' before the Saturday DCT = 2016-10-04"),
    E("asked", "The FARC asked its units", "MOBILIZE", "FARC", None, ["FARC"],
      "occurred", span(TUE, DCT), "undated, after Tuesday's announcement: 10-04 to the DCT"),
    E("met", "Santos met Uribe", "CONSULT", "Juan Manuel Santos", "Álvaro Uribe", ["Juan Manuel Santos", "Álvaro Uribe"],
      "occurred", day(WED), "'on Wednesday' before the Saturday DCT = 2016-10-05", mode="host", loc="Bogotá",
      also=[("meeting", "their first meeting")]),
    E("agreed", "two men agreed to set up", "AGREE", "Juan Manuel Santos", "Álvaro Uribe", ["Juan Manuel Santos", "Álvaro Uribe"],
      "occurred", day(WED), "at the Wednesday meeting = 2016-10-05", loc="Bogotá"),
    E("marched", "marched through central", "PROTEST", None, None, [],
      "occurred", day(WED), "'the same evening' as the Wednesday meeting = 2016-10-05", loc="Bogotá"),
    E("joint statement", "in a joint statement in Havana", "ANNOUNCE", "Colombia", "FARC", ["Colombia", "FARC"],
      "occurred", day(FRI), "'On Friday' before the Saturday DCT = 2016-10-07", loc="Havana",
      also=[("said", "negotiators said in a joint")]),
    E("congratulated", "Uribe congratulated Santos", "SUPPORT", "Álvaro Uribe", "Juan Manuel Santos",
      ["Álvaro Uribe", "Juan Manuel Santos"], "occurred", span(FRI, DCT), "undated reaction to Friday's prize: 10-07 to the DCT"),
    E("congratulated", "White House also congratulated", "SUPPORT", "United States", "Juan Manuel Santos",
      ["United States", "Juan Manuel Santos"], "occurred", span(FRI, DCT), "undated reaction to Friday's prize: 10-07 to the DCT"),
    E("ceremony", "The Nobel ceremony", "SUPPORT", "Norwegian Nobel Committee", "Juan Manuel Santos",
      ["Norwegian Nobel Committee", "Juan Manuel Santos"], "planned", day(d("2016-12-10")),
      "'will take place ... on December 10', year from the DCT", loc="Oslo"),
    E("agreement", "a revised agreement could", "AGREE", "Colombia", "FARC", ["Colombia", "FARC"],
      "hypothetical", span(DCT, d("2016-12-10")), "'could be ready before then' (the December 10 ceremony): from the DCT to 12-10",
      also=[("agreement", "push for a new agreement")]),
])


# ---- niger-junta-expels-french-ambassador-2023: DCT Sunday 2023-08-27 ---------------------
DCT = d("2023-08-27")
FRI, TUE, THU, SAT = (past(DCT, x) for x in ("Friday", "Tuesday", "Thursday", "Saturday"))
A = lambda m, dd: d(f"2023-{m:02d}-{dd:02d}")  # month and day without a year, before the DCT
ARTICLES["niger-junta-expels-french-ambassador-2023"] = (DCT, [
    E("ordered", "foreign ministry ordered Ambassador", "SANCTION", "Niger", "France", ["Niger", "France", "Sylvain Itté"],
      "occurred", day(FRI), "'on Friday' before the Sunday DCT = 2023-08-25", loc="Niamey"),
    E("accusing", "accusing the French government", "DISAPPROVE", "Niger", "France", ["Niger", "France"],
      "occurred", day(FRI), "with Friday's order = 2023-08-25", loc="Niamey"),
    E("replied", "foreign ministry replied", "REJECT", "France", "Niger", ["France", "Niger"],
      "occurred", span(FRI, DCT), "undated reply to Friday's order, reported on Sunday: 08-25 to the DCT"),
    E("detained", "presidential guard detained", "COERCE", "Niger", "Mohamed Bazoum", ["Niger", "Mohamed Bazoum"],
      "occurred", day(A(7, 26)), "'The coup began on July 26', year from the DCT", loc="Niamey",
      also=[("seized power", "who seized power"), ("coup", "The coup began")]),
    E("named himself", "Tchiani, named himself", "ANNOUNCE", "Abdourahamane Tiani", None, ["Abdourahamane Tiani"],
      "occurred", day(A(7, 26) + timedelta(days=2)), "'Two days later' than July 26 = 2023-07-28"),
    E("suspended", "France suspended all development aid", "SANCTION", "France", "Niger", ["France", "Niger"],
      "occurred", day(A(7, 29)), "'on July 29', year from the DCT"),
    E("halted", "European Union halted", "SANCTION", "EU", "Niger", ["EU", "Niger"],
      "occurred", day(A(7, 29)), "'the same day' as France's July 29 suspension"),
    E("meeting", "States meeting in Abuja", "CONSULT", "ECOWAS", None, ["ECOWAS"],
      "occurred", day(A(7, 30)), "'On July 30', year from the DCT", loc="Abuja"),
    E("closed", "closed their borders with Niger", "SANCTION", "ECOWAS", "Niger", ["ECOWAS", "Niger"],
      "occurred", day(A(7, 30)), "'On July 30', year from the DCT", loc="Abuja",
      also=[("suspended", "suspended commercial and financial"), ("froze", "froze the country's assets"),
            ("barred", "barred commercial flights")]),
    E("gave", "gave the officers one week", "THREATEN", "ECOWAS", "Niger", ["ECOWAS", "Niger"],
      "occurred", day(A(7, 30)), "at the July 30 meeting", loc="Abuja"),
    E("attacked", "had attacked the French embassy", "PROTEST", None, "France", ["France"],
      "occurred", day(A(7, 30)), "'Hours earlier' than the July 30 meeting: the same day", loc="Niamey"),
    E("cut", "cut the power lines", "SANCTION", "Nigeria", "Niger", ["Nigeria", "Niger"],
      "occurred", day(A(7, 30) + timedelta(days=2)), "'two days later' than July 30 = 2023-08-01"),
    E("evacuating", "began evacuating its citizens", "RETREAT", "France", "Niger", ["France", "Niger"],
      "occurred", day(A(7, 30) + timedelta(days=2)), "coordinated with the power cut 'two days later' = 2023-08-01"),
    E("warned", "both also ruled by soldiers, warned", "THREATEN", "Mali", "ECOWAS", ["Mali", "Burkina Faso", "ECOWAS"],
      "occurred", span(A(7, 30), DCT), "undated, after the July 30 ultimatum: 07-30 to the DCT"),
    E("revoked", "the junta revoked", "SANCTION", "Niger", "France", ["Niger", "France"],
      "occurred", day(A(8, 3)), "'On August 3', year from the DCT"),
    E("ended the missions", "ended the missions of its ambassadors", "SANCTION", "Niger", "France",
      ["Niger", "France", "United States", "Nigeria", "Togo"], "occurred", day(A(8, 3)), "coordinated with 'On August 3'"),
    E("paused", "United States paused", "SANCTION", "United States", "Niger", ["United States", "Niger"],
      "occurred", day(A(8, 3) + timedelta(days=1)), "'a day later' than August 3 = 2023-08-04"),
    E("closed", "officers closed Niger's airspace", "SANCTION", "Niger", None, ["Niger"],
      "occurred", day(A(8, 6)), "'When the ECOWAS deadline expired on August 6'"),
    E("ordered", "leaders ordered the activation", "MOBILIZE", "ECOWAS", "Niger", ["ECOWAS", "Niger"],
      "occurred", day(A(8, 10)), "'At a second summit on August 10'"),
    E("summit", "At a second summit", "CONSULT", "ECOWAS", None, ["ECOWAS"],
      "occurred", day(A(8, 10)), "'on August 10', year from the DCT"),
    E("met", "Abubakar met Tchiani", "CONSULT", "Abdulsalami Abubakar", "Abdourahamane Tiani",
      ["Abdulsalami Abubakar", "Abdourahamane Tiani", "Mohamed Bazoum"], "occurred", day(A(8, 19)),
      "'on August 19', year from the DCT", mode="visit", loc="Niamey"),
    E("announced", "Tchiani announced the same evening", "ANNOUNCE", "Abdourahamane Tiani", None, ["Abdourahamane Tiani"],
      "occurred", day(A(8, 19)), "'the same evening' as the August 19 meeting", loc="Niamey"),
    E("rejected", "ECOWAS rejected the plan", "REJECT", "ECOWAS", "Niger", ["ECOWAS", "Niger"],
      "occurred", span(A(8, 19), DCT), "undated, after the August 19 announcement: 08-19 to the DCT"),
    E("suspended", "Council suspended Niger", "SANCTION", "African Union", "Niger", ["African Union", "Niger"],
      "occurred", day(TUE), "'On Tuesday' before the Sunday DCT = 2023-08-22"),
    E("authorized", "the junta authorized troops", "COOPERATE", "Niger", "Mali", ["Niger", "Mali", "Burkina Faso"],
      "occurred", day(THU), "'On Thursday' before the Sunday DCT = 2023-08-24"),
    E("rallied", "junta rallied at a stadium", "PROTEST", None, "France", ["France"],
      "occurred", day(SAT), "'on Saturday' before the Sunday DCT = 2023-08-26", loc="Niamey",
      also=[("called for", "called for the departure")]),
    E("recall", "no plans to recall", "SANCTION", "France", "Niger", ["France", "Niger"],
      "denied", NONE, "'there are no plans': no date"),
    E("deployed", "could be deployed", "MOBILIZE", "ECOWAS", "Niger", ["ECOWAS", "Niger"],
      "hypothetical", NONE, "'has not said when ... could be deployed': no date",
      also=[("intervention", "any military intervention")]),
])


if __name__ == "__main__":
    build()
