"""A statement noun that only names the medium of the act before it ("condemned the shelling in a statement",
"welcomed the ruling in a written statement") is that act told with its medium, never a second telling; a statement
that is the act itself ("said in a statement that ...") stays one statement, and an act of another sentence stays
apart."""

from event_helpers import events_of, the_event


def test_condemnation_in_a_statement_is_one_act():
    events = events_of("The Kenyan government condemned the shelling of the refugee camp in a statement on Thursday.")
    assert [e.type for e in events] == ["DISAPPROVE"], [(e.type, e.trigger) for e in events]
    e = the_event(events, "DISAPPROVE", "condemned")
    assert str(e.date_start) == "2025-03-06"


def test_welcome_in_a_written_statement_is_one_act():
    events = events_of("Chile's foreign ministry welcomed the court's ruling in a written statement on Wednesday.")
    assert [e.type for e in events] == ["SUPPORT"], [(e.type, e.trigger) for e in events]


def test_saying_in_a_statement_stays_a_statement():
    events = events_of("Peru's foreign ministry said in a statement on Thursday that the border would stay closed.")
    assert [e.type for e in events] == ["STATEMENT"], [(e.type, e.trigger) for e in events]


def test_statement_of_its_own_sentence_stays_apart():
    events = events_of("The Kenyan government condemned the shelling of the refugee camp on Thursday. "
                       "On Friday the Ugandan foreign ministry issued a statement on the border talks.")
    assert sorted(e.type for e in events) == ["DISAPPROVE", "STATEMENT"], [(e.type, e.trigger) for e in events]


def test_condemnation_with_a_long_object_in_a_statement_is_one_act():
    events = events_of("Downing Street condemned the death of the jailed Belarusian opposition leader Ales Bialiatski "
                       "in a statement on Thursday.")
    assert [e.type for e in events] == ["DISAPPROVE"], [(e.type, e.trigger) for e in events]


def test_telling_set_off_by_its_speech_is_one_statement_dated_by_the_speech():
    events = events_of("Kenya's president told the UN General Assembly that rich nations must pay for climate damage, "
                       "in a speech last week.")
    assert [e.type for e in events] == ["STATEMENT"], [(e.type, e.trigger) for e in events]
    e = events[0]
    assert (str(e.date_start), str(e.date_end)) == ("2025-02-24", "2025-03-02")
