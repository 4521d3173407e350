"""Part of a legislature, opened by "some"/"several" and naming no state, criticising its own leaders is domestic
politics, no event of the timeline; foreign lawmakers named by their state, and a government, still make one."""

from event_helpers import events_of, the_event


def test_some_party_lawmakers_criticising_make_no_event():
    events = events_of("Biden met Putin in Geneva on Wednesday. Some Republican lawmakers criticised the meeting on "
                       "Wednesday as a gift to the Kremlin.")
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger) for e in events]


def test_some_members_of_parliament_who_accused_make_no_event():
    events = events_of("Sunak met the King on Monday. The audience drew criticism from some Conservative members of "
                       "parliament, who accused Downing Street of drawing the monarch into politics.")
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger) for e in events]


def test_foreign_lawmakers_named_by_their_states_still_criticise():
    events = events_of("Macron spoke about Taiwan on Sunday. Several German and Polish lawmakers criticised the "
                       "remarks on Monday.")
    e = the_event(events, "DISAPPROVE", "criticised")
    assert str(e.date_start) == "2025-03-03"


def test_government_criticising_stays_an_event():
    events = events_of("Biden met Putin in Geneva on Wednesday. The Ukrainian government criticised the meeting on "
                       "Wednesday.")
    assert "DISAPPROVE" in [e.type for e in events], [(e.type, e.trigger) for e in events]
