"""Build bench/gold3/events.jsonl from the hand annotations below.

Each annotation names its trigger and a short, unique piece of the article around it (``ctx``);
this script counts which whole-word occurrence of the trigger that is (the occurrence the format
wants), and computes every date with ``datetime`` from the rule the note gives ("on Friday" before
the DCT, "a day later", "last month"), so no occurrence number or weekday is typed by hand.

Run: python bench/gold3/make_events.py  (rewrites events.jsonl; prints one line per event to check)."""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]



class _StoryBody(HTMLParser):
    """The paragraphs of <div class="story-body"> (the text the format tests count in)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.para, self.paragraphs = 0, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and (self.depth or "story-body" in (a.get("class") or "").split()):
            self.depth += 1
        elif tag == "p" and self.depth:
            self.para = []

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.para is not None:
            self.paragraphs.append("".join(self.para).strip())
            self.para = None

    def handle_data(self, data):
        if self.para is not None:
            self.para.append(data)


def body_of(path: Path) -> str:
    raw = path.read_text("utf-8")
    if path.suffix == ".md":
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        return raw[m.end():]
    if path.suffix == ".html":
        page = _StoryBody()
        page.feed(raw)
        return "\n".join(page.paragraphs)
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




# ---- geneva-biden-putin-summit-2021: wire .txt, DCT Thursday 2021-06-17 (dateline only) ------
DCT = d("2021-06-17")
MON, TUE, WED, THU = (past(DCT, x) for x in ("Monday", "Tuesday", "Wednesday", "Thursday"))
B, P = "Joe Biden", "Vladimir Putin"
ARTICLES["geneva-biden-putin-summit-2021"] = (DCT, [
    E("agreed", "their presidents agreed at a lakeside", "AGREE", B, P, [B, P], "occurred", day(WED),
      "'on Wednesday' before the Thursday DCT = 2021-06-16", loc="Geneva",
      also=[("agree", "Putin agree to return")]),
    E("summit", "in a summit that both", "CONSULT", B, P, [B, P, "Antony Blinken", "Sergey Lavrov"], "occurred", day(WED),
      "the summit 'on Wednesday' = 2021-06-16 (a neutral host country)", mode="third-party", loc="Geneva",
      also=[("summit", "after first summit in Geneva"), ("talks", "before the talks, which opened"),
            ("meeting", "issued after the meeting"), ("talks", "said the talks had been"),
            ("summit", "The summit was the first")]),
    E("welcomed", "Parmelin welcomed the two leaders", "CONSULT", "Guy Parmelin", B, ["Guy Parmelin", B, P],
      "occurred", day(WED), "'at the gate before the talks' of Wednesday 2021-06-16", mode="host", loc="Geneva"),
    E("joint statement", "In a joint statement issued", "ANNOUNCE", "Russia", "United States", ["Russia", "United States"],
      "occurred", day(WED), "'issued after the meeting' of Wednesday 2021-06-16", loc="Geneva"),
    E("dialogue", "integrated dialogue on strategic stability", "CONSULT", "Russia", "United States",
      ["Russia", "United States"], "planned", NONE, "'in the near future': no date",
      also=[("stability dialogue", "agenda for the stability dialogue")]),
    E("agreed", "also agreed to begin consultations", "AGREE", B, P, [B, P], "occurred", day(WED),
      "agreed at the Wednesday summit = 2021-06-16", loc="Geneva"),
    E("spoke", "Putin spoke to reporters", "STATEMENT", P, B, [P, B], "occurred", day(WED),
      "after the Wednesday talks, the same day (Putin left 'within hours')", loc="Geneva",
      also=[("calling", "calling Biden an experienced")]),
    E("handed", "had handed his counterpart", "DEMAND", B, P, [B, P], "occurred", day(WED),
      "during the Wednesday summit = 2021-06-16", loc="Geneva"),
    E("warned", "had warned him that", "THREATEN", B, P, [B, P, "Alexei Navalny"], "occurred", day(WED),
      "during the Wednesday summit = 2021-06-16", loc="Geneva"),
    E("recalled", "Antonov was recalled", "SANCTION", "Russia", "United States", ["Russia", "Anatoly Antonov", "United States"],
      "occurred", month(2021, 3), "'in March', year from the DCT"),
    E("said", "after Biden said in a television", "DISAPPROVE", B, P, [B, P], "occurred", NONE,
      "'after Biden said': before the March recall, but no date of its own"),
    E("left", "left Moscow in April", "RETREAT", "John Sullivan", "Russia", ["John Sullivan", "Russia"],
      "occurred", month(2021, 4), "'in April', year from the DCT", loc="Moscow"),
    E("imposed sanctions", "Washington imposed sanctions", "SANCTION", "United States", "Russia",
      ["United States", "Russia"], "occurred", month(2021, 4), "'days after' these, Sullivan left in April: April (the text gives no earlier bound in the month)"),
    E("expelled", "expelled ten Russian diplomats", "SANCTION", "United States", "Russia", ["United States", "Russia"],
      "occurred", month(2021, 4), "coordinated with the April sanctions"),
    E("expelling", "answered by expelling", "SANCTION", "Russia", "United States", ["Russia", "United States"],
      "occurred", month(2021, 4), "Moscow's answer, told with the April events"),
    E("told", "Lavrov told reporters", "ANNOUNCE", "Sergey Lavrov", None, ["Sergey Lavrov"], "occurred", day(THU),
      "'On Thursday' = the Thursday DCT 2021-06-17", loc="Moscow"),
    E("fly back", "would fly back to Washington", "COOPERATE", "Anatoly Antonov", "United States",
      ["Anatoly Antonov", "United States"], "planned", NONE, "'in the coming days': no usable window", loc="Washington",
      also=[("return", "timing of the return")]),
    E("said", "Peskov, said the talks", "STATEMENT", "Dmitry Peskov", None, ["Dmitry Peskov"], "occurred", day(THU),
      "coordinated with 'On Thursday' = 2021-06-17"),
    E("called", "when Biden called Putin", "CONSULT", B, P, [B, P], "occurred", month(2021, 4),
      "'in April', year from the DCT", mode="phone",
      also=[("suggested", "suggested they meet"), ("proposed", "had been proposed by")]),
    E("extended", "the two sides extended", "AGREE", "United States", "Russia", ["United States", "Russia"],
      "occurred", month(2021, 2), "'in February', year from the DCT"),
    E("NATO summit", "attended a NATO summit", "CONSULT", B, "NATO", [B, "NATO"], "occurred", day(MON),
      "'on Monday' before the Thursday DCT = 2021-06-14", loc="Brussels"),
    E("met", "met leaders of the European Union", "CONSULT", B, "EU", [B, "EU"], "occurred", day(TUE),
      "'on Tuesday' before the Thursday DCT = 2021-06-15", mode="visit", loc="Brussels"),
    E("landed", "landed in Switzerland", "CONSULT", B, "Switzerland", [B, "Switzerland"], "occurred", span(TUE, WED),
      "landed 'on Tuesday evening' (06-15), left 'the same evening' as the Wednesday talks (06-16)", mode="visit",
      loc="Geneva", also=[("departed", "Biden departed for Washington"), ("came", "Biden came to Geneva")]),
    E("flew in", "Putin flew in from Moscow", "CONSULT", P, "Switzerland", [P, "Switzerland"], "occurred", day(WED),
      "'on Wednesday', left 'within hours' = 2021-06-16", mode="visit", loc="Geneva",
      also=[("left for home", "left for home within")]),
    E("meet", "expected to meet in the coming weeks", "CONSULT", "Russia", "United States", ["Russia", "United States"],
      "planned", NONE, "'in the coming weeks' and 'neither side gave a date': no date"),
    E("said", "said on Thursday he hoped", "STATEMENT", "Volodymyr Zelenskiy", "United States",
      ["Volodymyr Zelenskiy", "United States"], "occurred", day(THU), "'on Thursday' = the DCT 2021-06-17"),
    E("told", "he had told Putin", "SUPPORT", B, "Ukraine", [B, P, "Ukraine"], "occurred", day(WED),
      "told Putin during the Wednesday summit = 2021-06-16", loc="Geneva"),
    E("welcomed", "European governments welcomed", "SUPPORT", None, None, [], "occurred", span(WED, THU),
      "undated reaction to Wednesday's agreement, reported Thursday: 06-16 to 06-17"),
])


# ---- panmunjom-trump-kim-dmz-2019: saved .html, DCT Monday 2019-07-01 (metadata only) --------
DCT = d("2019-07-01")
SAT, SUN, MON = past(DCT, "Saturday"), past(DCT, "Sunday"), past(DCT, "Monday")
T, K, M = "Donald Trump", "Kim Jong Un", "Moon Jae-in"
ARTICLES["panmunjom-trump-kim-dmz-2019"] = (DCT, [
    E("set foot", "set foot in North Korea", "CONSULT", T, "North Korea", [T, K, "North Korea"], "occurred", day(SUN),
      "'on Sunday' before the Monday DCT = 2019-06-30", mode="visit", loc="Panmunjom",
      also=[("stepping", "stepping over the concrete"), ("walked", "Trump walked about"),
            ("crossed back", "pair crossed back")]),
    E("agreed", "two leaders agreed to restart", "AGREE", T, K, [T, K], "occurred", day(SUN),
      "agreed at the Sunday meeting = 2019-06-30", loc="Panmunjom",
      also=[("agreed", "had agreed to designate"), ("agreed", "had agreed to resume")]),
    E("talks", "for talks that lasted", "CONSULT", T, K, [T, K], "occurred", day(SUN),
      "the meeting at the border on Sunday = 2019-06-30 (in the truce village)", mode="third-party", loc="Panmunjom",
      also=[("encounter", "The encounter in"), ("meeting", "called the meeting"), ("handshake", "said the handshake")]),
    E("wrote", "Trump wrote on Twitter", "STATEMENT", T, K, [T, K], "occurred", day(SAT),
      "'On Saturday morning' before the Monday DCT = 2019-06-29", loc="Osaka"),
    E("summit", "Group of 20 summit in Osaka", "CONSULT", T, "G20", [T, "G20"], "occurred", day(SAT),
      "'On Saturday morning, while attending': under way on 2019-06-29, no other day given", mode="visit", loc="Osaka"),
    E("called", "called the offer", "STATEMENT", "Choe Son Hui", T, ["Choe Son Hui", T], "occurred", day(SAT),
      "'Hours later' than Saturday morning = 2019-06-29"),
    E("flew", "Trump flew to Seoul", "CONSULT", T, "South Korea", [T, "South Korea"], "occurred", span(SAT, SUN),
      "flew in 'the same evening' as Saturday (06-29), left 'on Sunday evening' (06-30)", mode="visit", loc="Seoul",
      also=[("left", "Trump left Osan")]),
    E("dinner", "had dinner with", "CONSULT", T, M, [T, M], "occurred", day(SAT),
      "'the same evening' as Saturday = 2019-06-29", mode="visit", loc="Seoul"),
    E("held talks", "held talks at the Blue House", "CONSULT", T, M, [T, M], "occurred", day(SUN),
      "'on Sunday morning' = 2019-06-30", mode="visit", loc="Seoul"),
    E("greeted", "Moon greeted them", "CONSULT", M, K, [M, K, T], "occurred", day(SUN),
      "at the Sunday meeting = 2019-06-30", loc="Panmunjom"),
    E("negotiations", "begin working-level negotiations", "CONSULT", "United States", "North Korea",
      ["United States", "North Korea", "Stephen Biegun"], "planned", span(SUN, SUN + timedelta(days=21)),
      "'within two or three weeks' of the Sunday meeting: 06-30 to 07-21",
      also=[("talks", "said the talks would")]),
    E("invited", "also invited Kim", "CONSULT", T, K, [T, K], "planned", NONE,
      "'at the right time', 'no date was set': undated", mode="host", loc="Washington",
      also=[("visit", "Kim to visit the White House")]),
    E("reported", "KCNA, reported on Monday", "STATEMENT", "North Korea", None, ["North Korea"], "occurred", day(MON),
      "'on Monday' = the Monday DCT 2019-07-01"),
    E("told", "Kim had told Trump", "STATEMENT", K, T, [K, T], "occurred", day(SUN),
      "said during the Sunday meeting = 2019-06-30", loc="Panmunjom"),
    E("summit", "the second summit, in the", "CONSULT", T, K, [T, K], "occurred", month(2019, 2),
      "'since February, when the second summit': February, year from the DCT", mode="third-party", loc="Hanoi",
      also=[("summit", "failed summit in Hanoi")]),
    E("lunch", "the planned lunch", "CONSULT", T, K, [T, K], "cancelled", month(2019, 2),
      "planned at the February summit and dropped", loc="Hanoi"),
    E("rejected", "Trump rejected Kim", "REJECT", T, K, [T, K], "occurred", month(2019, 2),
      "at the February summit", loc="Hanoi"),
    E("demand", "demand that most sanctions", "DEMAND", K, T, [K, T], "occurred", month(2019, 2),
      "made at the February summit", loc="Hanoi"),
    E("met", "first met in Singapore", "CONSULT", T, K, [T, K], "occurred", month(2018, 6),
      "'in June last year' = June 2018", mode="third-party", loc="Singapore"),
    E("signed", "signed a vague pledge", "AGREE", T, K, [T, K], "occurred", month(2018, 6),
      "at the June 2018 meeting", loc="Singapore"),
    E("letter", "beautiful letter", "CONSULT", K, T, [K, T], "occurred", NONE,
      "'said in June that he had received': before or in June, no date of its own"),
    E("reply", "received a reply", "CONSULT", T, K, [T, K], "occurred", NONE,
      "reported 'on June 23' as already received: no date of its own"),
    E("test-fired", "had test-fired", "MOBILIZE", "North Korea", None, ["North Korea"], "occurred", month(2019, 5),
      "'in May', year from the DCT"),
    E("said", "Moon said the handshake", "STATEMENT", M, None, [M], "occurred", span(SUN, MON),
      "undated remark on Sunday's meeting reported on Monday: 06-30 to 07-01"),
])


# ---- live-serbia-kosovo-white-house-deal-2020: live page .md, DCT Friday 2020-09-04 ------------
DCT = d("2020-09-04")
THU, FRI = past(DCT, "Thursday"), past(DCT, "Friday")
V, H, T = "Aleksandar Vučić", "Avdullah Hoti", "Donald Trump"
ARTICLES["live-serbia-kosovo-white-house-deal-2020"] = (DCT, [
    E("signed", "Hoti signed separate documents", "AGREE", V, None, [V, H, T], "occurred", day(FRI),
      "'on Friday' = the Friday DCT 2020-09-04; two signatories and the US: first named, no target", loc="Washington",
      also=[("sign", "Kosovo sign economic"), ("signing", "The signing followed"), ("signed", "each signed a two-page"), ("signed", "each leader signed a separate"),
            ("agreement", "called the agreement")]),
    E("talks", "two days of talks", "CONSULT", "Serbia", "Kosovo", ["Serbia", "Kosovo", "Richard Grenell"], "occurred",
      span(THU, FRI), "'opened on Thursday' (09-03), second day on the Friday DCT (09-04)", mode="third-party",
      loc="Washington", also=[("talks", "second day of talks"), ("negotiations", "The negotiations opened"),
                              ("talks", "the talks had been difficult")]),
    E("agreed", "Israel agreed to establish", "AGREE", "Kosovo", "Israel", ["Kosovo", "Israel"], "occurred", day(FRI),
      "made public with Friday's signing, no date of its own: the DCT 2020-09-04", loc="Washington",
      also=[("recognise", "Kosovo to recognise each other"), ("agreed", "had agreed to mutually")]),
    E("move", "would move its embassy", "COOPERATE", "Serbia", "Israel", ["Serbia", "Israel"], "planned", month(2021, 7),
      "'by July next year' = July 2021 (a deadline read as its TIMEX)", loc="Jerusalem",
      also=[("move", "Serbia to move its embassy"), ("open an embassy", "would open an embassy")]),
    E("meet", "due to meet again", "CONSULT", V, H, [V, H, "EU"], "planned", day(future(DCT, "Monday")),
      "'on Monday' in a future clause = 2020-09-07", mode="third-party", loc="Brussels",
      also=[("come", "will come to Brussels")]),
    E("meeting", "A first White House meeting", "CONSULT", "Serbia", "Kosovo", ["Serbia", "Kosovo", "United States"],
      "cancelled", day(d("2020-06-27")), "'set for June 27', year from the DCT; called off", mode="third-party",
      loc="Washington"),
    E("cancelled", "Thaci cancelled his trip", "REJECT", "Hashim Thaçi", "United States", ["Hashim Thaçi", "United States"],
      "occurred", day(d("2020-06-24")), "'the same day' as the June 24 announcement",
      also=[("called off", "was called off")]),
    E("indictment", "filed an indictment", "INVESTIGATE", None, "Hashim Thaçi", ["Hashim Thaçi"], "occurred",
      day(d("2020-06-24")), "'announced on June 24', year from the DCT (the news is the announcement)", loc="The Hague"),
    E("video summit", "hosted a video summit", "CONSULT", "Emmanuel Macron", None, ["Emmanuel Macron", "Angela Merkel", V, H],
      "occurred", day(d("2020-07-10")), "'on July 10', year from the DCT; four leaders: first named, no target"),
    E("met", "two men met face to face", "CONSULT", V, H, [V, H, "Josep Borrell", "Miroslav Lajčák"], "occurred",
      day(d("2020-07-16")), "'on July 16', year from the DCT", mode="third-party", loc="Brussels"),
    E("said", "said that issue was not", "STATEMENT", V, None, [V], "occurred", day(FRI),
      "in the 16:50 GMT entry of the Friday live page = 2020-09-04", loc="Washington"),
    E("announced", "Trump announced that", "ANNOUNCE", T, None, [T, "Serbia", "Kosovo", "Israel"], "occurred", day(FRI),
      "19:40 GMT entry on the Friday DCT", loc="Washington"),
    E("commit", "also commit the parties", "SANCTION", "Serbia", "Hezbollah", ["Serbia", "Kosovo", "Hezbollah"],
      "planned", NONE, "a commitment with no date"),
    E("will not seek", "Kosovo will not seek", "CONCEDE", "Kosovo", None, ["Kosovo"], "planned", NONE,
      "'a one-year pause' with no start date given: undated"),
    E("suspend", "Serbia will suspend its campaign", "CONCEDE", "Serbia", "Kosovo", ["Serbia", "Kosovo"], "planned", NONE,
      "'a one-year pause' with no start date given: undated"),
    E("welcomed", "Netanyahu welcomed the announcement", "SUPPORT", "Benjamin Netanyahu", T, ["Benjamin Netanyahu", T],
      "occurred", day(FRI), "same-day reaction (20:25 GMT entry), no date of its own",
      also=[("thanked", "and thanked Trump")]),
    E("taken note", "had taken note", "STATEMENT", "EU", None, ["EU"], "occurred", day(FRI),
      "same-day reaction (20:50 GMT entry)"),
    E("confirmed", "Borrell confirmed", "ANNOUNCE", "Josep Borrell", None, ["Josep Borrell"], "occurred", day(FRI),
      "20:50 GMT entry on the Friday DCT", loc="Brussels"),
    E("denied", "Vucic, speaking to Serbian television, denied", "STATEMENT", V, "Kosovo", [V, "Kosovo"], "occurred",
      day(FRI), "21:45 GMT entry on the Friday DCT"),
    E("thanked", "Hoti thanked Trump", "SUPPORT", H, T, [H, T, "Richard Grenell"], "occurred", day(FRI),
      "22:10 GMT entry on the Friday DCT"),
])


# ---- analysis-xi-ma-singapore-meeting-2015: analysis .md, DCT Saturday 2015-11-14 -------------
DCT = d("2015-11-14")
MEET, ANNOUNCED = of_last_week(DCT, "Saturday"), of_last_week(DCT, "Tuesday")
X, MA = "Xi Jinping", "Ma Ying-jeou"
ARTICLES["analysis-xi-ma-singapore-meeting-2015"] = (DCT, [
    E("greeted", "greeted each other", "CONSULT", X, MA, [X, MA], "occurred", day(MEET),
      "'on Saturday of last week' = Saturday of the previous ISO week = 2015-11-07", mode="third-party", loc="Singapore",
      also=[("handshake", "The handshake lasted"), ("meeting", "it was the first meeting"),
            ("meeting", "whether the meeting changes"), ("meeting", "The meeting was the product"),
            ("meeting", "reception of last week's meeting"), ("meeting", "welcomed the meeting"),
            ("meeting", "the meeting set a precedent")]),
    E("retreated", "retreated to the island", "RETREAT", "Kuomintang", "Taiwan", ["Kuomintang", "Chiang Kai-shek"],
      "occurred", year(1949), "'ended in 1949, when ... retreated'", loc="Taiwan"),
    E("agreed", "had agreed to set up a hotline", "AGREE", X, MA, [X, MA], "occurred", day(MEET),
      "agreed at the meeting of 2015-11-07", loc="Singapore"),
    E("raised", "he had raised the missiles", "DISAPPROVE", MA, X, [MA, X], "occurred", day(MEET),
      "at the meeting of 2015-11-07", loc="Singapore"),
    E("replied", "replied that they were not", "STATEMENT", X, MA, [X, MA], "occurred", day(MEET),
      "at the meeting of 2015-11-07", loc="Singapore"),
    E("dinner", "had dinner together", "CONSULT", X, MA, [X, MA], "occurred", day(MEET),
      "'then', after the meeting of 2015-11-07, the same evening", mode="third-party", loc="Singapore"),
    E("reached", "understanding reached by envoys", "AGREE", "China", "Taiwan", ["China", "Taiwan"], "occurred", year(1992),
      "'in 1992'", loc="Hong Kong"),
    E("talks", "first formal talks under it", "CONSULT", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      month(1993, 4), "'in April 1993'", mode="third-party", loc="Singapore"),
    E("visited", "Lee Teng-hui visited", "CONSULT", "Lee Teng-hui", "United States", ["Lee Teng-hui", "United States"],
      "occurred", month(1995, 6), "'in June 1995'", mode="visit"),
    E("suspended", "Beijing suspended the semi-official", "SANCTION", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      span(d("1995-06-01"), d("1996-03-31")), "after the June 1995 visit and before the March 1996 election: 1995-06 to 1996-03"),
    E("fired missiles", "fired missiles into waters", "MOBILIZE", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      span(d("1995-06-01"), d("1996-03-31")), "after the June 1995 visit and before the 'more exercises' of March 1996"),
    E("exercises", "held more exercises", "MOBILIZE", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      span(d("1995-06-01"), d("1996-03-31")), "'before Taiwan's first direct presidential election in March 1996', after the 1995 missiles"),
    E("travelled", "Lien Chan travelled to Beijing", "CONSULT", "Lien Chan", "China", ["Lien Chan", "China"], "occurred",
      month(2005, 4), "'In April 2005'", mode="visit", loc="Beijing"),
    E("met", "met Hu Jintao", "CONSULT", "Lien Chan", "Hu Jintao", ["Lien Chan", "Hu Jintao"], "occurred", month(2005, 4),
      "coordinated with 'In April 2005 ... travelled'", mode="visit", loc="Beijing",
      also=[("meeting", "the first meeting of the leaders")]),
    E("resumed", "he resumed the dialogue", "COOPERATE", MA, "China", [MA, "China"], "occurred",
      span(d("2008-03-01"), d("2008-12-31")), "'When Ma won ... in March 2008', before the flights of December that year"),
    E("direct flights", "direct flights and shipping", "COOPERATE", None, None, ["China", "Taiwan"], "occurred",
      month(2008, 12), "'in December of that year' = December 2008"),
    E("signed", "the two sides signed a trade", "AGREE", "China", "Taiwan", ["China", "Taiwan"], "occurred",
      month(2010, 6), "'In June 2010'", loc="Chongqing"),
    E("met", "agencies met in Nanjing", "CONSULT", "China", "Taiwan", ["China", "Taiwan"], "occurred", month(2014, 2),
      "'In February 2014'", loc="Nanjing", also=[("talks", "the first official talks")]),
    E("occupied", "students occupied", "PROTEST", None, None, ["Taiwan"], "occurred", month(2014, 3),
      "'In March 2014'", loc="Taipei"),
    E("announced", "presidential office announced it", "ANNOUNCE", "Taiwan", None, ["Taiwan"], "occurred", day(ANNOUNCED),
      "'late on Tuesday of last week' = 2015-11-03", loc="Taipei"),
    E("confirmed", "Office confirmed it", "ANNOUNCE", "China", None, ["China"], "occurred",
      day(ANNOUNCED + timedelta(days=1)), "'the next morning' after 2015-11-03 = 2015-11-04", loc="Beijing"),
    E("criticised", "criticised the secrecy", "DISAPPROVE", "Tsai Ing-wen", MA, ["Tsai Ing-wen", MA], "occurred",
      span(ANNOUNCED, DCT), "undated reaction after the 11-03 announcement, reported on the DCT: 11-03 to 11-14"),
    E("scuffled", "Protesters scuffled", "PROTEST", None, None, ["Taiwan"], "occurred", span(ANNOUNCED, MEET),
      "'on the day Ma flew out': after the 11-03 announcement, no later than the 11-07 meeting", loc="Taipei"),
    E("welcomed", "Washington welcomed", "SUPPORT", "United States", None, ["United States"], "occurred",
      span(ANNOUNCED, DCT), "undated reaction to the meeting announced on 11-03: 11-03 to 11-14"),
    E("told", "Xi told Ma", "STATEMENT", X, MA, [X, MA], "occurred", day(MEET),
      "'In his opening remarks' at the meeting of 2015-11-07", loc="Singapore"),
])


# ---- crimea-treaty-western-condemnation-2014: statements .md, DCT Wednesday 2014-03-19 --------
DCT = d("2014-03-19")
SAT, SUN, MON, TUE, WED = (past(DCT, x) for x in ("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"))
P = "Vladimir Putin"
REACT = span(TUE, WED)  # an undated reaction to Tuesday's treaty, reported on Wednesday
ARTICLES["crimea-treaty-western-condemnation-2014"] = (DCT, [
    E("condemned", "Western governments condemned", "DISAPPROVE", None, "Russia", ["Russia"], "occurred", REACT,
      "lead summary, undated: reactions to Tuesday's treaty reported Wednesday, 03-18 to 03-19"),
    E("signed a treaty", "Putin signed a treaty", "AGREE", P, None, [P, "Sergei Aksyonov", "Vladimir Konstantinov", "Crimea"],
      "occurred", day(TUE), "'on Tuesday' before the Wednesday DCT = 2014-03-18; several signatories: first named, no target",
      loc="Moscow", also=[("annexation", "condemned Russia's annexation"), ("signed", "treaty was signed by"),
                          ("annexation", "The annexation followed")]),
    E("telling", "hours after telling", "STATEMENT", P, None, [P], "occurred", day(TUE),
      "'hours after' = the same Tuesday, 2014-03-18", loc="Moscow"),
    E("denied", "Putin denied that", "STATEMENT", P, "Ukraine", [P, "Ukraine"], "occurred", day(TUE),
      "'In the same speech' of Tuesday 2014-03-18", loc="Moscow"),
    E("condemned", "White House condemned the move", "DISAPPROVE", "United States", "Russia", ["United States", "Russia"],
      "occurred", day(TUE), "'within hours' of Tuesday's signing = 2014-03-18", loc="Washington"),
    E("warned", "and warned that more sanctions", "THREATEN", "United States", "Russia", ["United States", "Russia"],
      "occurred", day(TUE), "coordinated with the condemnation 'within hours' = 2014-03-18", loc="Washington"),
    E("called", "called the annexation", "DISAPPROVE", "Joe Biden", "Russia", ["Joe Biden", "Russia"], "occurred", day(TUE),
      "'on a visit to Warsaw on Tuesday' = 2014-03-18", loc="Warsaw"),
    E("assured", "assured Poland", "SUPPORT", "Joe Biden", "Poland", ["Joe Biden", "Poland"], "occurred", day(TUE),
      "coordinated with Tuesday's remarks in Warsaw = 2014-03-18", loc="Warsaw"),
    E("due in Vilnius", "He is due in Vilnius", "CONSULT", "Joe Biden", "Lithuania", ["Joe Biden", "Lithuania"], "planned",
      day(WED), "'is due ... on Wednesday' in Wednesday's paper = the DCT 2014-03-19", mode="visit", loc="Vilnius",
      also=[("reassure", "to reassure the Baltic")]),
    E("said", "Merkel said on Tuesday", "DISAPPROVE", "Angela Merkel", "Russia", ["Angela Merkel", "Russia"], "occurred",
      day(TUE), "'on Tuesday' = 2014-03-18"),
    E("joint statement", "said in a joint statement", "REJECT", "EU", "Russia", ["EU", "Russia"], "occurred", day(TUE),
      "coordinated with Merkel's remarks 'on Tuesday' = 2014-03-18"),
    E("suspended", "Britain suspended all military", "SANCTION", "United Kingdom", "Russia",
      ["United Kingdom", "William Hague", "Russia"], "occurred", REACT,
      "undated reaction to Tuesday's treaty reported Wednesday: 03-18 to 03-19", loc="London"),
    E("condemned", "secretary general condemned", "DISAPPROVE", "NATO", "Russia", ["NATO", "Russia"], "occurred", REACT,
      "undated reaction to Tuesday's treaty reported Wednesday: 03-18 to 03-19"),
    E("urged", "urged Moscow to step back", "DEMAND", "NATO", "Russia", ["NATO", "Russia"], "occurred", REACT,
      "coordinated with NATO's undated condemnation: 03-18 to 03-19"),
    E("urged", "spokesman urged all sides", "DEMAND", "China", None, ["China"], "occurred", REACT,
      "undated reaction to Tuesday's treaty reported Wednesday: 03-18 to 03-19", loc="Beijing"),
    E("rejected", "rejected the criticism", "REJECT", "Russia", None, ["Russia"], "occurred", REACT,
      "undated answer to Tuesday's criticism, reported Wednesday: 03-18 to 03-19", loc="Moscow",
      also=[("accused", "accused Western capitals")]),
    E("stormed", "Armed men stormed", "ASSAULT", None, "Ukraine", ["Ukraine"], "occurred", day(TUE),
      "'on Tuesday afternoon' = 2014-03-18", loc="Simferopol",
      also=[("shot dead", "was shot dead"), ("fighting", "The fighting that many")]),
    E("said", "Yatsenyuk said the conflict", "STATEMENT", "Arseniy Yatsenyuk", "Russia", ["Arseniy Yatsenyuk", "Russia"],
      "occurred", REACT, "undated reaction to Tuesday's shooting, reported Wednesday: 03-18 to 03-19",
      also=[("warned", "leaders warned that the crisis")]),
    E("seized", "seized the headquarters", "FIGHT", None, "Ukraine", ["Ukraine"], "occurred", day(WED),
      "'On Wednesday' = the DCT 2014-03-19", loc="Sevastopol"),
    E("detained", "detained its commander", "COERCE", None, "Serhiy Haiduk", ["Serhiy Haiduk", "Ukraine"], "occurred",
      day(WED), "coordinated with 'On Wednesday ... seized' = 2014-03-19", loc="Sevastopol"),
    E("demanded", "Turchynov demanded", "DEMAND", "Oleksandr Turchynov", "Russia", ["Oleksandr Turchynov", "Russia"],
      "occurred", day(WED), "same-day reaction to Wednesday's detention = 2014-03-19",
      also=[("warning", "warning that Kiev")]),
    E("referendum", "followed a referendum on Sunday", "ANNOUNCE", "Crimea", None, ["Crimea"], "occurred", day(SUN),
      "'on Sunday' before the Wednesday DCT = 2014-03-16", loc="Crimea",
      also=[("referendum", "so-called referendum")]),
    E("declared independence", "parliament declared independence", "ANNOUNCE", "Crimea", None, ["Crimea"], "occurred",
      day(MON), "'On Monday' before the Wednesday DCT = 2014-03-17", loc="Simferopol",
      also=[("applied", "applied to join Russia")]),
    E("signed a decree", "Putin signed a decree", "COOPERATE", P, "Crimea", [P, "Crimea"], "occurred", day(MON),
      "'late that evening' = Monday 2014-03-17", loc="Moscow"),
    E("imposed", "Brussels imposed travel bans", "SANCTION", "United States", "Russia", ["United States", "EU", "Russia"],
      "occurred", day(MON), "'The same day' as Monday 2014-03-17",
      also=[("sanctions", "the first sanctions of the crisis")]),
    E("hold talks", "will hold talks in The Hague", "CONSULT", "G7", None, ["G7"], "planned", week(DCT + timedelta(days=7)),
      "'next week' = Monday to Sunday of the next ISO week, 2014-03-24 to 03-30", loc="The Hague"),
    E("meet", "EU leaders meet in Brussels", "CONSULT", "EU", None, ["EU"], "planned", day(future(DCT, "Thursday")),
      "'on Thursday' in a future clause = 2014-03-20", loc="Brussels"),
    E("travel", "will travel to Moscow", "CONSULT", "Ban Ki-moon", "Russia", ["Ban Ki-moon", "Russia"], "planned",
      day(future(DCT, "Thursday")), "'on Thursday' in a future clause = 2014-03-20", mode="visit", loc="Moscow",
      also=[("urge", "to urge restraint")]),
])


# ---- sudan-jeddah-ceasefire-fighting-2023: conflict and diplomacy .md, DCT Tuesday 2023-05-23 --
DCT = d("2023-05-23")
FRI, SAT, MON, TUE = (past(DCT, x) for x in ("Friday", "Saturday", "Monday", "Tuesday"))
ARMY, RSF = "Sudan", "Rapid Support Forces"
TALKS_BEGAN = d("2023-05-06")
ARTICLES["sudan-jeddah-ceasefire-fighting-2023"] = (DCT, [
    E("Fighting", "Fighting broke out", "FIGHT", ARMY, RSF, [ARMY, RSF], "occurred", day(TUE),
      "'on Tuesday' = the Tuesday DCT 2023-05-23", loc="Khartoum",
      also=[("clashes", "and clashes near the state"), ("heavy artillery", "sound of heavy artillery")]),
    E("air strikes", "reported air strikes in the north", "ASSAULT", ARMY, RSF, [ARMY, RSF], "occurred", day(TUE),
      "reported in Tuesday's fighting = 2023-05-23", loc="Khartoum"),
    E("signed", "which was signed on Saturday", "AGREE", ARMY, RSF, [ARMY, RSF, "Saudi Arabia", "United States"],
      "occurred", day(SAT), "'on Saturday' before the Tuesday DCT = 2023-05-20", loc="Jeddah",
      also=[("ceasefire", "seven-day ceasefire that"), ("signed", "Support Forces signed in"),
            ("signing", "48 hours after the signing"), ("agreement", "breaking the agreement"),
            ("agreement", "welcomed the agreement")]),
    E("took effect", "took effect at 9:45", "RETREAT", ARMY, RSF, [ARMY, RSF], "occurred", day(MON),
      "'at 9:45 p.m. ... on Monday' = 2023-05-22 (48 hours after Saturday's signing)",
      also=[("came into force", "it came into force"), ("took effect", "before it took effect")]),
    E("talks", "two weeks of talks", "CONSULT", ARMY, RSF, [ARMY, RSF, "Saudi Arabia", "United States"], "occurred",
      span(TALKS_BEGAN, SAT), "'began in Jeddah on May 6' and ended in Saturday's signing (05-20)", mode="third-party",
      loc="Jeddah", also=[("talks", "The talks began in Jeddah")]),
    E("bombed", "warplanes bombed", "ASSAULT", ARMY, RSF, [ARMY, RSF], "occurred", day(MON),
      "'Hours before it came into force' on Monday evening = 2023-05-22", loc="Khartoum"),
    E("shelled", "RSF shelled", "ASSAULT", RSF, ARMY, [RSF, ARMY], "occurred", day(MON),
      "coordinated with the strikes 'hours before' Monday's truce = 2023-05-22", loc="Khartoum"),
    E("deployed", "had deployed along", "MOBILIZE", RSF, None, [RSF], "occurred", NONE,
      "reported on Tuesday as already done ('had deployed'): no date of its own", loc="Khartoum"),
    E("accused", "Each side accused", "DISAPPROVE", ARMY, RSF, [ARMY, RSF], "occurred", span(MON, TUE),
      "undated accusations of violations after the truce took effect on Monday night, reported Tuesday: 05-22 to 05-23"),
    E("urged", "Blinken urged both forces", "DEMAND", "Antony Blinken", ARMY, ["Antony Blinken", ARMY, RSF], "occurred",
      day(MON), "'In a video message on Monday' = 2023-05-22"),
    E("warned", "warned that Washington would", "THREATEN", "Antony Blinken", ARMY, ["Antony Blinken", ARMY, RSF],
      "occurred", day(MON), "in the same Monday video message = 2023-05-22"),
    E("said", "mediators said on Tuesday", "STATEMENT", "Saudi Arabia", None, ["Saudi Arabia", "United States"],
      "occurred", day(TUE), "'on Tuesday' = the DCT 2023-05-23"),
    E("signed a declaration", "signed a declaration of commitment", "AGREE", ARMY, RSF,
      [ARMY, RSF, "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], "occurred", day(TALKS_BEGAN + timedelta(days=5)),
      "'Five days later, late on May 11' = May 6 + 5 = 2023-05-11", loc="Jeddah"),
    E("clashes spread", "clashes spread in Darfur", "FIGHT", None, None, ["Sudan"], "occurred",
      span(d("2023-05-11"), DCT), "'in the days that followed' the May 11 declaration, before the DCT", loc="Darfur"),
    E("war", "The war began", "FIGHT", ARMY, RSF, [ARMY, RSF], "ongoing", span(d("2023-04-15"), DCT),
      "began 'on April 15' (year from the DCT), still going on at the DCT",
      also=[("turned their guns", "turned their guns")]),
    E("coup", "in a coup in October 2021", "COERCE", ARMY, None, [ARMY, RSF], "occurred", month(2021, 10),
      "'in October 2021'", loc="Khartoum"),
    E("evacuated", "evacuated their diplomats", "RETREAT", "United States", ARMY, ["United States", ARMY], "occurred",
      week(d("2023-04-15") + timedelta(days=7)),
      "'in the following week' after Saturday April 15 = the ISO week of 04-17 to 04-23"),
    E("removed", "Burhan removed Dagalo", "COERCE", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo",
      ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], "occurred", day(FRI),
      "'On Friday' before the Tuesday DCT = 2023-05-19"),
    E("summit", "Arab League summit", "CONSULT", "Arab League", None, ["Arab League"], "occurred", day(FRI),
      "'The same day' as Friday 2023-05-19", loc="Jeddah"),
    E("called on", "called on the two sides", "DEMAND", "Arab League", ARMY, ["Arab League", ARMY, RSF], "occurred",
      day(FRI), "at the summit, 'the same day' as Friday 2023-05-19", loc="Jeddah"),
    E("said", "Mohammed bin Salman said", "STATEMENT", "Mohammed bin Salman", None, ["Mohammed bin Salman"], "occurred",
      day(FRI), "at the Friday summit = 2023-05-19", loc="Jeddah"),
    E("convoys", "preparing convoys", "AID", None, "Sudan", ["Sudan"], "hypothetical", NONE,
      "'in the coming days if the truce held': conditional, no usable window", loc="Khartoum"),
    E("resumed distributions", "resumed distributions", "AID", "World Food Programme", "Sudan",
      ["World Food Programme", "Sudan"], "occurred", NONE, "said on Tuesday to have resumed: no date of its own"),
    E("welcomed", "Perthes, welcomed", "SUPPORT", "Volker Perthes", None, ["Volker Perthes"], "occurred", day(MON),
      "'on Monday' before the Tuesday DCT = 2023-05-22, 'before it took effect'"),
    E("told", "told the Security Council", "STATEMENT", "Volker Perthes", "UN Security Council",
      ["Volker Perthes", "UN Security Council"], "occurred", day(MON), "coordinated with 'on Monday' = 2023-05-22"),
    E("extended", "can be extended", "AGREE", None, None, [ARMY, RSF], "hypothetical", NONE,
      "'can be extended with the agreement of both sides': conditional, no date"),
    E("political talks", "later, political talks", "CONSULT", None, None, [ARMY, RSF], "planned", NONE,
      "'No date has been set'"),
    E("will not negotiate", "will not negotiate", "REJECT", RSF, ARMY, [RSF, ARMY], "occurred", NONE,
      "'have both said', no date"),
])


# ---- trump-riyadh-summit-arab-leaders-2017: ordinary .md, DCT Sunday 2017-05-21 ----------------
DCT = d("2017-05-21")
FRI, SAT, SUN = (past(DCT, x) for x in ("Friday", "Saturday", "Sunday"))
T, S = "Donald Trump", "King Salman"
ARTICLES["trump-riyadh-summit-arab-leaders-2017"] = (DCT, [
    E("called on", "called on the leaders", "DEMAND", T, None, [T], "occurred", day(SUN),
      "'on Sunday' = the Sunday DCT 2017-05-21", loc="Riyadh",
      also=[("isolate", "work together to isolate")]),
    E("speech", "in a speech that closed", "STATEMENT", T, None, [T], "occurred", day(SUN),
      "the Sunday speech = 2017-05-21", loc="Riyadh",
      also=[("Addressing", "Addressing the Arab"), ("speech", "tone of the speech")]),
    E("Summit", "American Summit in the Saudi", "CONSULT", "Saudi Arabia", None, ["Saudi Arabia", T], "occurred", day(SUN),
      "held on the Sunday DCT, when Trump addressed it = 2017-05-21", mode="host", loc="Riyadh",
      also=[("summit", "dismissed the summit"), ("summit", "The summit drew")]),
    E("accused", "He accused Tehran", "DISAPPROVE", T, "Iran", [T, "Iran"], "occurred", day(SUN),
      "in the Sunday speech = 2017-05-21", loc="Riyadh"),
    E("visit", "The visit began on Saturday", "CONSULT", T, "Saudi Arabia", [T, "Saudi Arabia"], "occurred", span(SAT, SUN),
      "began 'on Saturday' (05-20); the Sunday speech 'closed the Saudi leg' (05-21)", mode="visit", loc="Riyadh"),
    E("met", "Trump met the leaders of the six", "CONSULT", T, "Gulf Cooperation Council", [T, "Gulf Cooperation Council"],
      "occurred", day(SUN), "'Earlier on Sunday' = 2017-05-21", mode="visit", loc="Riyadh"),
    E("held separate talks", "held separate talks", "CONSULT", T, "Abdel Fattah el-Sisi",
      [T, "Abdel Fattah el-Sisi", "Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani"], "occurred", day(SUN),
      "'Earlier on Sunday' = 2017-05-21; one actor meeting several: the first named is the target", mode="visit", loc="Riyadh"),
    E("signed a memorandum", "signed a memorandum", "AGREE", "United States", "Gulf Cooperation Council",
      ["United States", "Gulf Cooperation Council"], "occurred", day(SUN), "in the Sunday paragraph, no date of its own: 2017-05-21",
      loc="Riyadh"),
    E("opened", "opened a new Saudi centre", "COOPERATE", T, S, [T, S], "occurred", day(SUN),
      "'In the evening' of Sunday = 2017-05-21", loc="Riyadh"),
    E("greeted", "King Salman greeted Trump", "CONSULT", S, T, [S, T], "occurred", day(SAT),
      "when the visit 'began on Saturday' = 2017-05-20", mode="host", loc="Riyadh"),
    E("flew in", "flew in in April", "CONSULT", "Barack Obama", "Saudi Arabia", ["Barack Obama", "Saudi Arabia"], "occurred",
      month(2016, 4), "'in April last year' = April 2016", mode="visit", loc="Riyadh"),
    E("presented", "later presented Trump", "SUPPORT", S, T, [S, T], "occurred", day(SAT),
      "'later' on Saturday = 2017-05-20", loc="Riyadh"),
    E("signed agreements", "signed agreements on Saturday", "AGREE", "United States", "Saudi Arabia",
      ["United States", "Saudi Arabia"], "occurred", day(SAT), "'on Saturday' before the Sunday DCT = 2017-05-20",
      loc="Riyadh", also=[("deal", "The deal, which"), ("agreements", "that the agreements marked")]),
    E("negotiated", "which was negotiated in recent weeks", "CONSULT", "United States", "Saudi Arabia",
      ["United States", "Saudi Arabia", "Jared Kushner"], "occurred", NONE, "'in recent weeks': no calendar range"),
    E("signed", "king also signed a joint", "AGREE", T, S, [T, S], "occurred", day(SAT),
      "'also signed', with Saturday's agreements = 2017-05-20", loc="Riyadh"),
    E("told", "told a news conference on Saturday", "STATEMENT", "Rex Tillerson", None, ["Rex Tillerson", "Adel al-Jubeir"],
      "occurred", day(SAT), "'on Saturday' = 2017-05-20", loc="Riyadh"),
    E("urged", "Tillerson urged", "DEMAND", "Rex Tillerson", "Hassan Rouhani", ["Rex Tillerson", "Hassan Rouhani"],
      "occurred", day(SAT), "at the Saturday news conference = 2017-05-20", loc="Riyadh"),
    E("dismissed", "Zarif, dismissed", "DISAPPROVE", "Mohammad Javad Zarif", "United States",
      ["Mohammad Javad Zarif", "United States", "Saudi Arabia"], "occurred", day(SUN), "'on Sunday' = the DCT 2017-05-21",
      also=[("mocked", "and mocked the choice")]),
    E("fired", "ballistic missile fired by", "ASSAULT", "Houthis", "Saudi Arabia", ["Houthis", "Saudi Arabia"], "occurred",
      day(FRI), "'On Friday' before the Sunday DCT = 2017-05-19",
      also=[("intercepted", "had intercepted a ballistic")]),
    E("blamed", "kingdom blamed Iran", "DISAPPROVE", "Saudi Arabia", "Iran", ["Saudi Arabia", "Iran"], "occurred",
      span(FRI, DCT), "undated reaction to Friday's missile, reported Sunday: 05-19 to 05-21"),
    E("praised", "officials praised the tone", "SUPPORT", None, T, [T], "occurred", day(SUN),
      "same-day reaction to the Sunday speech, no date of its own = 2017-05-21"),
    E("criticised", "groups criticised the arms sales", "DISAPPROVE", None, "United States", ["United States"], "occurred",
      span(SAT, SUN), "undated reaction to Saturday's arms sales and Sunday's speech, reported Sunday: 05-20 to 05-21"),
    E("fly", "Trump will fly on Monday", "CONSULT", T, "Israel", [T, "Israel"], "planned", day(future(DCT, "Monday")),
      "'on Monday' in a future clause = 2017-05-22", mode="visit", loc="Israel"),
    E("meet", "due to meet Prime Minister", "CONSULT", T, "Benjamin Netanyahu", [T, "Benjamin Netanyahu"], "planned",
      day(future(DCT, "Monday")), "on the Monday trip to Israel = 2017-05-22", mode="visit", loc="Israel"),
    E("see", "will see Palestinian President", "CONSULT", T, "Mahmoud Abbas", [T, "Mahmoud Abbas"], "planned",
      day(future(DCT, "Tuesday")), "'on Tuesday' in a future clause = 2017-05-23", mode="visit", loc="Bethlehem"),
    E("meet", "meet Pope Francis", "CONSULT", T, "Pope Francis", [T, "Pope Francis"], "planned",
      day(future(DCT, "Wednesday")), "'On Wednesday he is due at the Vatican' = 2017-05-24", mode="visit", loc="Vatican City"),
    E("NATO summit", "a NATO summit in Brussels", "CONSULT", "NATO", None, ["NATO", T], "planned",
      day(future(DCT, "Thursday")), "'on Thursday' in a future clause = 2017-05-25", loc="Brussels"),
    E("meeting", "a meeting of the Group of Seven", "CONSULT", "G7", None, ["G7", T], "planned",
      day(future(DCT, "Friday")), "'on Friday' in a future clause = 2017-05-26", loc="Sicily"),
])


if __name__ == "__main__":
    build()
