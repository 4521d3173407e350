"""Light, rule-based English inflection for trigger lemmas (no models, nothing to download).

``verb_forms("cancel")`` gives every form a news text may use with its tense: cancel (base),
cancels (present), canceled / cancelled (past), canceling / cancelling (ing). Over-generation is
harmless: a form that is not a word ("visitted") never matches anything.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def _third_person(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _doubles(word: str) -> bool:
    """Consonant-vowel-consonant ending: the last consonant may double (cancel -> cancelled)."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _past(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        return [word[:-1] + "ied"]
    forms = [word + "ed"]
    if _doubles(word):
        forms.append(word + word[-1] + "ed")
    return forms


def _ing(word: str) -> list[str]:
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return [word[:-1] + "ing"]
    forms = [word + "ing"]
    if _doubles(word):
        forms.append(word + word[-1] + "ing")
    return forms


def verb_forms(lemma: str) -> dict[str, str]:
    """Forms of a verb or verb phrase (the first word inflects) -> tense: base, present, past, ing."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms: dict[str, str] = {first + tail: "base", _third_person(first) + tail: "present"}
    for form in _past(first):
        forms.setdefault(form + tail, "past")
    for form in _ing(first):
        forms.setdefault(form + tail, "ing")
    return forms


def noun_forms(lemma: str) -> dict[str, str]:
    """Forms of a noun or noun phrase (the last word takes the plural) -> "noun"."""
    head, _, last = lemma.rpartition(" ")
    lead = f"{head} " if head else ""
    forms = {lemma: "noun"}
    if not (last.endswith("s") and not last.endswith("ss")):
        forms[lead + _third_person(last)] = "noun"
    return forms
