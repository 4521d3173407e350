"""A pronoun of one gender never stands for a person of the other: "him"/"he"/"his" skip persons known to be women,
"her"/"she" persons known to be men (the gazetteer's ``gender:``, or a title word in the text: "Mr.", "Ms.");
a person of unknown gender fits either."""

from __future__ import annotations

import pytest
from event_helpers import events_of, the_event

from timeline.actors import load_gazetteer
from timeline.errors import ResourceError


def _target(text: str, trigger: str) -> str | None:
    return the_event(events_of(text), "CONSULT", trigger).target_actor


def _source(text: str, trigger: str, skip: int = 0) -> str | None:
    found = [e for e in events_of(text) if e.trigger == trigger]
    return found[skip].source_actor


def test_him_skips_a_woman_named_last():
    text = "Emmanuel Macron flew to Beijing with Angela Merkel on Monday. Xi Jinping hosted him on Tuesday."
    assert _target(text, "hosted") == "Emmanuel Macron"


def test_her_skips_a_man_named_last():
    text = "Annalena Baerbock flew to Kyiv with Olaf Scholz on Monday. Volodymyr Zelensky received her on Tuesday."
    assert _target(text, "received") == "Annalena Baerbock"


def test_her_still_takes_the_woman_named_last():
    text = "Emmanuel Macron flew to Beijing with Angela Merkel on Monday. Xi Jinping hosted her on Tuesday."
    assert _target(text, "hosted") == "Angela Merkel"


def test_him_with_only_a_woman_before_has_no_person_target():
    text = "Dilma Rousseff flew to Beijing on Monday. Chinese President Xi Jinping hosted him at the Great Hall."
    assert _target(text, "hosted") != "Dilma Rousseff"


def test_subject_she_skips_the_man_who_was_subject_before():
    text = "Olaf Scholz met Annalena Baerbock in Berlin on Monday. She met Sergey Lavrov in Moscow on Tuesday."
    assert _source(text, "met", 1) == "Annalena Baerbock"


def test_subject_he_skips_the_woman_who_was_subject_before():
    text = "Annalena Baerbock met Olaf Scholz in Berlin on Monday. He met Sergey Lavrov in Moscow on Tuesday."
    assert _source(text, "met", 1) == "Olaf Scholz"


def test_person_of_unknown_gender_fits_him():
    """A person the text introduces without a title word has no gender: "him" may be them."""
    text = ("Olaf Scholz flew to Kyiv with Turkey's ambassador, Aylin Kaya, on Monday. Kaya was upbeat. "
            "Volodymyr Zelensky received him on Tuesday.")
    assert _target(text, "received") == "Aylin Kaya"


def test_title_word_in_the_text_gives_the_gender():
    text = ("Olaf Scholz flew to Kyiv with Turkey's ambassador, Aylin Kaya, on Monday. Ms. Kaya was upbeat. "
            "Volodymyr Zelensky received him on Tuesday.")
    assert _target(text, "received") == "Olaf Scholz"


def test_title_mr_keeps_her_off_a_man():
    text = ("Annalena Baerbock flew to Kyiv with Turkey's ambassador, Serdar Kilic, on Monday. Mr. Kilic was upbeat. "
            "Volodymyr Zelensky received her on Tuesday.")
    assert _target(text, "received") == "Annalena Baerbock"


def _write(tmp_path, text: str):
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_gazetteer_gender_is_read(tmp_path):
    shipped = load_gazetteer()
    assert shipped.get("angela-merkel").gender == "f"
    assert shipped.get("emmanuel-macron").gender == "m"
    user = load_gazetteer(_write(tmp_path, """
people:
  - {id: jane-roe, name: Jane Roe, gender: f, country: FRA, role: Special Envoy, from: 2025-01-01, checked: 2025-10-01}
  - {id: sam-roe, name: Sam Roe, country: FRA, role: Special Envoy, from: 2025-01-01, checked: 2025-10-01}
"""))
    assert user.get("jane-roe").gender == "f"
    assert user.get("sam-roe").gender is None  # optional: unknown when left out


@pytest.mark.parametrize("value", ["x", "male", "F"])
def test_gazetteer_refuses_a_bad_gender_with_file_and_line(tmp_path, value):
    path = _write(tmp_path, f"people:\n  - {{id: x, name: X, gender: {value}, role: President, checked: 2025-01-01}}\n")
    with pytest.raises(ResourceError) as err:
        load_gazetteer(path)
    assert err.value.what.startswith(f"{path}:2: gender '{value}' unknown")
    assert err.value.fix


def test_user_gender_changes_which_pronoun_fits(tmp_path):
    """An entry without gender fits "her"; with gender: m it does not (the user file's entries reach the events)."""
    from timeline.model import Document
    from timeline.pipeline import build_timeline
    from event_helpers import FRIDAY
    text = "Annalena Baerbock flew to Kyiv with Sam Roe on Monday. Volodymyr Zelensky received her on Tuesday."
    entry = "  - {{id: sam-roe, name: Sam Roe, {g}country: FRA, role: Special Envoy, from: 2025-01-01, checked: 2025-10-01}}\n"
    got = {}
    for g in ("", "gender: m, "):
        path = _write(tmp_path, "people:\n" + entry.format(g=g))
        events = build_timeline([Document(id="t", text=text, dct=FRIDAY, dct_source="cli")], actors_file=path).events
        got[g] = next(e for e in events if e.trigger == "received").target_actor
    assert got == {"": "Sam Roe", "gender: m, ": "Annalena Baerbock"}


def test_she_in_a_reported_clause_is_the_woman_just_named_not_an_earlier_subject():
    text = ("Justin Trudeau flew to Florida with his adviser, Paul Roe, on Monday. Roe said the talks went well. "
            "Donald Trump spoke with Claudia Sheinbaum on Wednesday. He said afterwards that she had agreed to "
            "stop migration.")
    assert the_event(events_of(text), None, "agreed").source_actor == "Claudia Sheinbaum"


def test_urged_him_to_sign_makes_the_man_told_of_the_signer():
    text = "Joe Biden met Angela Merkel and Olaf Scholz in Berlin on Monday, and urged him to sign a deal."
    deal = the_event(events_of(text), "AGREE", "sign")
    assert (deal.source_actor, deal.target_actor) == ("Olaf Scholz", None)


def test_urged_them_to_sign_keeps_both_told_of():
    """"them" has no gender: the signer is still the first person told of."""
    text = "Joe Biden met Angela Merkel in Berlin on Monday, and urged them to sign a deal."
    assert the_event(events_of(text), "AGREE", "sign").source_actor == "Angela Merkel"


@pytest.mark.parametrize(("text", "visitor"), [
    ("Emmanuel Macron thanked Angela Merkel on Monday at the end of his visit to Berlin.", "Emmanuel Macron"),
    ("Angela Merkel thanked Emmanuel Macron on Monday at the end of her visit to Paris.", "Angela Merkel"),
])
def test_his_her_visit_belongs_to_the_person_of_that_gender(text, visitor):
    assert the_event(events_of(text), "CONSULT", "visit").source_actor == visitor
