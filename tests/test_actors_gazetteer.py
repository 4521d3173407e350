"""The shipped gazetteer: complete, dated, valid; user files extend or override it; bad files fail
with ``file:line: what is wrong``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.errors import ResourceError

DCT = date(2025, 10, 21)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_gazetteer_shipped_is_cached(gazetteer):
    assert load_gazetteer() is gazetteer


def test_gazetteer_states_cover_un_members_observers_kosovo_taiwan(gazetteer):
    states = [e for e in gazetteer.entries.values() if e.actor.kind == "state"]
    assert len(states) == 193 + 2 + 2
    for code in ("RUS", "UKR", "USA", "VAT", "PSE", "XKX", "TWN", "SSD", "TUR"):
        assert gazetteer.get(code).actor.kind == "state"


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("RUS", ["Russia", "Russian", "Russians", "Moscow", "Kremlin"]),
        ("USA", ["United States", "U.S.", "US", "American", "Washington", "White House"]),
        ("GBR", ["Britain", "British", "London", "Downing Street"]),
        ("FRA", ["France", "French", "Paris", "Elysee", "Élysée"]),
        ("UKR", ["Ukraine", "Ukrainian", "Kyiv", "Kiev"]),
        ("CHN", ["China", "Chinese", "Beijing"]),
        ("TUR", ["Türkiye", "Turkey", "Turkish", "Ankara"]),
    ],
)
def test_gazetteer_state_forms(gazetteer, code, forms):
    for form in forms:
        mentions = find_actor_mentions(f"Officials in {form} spoke.", gazetteer, dct=DCT)
        assert [m.actor.id for m in mentions] == [code], form


def test_gazetteer_every_entry_has_checked_date(gazetteer):
    for entry in gazetteer.entries.values():
        assert isinstance(entry.checked, date), entry.source
        assert date(2024, 1, 1) <= entry.checked <= date(2026, 12, 31), entry.source


@pytest.mark.parametrize(
    ("country", "category", "holder"),
    [
        ("USA", "head_of_state", "donald-trump"),
        ("USA", "foreign_minister", "marco-rubio"),
        ("RUS", "head_of_state", "vladimir-putin"),
        ("RUS", "foreign_minister", "sergey-lavrov"),
        ("RUS", "spokesperson", "dmitry-peskov"),
        ("UKR", "head_of_state", "volodymyr-zelensky"),
        ("CHN", "head_of_state", "xi-jinping"),
        ("DEU", "head_of_government", "friedrich-merz"),
        ("GBR", "head_of_government", "keir-starmer"),
        ("JPN", "head_of_government", "shigeru-ishiba"),  # Takaichi took office on the 21st
        ("ISR", "head_of_government", "benjamin-netanyahu"),
        ("IRN", "foreign_minister", "abbas-araghchi"),
        ("HUN", "foreign_minister", "peter-szijjarto"),
        ("UN", "organization_head", "antonio-guterres"),
        ("NATO", "organization_head", "mark-rutte"),
        ("EU", "foreign_minister", "kaja-kallas"),
    ],
)
def test_gazetteer_office_holder_on_date(gazetteer, country, category, holder):
    found = gazetteer.holder(country, category, date(2025, 10, 20))
    assert found is not None and found.id == holder


@pytest.mark.parametrize(
    ("country", "category", "day", "holder"),
    [
        ("USA", "head_of_state", date(2023, 6, 1), "joe-biden"),
        ("USA", "foreign_minister", date(2023, 6, 1), "antony-blinken"),
        ("GBR", "head_of_government", date(2023, 6, 1), "rishi-sunak"),
        ("DEU", "head_of_government", date(2023, 6, 1), "olaf-scholz"),
        ("JPN", "head_of_government", date(2023, 6, 1), "fumio-kishida"),
        ("UKR", "foreign_minister", date(2023, 6, 1), "dmytro-kuleba"),
        ("RUS", "head_of_government", date(2010, 6, 1), "vladimir-putin"),
    ],
)
def test_gazetteer_predecessors_hold_office_in_their_time(gazetteer, country, category, day, holder):
    assert gazetteer.holder(country, category, day).id == holder


def test_gazetteer_description_examples_match(gazetteer):
    """Every description pattern in roles.yaml carries examples; each is recognized as a description."""
    context = "Li Qiang, Vladimir Putin, Donald Trump, Sergey Lavrov and Marco Rubio met. "
    checked = 0
    for pattern in gazetteer.roles.descriptions:
        assert pattern.examples, pattern.id
        for example in pattern.examples:
            text = context + example + " spoke."
            mentions = find_actor_mentions(text, gazetteer, dct=DCT)
            found = [m for m in mentions if m.via == "description" and m.text in (example, example.removeprefix("the "))]
            assert found, f"{pattern.id}: {example!r} -> {[(m.text, m.via) for m in mentions]}"
            checked += 1
    assert checked >= 10


# --- user files -------------------------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_gazetteer_user_file_extends(tmp_path, gazetteer):
    path = _write(tmp_path, """
people:
  - {id: jane-doe, name: Jane Doe, aliases: [Doe], country: FRA, role: Special Envoy, from: 2025-01-01, checked: 2025-10-01}
organizations:
  - {id: ACME, name: Acme Peace Forum, acronyms: [APF], checked: 2025-10-01}
""")
    extended = load_gazetteer(path)
    assert len(extended) == len(gazetteer) + 2
    mentions = find_actor_mentions("Jane Doe flew to the APF meeting; Doe said little.", extended, dct=DCT)
    assert [(m.text, m.actor.id, m.actor.source) for m in mentions] == [
        ("Jane Doe", "jane-doe", "user"), ("APF", "ACME", "user"), ("Doe", "jane-doe", "user")]
    assert load_gazetteer() is gazetteer  # the shipped one is untouched


def test_gazetteer_user_file_adds_territory(tmp_path):
    path = _write(tmp_path, """
territories:
  - {id: ESSEQUIBO, name: Essequibo, country: GUY, disputed_with: [VEN], checked: 2025-10-01}
""")
    (mention,) = find_actor_mentions("Venezuela renewed its claim to Essequibo on Monday.", load_gazetteer(path), dct=DCT)[1:]
    assert (mention.actor.id, mention.actor.kind, mention.actor.country) == ("ESSEQUIBO", "territory", "GUY")


def test_gazetteer_user_file_overrides_existing_id(tmp_path):
    path = _write(tmp_path, """
people:
  - {id: sergey-lavrov, name: Sergei V. Lavrov, aliases: [Lavrov], country: RUS, role: Foreign Minister, from: 2004-03-09, checked: 2025-10-01}
""")
    (mention,) = find_actor_mentions("Lavrov said so.", load_gazetteer(path), dct=DCT)
    assert (mention.actor.id, mention.actor.name, mention.actor.source) == ("sergey-lavrov", "Sergei V. Lavrov", "user")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("people:\n  - {id: x, name: X, country: ZZZ, role: President, checked: 2025-01-01}\n",
         "actors.yaml:2: unknown country code 'ZZZ'"),
        ("people:\n  - {id: x, name: X, country: FRA, role: President, from: 2025-13-01, checked: 2025-01-01}\n",
         "actors.yaml:2: 'from: 2025-13-01' is not a real date"),
        ("people:\n  - {id: x, name: X, country: FRA, role: Grand Vizier, checked: 2025-01-01}\n",
         "actors.yaml:2: role 'Grand Vizier' is not in roles.yaml"),
        ("people:\n  - {id: x, name: X, role: President, checked: 2025-01-01}\n  - {id: x, name: Y, role: President, checked: 2025-01-01}\n",
         "actors.yaml:3: duplicate id 'x'"),
        ("people:\n  - {id: x, name: X, role: President}\n",
         "actors.yaml:2: people entry without 'checked'"),
        ("people:\n  - {id: x, name: X, role: President, checked: 2025-01-01, colour: red}\n",
         "actors.yaml:2: unknown key 'colour' in a people entry"),
        ("states:\n  - {id: Ruritania, name: Ruritania, checked: 2025-01-01}\n",
         "actors.yaml:2: state id 'Ruritania' is not an ISO 3166-1 alpha-3 code"),
        ("people:\n  - {id: x, name: X, role: President, from: 2025-05-01, to: 2025-01-01, checked: 2025-01-01}\n",
         "actors.yaml:2: 'to: 2025-01-01' is before 'from: 2025-05-01'"),
        ("people:\n  - {id: x, name: [X, checked: 2025-01-01}\n",
         "actors.yaml:2: not valid YAML"),
        ("leaders:\n  - {id: x}\n",
         "actors.yaml:1: unknown section 'leaders'"),
        ("territories:\n  - {id: T, name: Ruritanian Marches, checked: 2025-01-01}\n",
         "actors.yaml:2: a territory needs 'country'"),
        ("territories:\n  - {id: T, name: Ruritanian Marches, country: FRA, disputed_with: [ZZZ], checked: 2025-01-01}\n",
         "actors.yaml:2: unknown country code 'ZZZ' in disputed_with"),
    ],
)
def test_gazetteer_bad_user_file_names_line(tmp_path, text, message):
    with pytest.raises(ResourceError) as err:
        load_gazetteer(_write(tmp_path, text))
    assert err.value.what.startswith(str(tmp_path / message.split(":")[0]) + ":" + message.split(":", 1)[1])
    assert err.value.fix


def test_gazetteer_missing_user_file(tmp_path):
    with pytest.raises(ResourceError) as err:
        load_gazetteer(tmp_path / "nope.yaml")
    assert "not found" in err.value.what and err.value.fix


def test_gazetteer_user_file_reaches_the_timeline(tmp_path):
    """--actors FILE: build_timeline loads the user file and its people appear as actors."""
    from timeline.model import Document
    from timeline.pipeline import build_timeline

    path = _write(tmp_path, """
people:
  - {id: jane-doe, name: Jane Doe, aliases: [Doe], country: FRA, role: Special Envoy, from: 2025-01-01, checked: 2025-10-01}
""")
    doc = Document(id="d1", text="Jane Doe met Sergey Lavrov in Moscow on Monday.", dct=DCT)
    timeline = build_timeline([doc], actors_file=path)
    assert "jane-doe" in {a.id for a in timeline.actors}
