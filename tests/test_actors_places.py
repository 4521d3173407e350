"""Places that are not actors (places.tsv): a city gives an event's location its state, so a
meeting there between two other states is third-party."""

from datetime import date

import pytest

from timeline.actors import load_gazetteer
from timeline.actors.gazetteer import parse_places
from timeline.errors import ResourceError
from timeline.model import Document
from timeline.pipeline import build_timeline


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_places_shipped_forms_name_their_state(gazetteer):
    assert gazetteer.places["Sochi"] == ("Sochi", "RUS")
    assert gazetteer.places["Saint Petersburg"] == ("St. Petersburg", "RUS")
    assert gazetteer.places["Camp David"][1] == "USA"
    # a capital is its state's metonym in the actor gazetteer, never a mere place
    assert "Moscow" not in gazetteer.places and "Doha" not in gazetteer.places


@pytest.mark.parametrize(
    "line, message",
    [
        ("Sochi\tXXX\t\t", "places.tsv:2: 'XXX' is not a state id"),
        ("Sochi", "places.tsv:2: expected name, state"),
        ("Moscow\tRUS\t\t", "places.tsv:2: 'Moscow' is already an actor's form"),
        ("Kazan\tRUS\tSochi\t", "places.tsv:2: 'Sochi' is listed twice"),
    ],
)
def test_places_bad_line_names_file_and_line(gazetteer, line, message):
    text = "Sochi\tRUS\t\t\n" + line + "\n" if "twice" in message else "# places\n" + line + "\n"
    with pytest.raises(ResourceError, match=message):
        parse_places(text, "places.tsv", gazetteer.entries)


def _events(text: str, dct: date):
    doc = Document(id="d", text=text, dct=dct, dct_source="cli")
    return build_timeline([doc], title="t", errors=[]).events


@pytest.mark.parametrize(
    "text, dct, location, mode",
    [
        ("Russian and Ukrainian delegations met in Istanbul on Tuesday.", date(2022, 3, 30), "Istanbul", "third-party"),
        ("Putin hosted Erdogan in Sochi on Monday for talks on Syria.", date(2021, 9, 30), "Sochi", "host"),
        ("Erdogan flew to Sochi on Monday to meet Putin.", date(2023, 9, 6), "Sochi", "visit"),
    ],
)
def test_events_consultation_in_a_known_city_gets_its_mode(text, dct, location, mode):
    (event,) = [e for e in _events(text, dct) if e.type == "CONSULT"]
    assert (event.location, event.mode) == (location, mode)


def test_events_visit_to_a_city_not_an_actor_is_located_there():
    (event,) = [e for e in _events("Macron traveled to Granada on Thursday for talks.", date(2023, 10, 6))
                if e.type == "CONSULT"]
    assert (event.location, event.mode, event.target_actor) == ("Granada", "visit", "Spain")
