"""--breakdown: content-free traits of the gold events missed for want of a lexicon form (counts only).

Three reasons of ``miss_reason`` ("no form", "a one-word form there but no candidate: objects required but none
there", "a word opens only longer forms (none matched)") are described by the shape of the gold trigger, what
stands after it, where the objects its entry requires are, and how far the best longer form went. No word of the
text is ever printed, only classes and closed-class grammar words (prepositions, determiners, auxiliaries)."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# closed-class grammar words only (their names may be printed)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "each", "every", "all",
                "both", "another", "other", "such"}
_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your", "whose"}
_PRONOUNS = {"it", "they", "them", "him", "he", "she", "we", "us", "i", "you", "me", "itself", "themselves",
             "himself", "herself"}
_PREPOSITIONS = {"with", "to", "on", "in", "at", "for", "of", "from", "by", "about", "against", "over", "into",
                 "between", "after", "before", "during", "under", "through", "across", "toward", "towards", "off",
                 "out", "up", "down", "as", "amid", "among", "without", "upon", "around", "back", "away", "along"}
_AUX = {"has", "have", "had", "was", "were", "been", "is", "are", "be", "being", "am"}
_MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "did", "does", "do"}
_CONJ = {"and", "or", "but", "nor"}
_REL = {"that", "which", "who", "whom"}
_QUOTES = {'"', "“", "”", "‘", "’", "'"}


def _tokens(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], int, int]:
    """The tokens of the sentence holding [start, end) as (start, end, word), and the index of the first token
    inside and after the span."""
    a = max(text.rfind("\n", 0, start), max((m.end() - 1 for m in re.finditer(r"[.!?][\"”’]?\s+(?=[\"“A-Z])",
                                                                                 text[max(0, start - 600):start])),
                                            default=-1) + max(0, start - 600))
    m = re.search(r"[.!?][\"”’]?(\s+[\"“A-Z]|\s*$)|\n", text[end:end + 800])
    b = end + (m.start() + 1 if m else 800)
    toks = [(a + 1 + x.start(), a + 1 + x.end(), x.group()) for x in _TOKEN.finditer(text[a + 1:b])]
    i0 = next((i for i, t in enumerate(toks) if t[1] > start), len(toks))
    i1 = next((i for i, t in enumerate(toks) if t[0] >= end), len(toks))
    return toks, i0, i1


def _kind(word: str, first_in_sentence: bool = False) -> str:
    """A word's class (never the word, but for closed-class grammar words)."""
    low = word.lower()
    if low in _DETERMINERS:
        return "determiner"
    if low in _POSSESSIVES:
        return "possessive"
    if low in _PRONOUNS:
        return "pronoun"
    if low in _PREPOSITIONS:
        return f"prep {low}"
    if low in _AUX or low in _MODALS:
        return f"aux {low}"
    if low in _CONJ:
        return "and/or/but"
    if low in _REL:
        return "that/which/who"
    if word in _QUOTES:
        return "quote"
    if low in ("'s", "’s", "s"):
        return "'s"
    if not word[:1].isalnum():
        return f"punct {word}" if word in ",.;:()—-" else "punct other"
    if word[:1].isdigit():
        return "number"
    if word[:1].isupper() and not first_in_sentence:
        return "capitalised"
    if low.endswith("ly"):
        return "adverb -ly"
    if low.endswith(("al", "ic", "ive", "ary", "ous", "ful", "less", "ble", "ian", "ese", "ish")):
        return "adjective-like"
    if low.endswith("ing"):
        return "-ing word"
    if low.endswith("ed"):
        return "-ed word"
    if low.endswith("s"):
        return "-s word"
    return "other word"


def _shape(toks, i0: int, i1: int) -> str:
    """The gold trigger's shape: its first word's inflection and what stands just before it."""
    w = toks[i0][2].lower() if i0 < len(toks) else ""
    prev = toks[i0 - 1][2].lower() if i0 > 0 else ""
    n = i1 - i0
    words = "1 word" if n <= 1 else ("2 words" if n == 2 else "3+ words")
    if prev in _AUX and (w.endswith(("ed", "en")) or w.endswith("ing")):
        form = f"after {prev}: " + ("-ing" if w.endswith("ing") else "participle")
    elif prev in _MODALS:
        form = f"after {prev}: base"
    elif prev in _DETERMINERS or prev in _POSSESSIVES or prev in ("'s", "’s") or prev[:1].isdigit():
        form = "after a determiner/possessive/number: " + ("-ing" if w.endswith("ing") else "-s" if w.endswith("s")
                                                           else "-ed" if w.endswith("ed") else "other")
    elif w.endswith("ing"):
        form = "-ing"
    elif w.endswith("ed"):
        form = "-ed"
    elif w.endswith("s"):
        form = "-s"
    elif w[:1].isupper() or (toks[i0][2][:1].isupper() if i0 < len(toks) else False):
        form = "capitalised"
    else:
        form = "other"
    return f"{form} ({words})"


def _stem(w: str) -> str:
    w = w.lower()
    for suf in ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "y"):
        if len(w) - len(suf) >= 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


_STEMS: dict = {}


def _in_lexicon(words: list[str], lex) -> str:
    """Whether some inflection of one of the trigger's words opens or ends a lexicon form."""
    if id(lex) not in _STEMS:
        stems_first = {}
        stems_any = {}
        for form, options in lex.forms.items():
            ws = form.split()
            for e, _ in options:
                stems_first.setdefault(_stem(ws[0]), set()).add((e.type, e.pos, len(ws)))
                for x in ws[1:]:
                    stems_any.setdefault(_stem(x), set()).add((e.type, e.pos, len(ws)))
        _STEMS[id(lex)] = (stems_first, stems_any)
    stems_first, stems_any = _STEMS[id(lex)]
    if any((w,) in lex.form_index.get(w, ()) for w in words):
        return "the word itself is a one-word form"
    if any(w in lex.form_index for w in words):
        return "the word itself opens longer forms only"
    for w in words:
        got = stems_first.get(_stem(w))
        if got:
            one = any(n == 1 for _, _, n in got)
            return ("another inflection opens a form" + (" (one-word)" if one else " (longer only)")
                    + " " + "/".join(sorted({p for _, p, _ in got})))
    for w in words:
        if _stem(w) in stems_any:
            return "inside some longer form only"
    return "none"


def _types_of(word: str, lex) -> str:
    got = sorted({e.type for e, _ in lex.forms.get(word, ())})
    return "+".join(got) if got else "-"


def form_traits(why: str, spans, text: str, lex, gold_type: str) -> dict[str, str]:
    """Traits of a gold trigger missed for one of the three form reasons (empty for the others)."""
    if not (why == "no form" or why.startswith("a word opens only") or "objects required" in why):
        return {}
    toks, i0, i1 = _tokens(text, spans[0][0], spans[0][1])
    words = [t[2] for t in toks[i0:i1]]
    low = [w.lower() for w in words]
    out = {"shape": _shape(toks, i0, i1), "gold type": gold_type}
    out["an inflection in the lexicon"] = _in_lexicon(low, lex)
    out["shape x lexicon"] = out["shape"] + " | " + out["an inflection in the lexicon"]
    after = toks[i1][2] if i1 < len(toks) else ""
    out["word after the trigger"] = _kind(after) if after else "end of sentence"
    out["sentence names someone after with/to/on/between"] = "yes" if any(
        t[2].lower() in ("with", "to", "on", "between") and k + 1 < len(toks) and toks[k + 1][2][:1].isupper()
        for k, t in enumerate(toks) if k >= i1) else "no"
    index = lex.form_index
    if "objects required" in why:
        k = next((i for i in range(i0, i1) if (toks[i][2].lower(),) in index.get(toks[i][2].lower(), ())), i0)
        w = toks[k][2].lower()
        entries = [e for e, _ in lex.forms.get(w, ())]
        objs = {o for e in entries for o in e.objects}
        out["entry types"] = _types_of(w, lex) + (" (gold agrees)" if gold_type in _types_of(w, lex) else "")
        out["trigger position in gold span"] = "first word" if k == i0 else "later word"
        after = toks[k + 1][2] if k + 1 < len(toks) else ""
        out["word after the form"] = _kind(after) if after else "end of sentence"
        two = " ".join(_kind(t[2]) for t in toks[k + 1:k + 3]) or "end of sentence"
        out["two words after the form"] = two
        dist = next((j - k for j in range(k + 1, len(toks)) if toks[j][2].lower() in objs), None)
        before = next((k - j for j in range(k - 1, -1, -1) if toks[j][2].lower() in objs), None)
        sdist = next((j - k for j in range(k + 1, len(toks)) if _stem(toks[j][2]) in {_stem(o) for o in objs}), None)
        out["a required object word after it"] = ("no" if dist is None else "1-3 words" if dist <= 3
                                                  else "4-8 words" if dist <= 8 else "9+ words")
        out["a required object's stem after it (other inflection)"] = "no" if sdist is None or sdist == dist else \
            f"yes at {sdist if sdist <= 8 else '9+'}"
        out["a required object word before it"] = "no" if before is None else (
            "1-3 words" if before <= 3 else "4-8 words" if before <= 8 else "9+ words")
        prev = toks[k - 1][2].lower() if k > 0 else ""
        out["word before the form"] = _kind(toks[k - 1][2], k - 1 == 0) if k > 0 else "sentence start"
        out["passive/relative before"] = ("passive aux" if prev in _AUX else "relative" if any(
            toks[j][2].lower() in _REL for j in range(max(0, k - 3), k)) else "no")
        nxt = [_kind(t[2]) for t in toks[k + 1:k + 9]]
        out["first noun-ish after (class)"] = next((c for c in nxt if c in ("capitalised", "-s word", "other word",
                                                                             "pronoun", "number")), "none")
        out["required objects listed"] = f"{len(objs)}" if len(objs) < 5 else "5+"
    elif why.startswith("a word opens only"):
        best, best_n, first_bad, skip1, stem_ok = None, 0, "-", "no", "no"
        for k in range(i0, i1):
            w = toks[k][2].lower()
            for form in index.get(w, ()):
                if len(form) < 2:
                    continue
                n = 1
                while n < len(form) and k + n < len(toks) and toks[k + n][2].lower() == form[n]:
                    n += 1
                if n > best_n or best is None:
                    best, best_n = (k, form), n
                # one modifier inserted: the rest of the form right after one more word
                if n < len(form) and k + n + 1 + len(form) - n <= len(toks) and all(
                        toks[k + n + 1 + m][2].lower() == form[n + m] for m in range(len(form) - n)):
                    skip1 = f"yes, a {_kind(toks[k + n][2])}"
                if n < len(form) and k + n < len(toks) and _stem(toks[k + n][2]) == _stem(form[n]) and all(
                        k + n + 1 + m < len(toks) and toks[k + n + 1 + m][2].lower() == form[n + 1 + m]
                        for m in range(len(form) - n - 1)):
                    stem_ok = "yes"
        if best is not None:
            k, form = best
            out["best longer form: words matched"] = f"{best_n} of {len(form)}"
            first_bad = _kind(toks[k + best_n][2]) if k + best_n < len(toks) else "end of sentence"
            out["expected word (class)"] = _kind(form[best_n]) if best_n < len(form) else "-"
            out["entry types of the forms"] = "+".join(sorted({e.type for f in index.get(form[0], ()) if len(f) > 1
                                                               for e, _ in lex.forms.get(" ".join(f), ())}))
        out["first mismatching word"] = first_bad
        out["one modifier inserted would match"] = skip1
        out["another inflection of the mismatching word would match"] = stem_ok
        out["opening word: part of speech of its forms"] = "/".join(sorted({
            e.pos for k in range(i0, i1) for f in index.get(toks[k][2].lower(), ()) for e, _ in
            lex.forms.get(" ".join(f), ())})) or "-"
    else:  # no form
        prev = toks[i0 - 1][2] if i0 > 0 else ""
        out["word before"] = _kind(prev, i0 - 1 == 0) if prev else "sentence start"
        out["two words after"] = " ".join(_kind(t[2]) for t in toks[i1:i1 + 2]) or "end of sentence"
    return out


def print_form_traits(rows: list[dict[str, str]], out) -> None:
    """Per reason, counts of each trait."""
    if not rows:
        return
    print(f"\nMissed gold events for want of a form, traits ({len(rows)}):", file=out)
    groups = Counter(r["reason"] for r in rows)
    for reason, n in groups.most_common():
        sub = [r for r in rows if r["reason"] == reason]
        keys = [k for k in sub[0] if k != "reason"]
        for r in sub:
            keys += [k for k in r if k not in keys and k != "reason"]
        for key in keys:
            c = Counter(r.get(key, "-") for r in sub)
            print(f"  {reason} / {key}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()), file=out)
