"""A headline's joint act and the body's acts of one of its parties (merging._one_side_under_headline), and a
speech to a sitting told with a weak saying verb (merging._required_object with cues.yaml ``audience_nouns``)."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

from timeline.model import Document
from timeline.pipeline import build_timeline

FRIDAY = date(2025, 3, 7)

_HEADLINE = "Portugal and Morocco seal water treaty at border post"
_BODY = (
    "FARO, Portugal, March 7, 2025 — Portugal and Morocco completed a Spanish-brokered agreement on their shared "
    "rivers on Friday, handing their signed letters to the mediators.\n\n"
    "In Rabat, Morocco's cabinet approved the final text the same morning, and the king signed it before the "
    "ceremony.\n"
)


def _titled(headline: str, body: str):
    text = headline + "\n\n" + body
    return build_timeline([Document(id="t", text=text, dct=FRIDAY, dct_source="cli", title=headline)]).events


def test_one_party_approval_is_not_the_headline_joint_act():
    events = _titled(_HEADLINE, _BODY)
    approved = the_event(events, "AGREE", "approved")
    assert approved.actors == ("Morocco",)
    assert not any(m.trigger.lower() == "seal" for m in approved.mentions)


def test_lead_naming_one_party_still_tells_the_headline_act():
    # the body's first dated act is the headline's, however few of its parties it names
    events = _titled("Sunak and von der Leyen strike Windsor deal",
                     "WINDSOR, England, March 7, 2025 — British Prime Minister Rishi Sunak and European Commission "
                     "President Ursula von der Leyen sealed a new agreement on Northern Ireland's trade rules on "
                     "Friday.\n")
    sealed = the_event(events, "AGREE", "sealed", how="mention")
    assert any(m.trigger.lower() == "deal" for m in sealed.mentions)


def test_told_a_joint_meeting_of_congress_is_a_statement_not_a_meeting():
    events = events_of("Modi told a joint meeting of Congress on Thursday that India stood with the United States.")
    assert [e.type for e in events] == ["STATEMENT"]


def test_told_a_meeting_of_ministers_is_still_a_meeting():
    events = events_of("Blinken told a meeting of NATO foreign ministers in Brussels on Tuesday that the alliance "
                       "stood united.")
    assert sorted(e.type for e in events) == ["CONSULT", "STATEMENT"]


def test_lead_sentence_tells_the_headline_act_whatever_parties_it_names():
    events = _titled(_HEADLINE, _BODY)
    lead = the_event(events, "AGREE", "agreement")
    assert any(m.trigger.lower() == "seal" for m in lead.mentions)
    assert {"Portugal", "Morocco"} <= set(lead.actors)
