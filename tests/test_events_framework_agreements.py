"""An agreement noun after "under" ("withdrew ... under a Qatari-brokered accord") names the frame of the act it
follows, not an agreement made then; an agreement signed in its own clause stays an event, and "Under the deal"
after it is no second agreement."""

from event_helpers import events_of, the_event


def test_act_under_an_accord_makes_no_agreement():
    events = events_of("Kenyan troops and Somali militias began withdrawing heavy weapons from the front line on "
                       "Wednesday under a Qatari-brokered accord.")
    assert [e.type for e in events] == ["RETREAT"], [(e.type, e.trigger) for e in events]


def test_signed_agreement_stays_an_event():
    events = events_of("Kenya and Somalia signed a ceasefire agreement in Doha on Wednesday.")
    e = the_event(events, "AGREE", "agreement")
    assert str(e.date_start) == "2025-03-05"


def test_under_the_deal_after_the_signing_is_no_second_agreement():
    events = events_of("Kenya and Somalia signed a ceasefire agreement in Doha on Wednesday. "
                       "Under the deal, both sides will pull back their artillery.")
    assert [e.type for e in events].count("AGREE") == 1, [(e.type, e.trigger) for e in events]
