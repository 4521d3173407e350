"""People the gazetteer lacks, introduced by a bare title before their name: "The interim president, Bah Ndaw,".

"the <modifiers> <title>, <Name Name>," (a description set off by a comma, then a name of two or more capitalized
words that the gazetteer does not know, closed by a comma or the sentence's end) is that person, with the title as
role; the description itself names the same person ("The interim president ... received": the one named). A state
or possessor before the title ("Mali's interim president, X,") is left to the description patterns of roles.yaml.
The resolver (``resolve.py`` ``run``) calls ``match_title_appositions`` with the titles it matched.
"""

from __future__ import annotations


def match_title_appositions(r, cands: list, titles: dict) -> list:
    """Person candidates (and the description before each name) for "the <title>, <Name Name>," in resolver ``r``."""
    from timeline.actors.resolve import _Cand, _covered

    toks, lower = r.tokens, r.lower
    n = len(toks)
    covered = _covered(cands)
    modifiers = r.roles.modifiers
    out: list = []
    for i, (j, title) in sorted(titles.items()):
        if not title.person_title or j + 3 >= n or toks[j].key != "," or any(x in covered for x in range(i, j)):
            continue
        a = i
        while a > 0 and lower[a - 1] in modifiers:
            a -= 1
        if a == 0 or lower[a - 1] not in r.rules.articles:
            continue  # ("Russia's president, X," / "its president, X,": the description patterns' case)
        a -= 1
        if any(toks[x].is_word and toks[x].is_capitalized for x in range(a + 1, i)):
            continue  # (a capitalized modifier: a name or a state, not a bare title)
        end = r._name_run(j + 1, covered)
        if end is None or end in titles or sum(1 for t in toks[j + 1:end] if t.is_word and t.key not in r.rules.particles) < 2:
            continue
        if j + 1 in titles:
            continue  # ("the president, Prime Minister X": a list of offices)
        if end < n and toks[end].key not in (",", ".", ";"):
            continue  # (the name must close the apposition: "the president, Bah Ndaw, said")
        name = r.text[toks[j + 1].start:toks[end - 1].end]
        actor = r._document_person(name, r._role_text(i, j, title), None, title)
        out.append(_Cand(j + 1, end, "person", "name", None, actor, title.category))
        out.append(_Cand(a, j, "body", "description", None, actor))
        covered.update(range(a, end))
    return out
