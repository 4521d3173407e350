"""An undated answer after the clause it answers: joined by a semicolon ("On Tuesday, air defences had intercepted a
missile fired by Houthi rebels; the kingdom blamed Iran") it lies between that act (Tuesday, though told in the
pluperfect) and the publication date, not after the last act of the sentence before; after ", and" it is not dated by
an offset that ends the clause before ("shot the balloon down a day later, and Beijing protested"). Short texts in
our own words, through the whole pipeline (reasoning included); each case states the range an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start"),
    [
        ("Saudi Arabia hosted Arab leaders in Riyadh on Thursday. Iran's foreign minister, Abbas Araghchi, dismissed "
         "the summit on Thursday as a show. On Tuesday, Saudi air defences had intercepted a ballistic missile fired "
         "by Houthi rebels towards Riyadh; the kingdom blamed Iran.", "DISAPPROVE", "blamed", date(2025, 3, 4)),
        ("Israel and Hamas agreed a truce on Monday. Israeli jets struck a convoy in Rafah on Wednesday; Egypt "
         "protested that Israel had violated the truce.", "DISAPPROVE", "protested", date(2025, 3, 5)),
    ],
)
def test_events_dating_answer_after_a_semicolon_follows_its_own_sentence(text, type_, trigger, start):
    event = the_event(events_of(text, DCT), type_, trigger)
    assert (event.date_start, event.date_end) == (start, DCT)


def test_events_dating_offset_ending_a_clause_of_an_unknown_verb_does_not_date_the_answer():
    """"An American jet shot the balloon down a day later, and Beijing protested": "a day later" ends the clause before
    (its verb is no event of the lexicon), so it does not date the protest, an answer up to the paper."""
    events = events_of("Blinken postponed the trip on February 3 after a Chinese balloon was spotted over the United "
                       "States. An American fighter jet shot the balloon down off the coast of South Carolina a day "
                       "later, and Beijing protested that Washington had overreacted.", DCT)
    protested = the_event(events, "DISAPPROVE", "protested")
    assert protested.date_basis != "expression" and protested.date_end == DCT
