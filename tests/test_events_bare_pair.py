"""A number standing alone for the pair told before ("The two agreed to ...", "Both also signed ..."): its parties are
the two last named in its own sentence, else the pair of the last act told together before; and a day reference
("that evening") after such a sentence counts from the day of the act that sentence continues."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_the_two_with_no_noun_are_the_pair_that_met():
    events = events_of("Macron met Scholz in Paris on Monday. The two agreed to deepen defence cooperation.")
    agree = the_event(events, "AGREE", "agreed")
    assert (agree.source_actor, agree.target_actor) == ("Emmanuel Macron", "Olaf Scholz")


def test_both_alone_with_an_adverb_are_the_pair_that_met():
    events = events_of("Modi held talks with Ramaphosa in New Delhi on Tuesday. Both also signed a trade agreement.")
    agree = the_event(events, "AGREE", "signed")
    assert (agree.source_actor, agree.target_actor) == ("Narendra Modi", "Cyril Ramaphosa")


def test_the_two_in_their_own_sentence_are_the_last_two_named_there():
    events = events_of("Macron met Scholz in Paris on Monday. On Tuesday Erdogan met Putin in Sochi; Putin raised the "
                       "grain corridor, and the two agreed to keep talking.")
    agree = the_event(events, "AGREE", "agreed")
    assert (agree.source_actor, agree.target_actor) == ("Recep Tayyip Erdoğan", "Vladimir Putin")


def test_a_number_before_a_noun_that_is_no_pair_word_finds_no_pair():
    events = events_of("Macron met Scholz in Paris on Monday. The two rivals signed a defence pact.")
    assert not [e for e in events if e.type == "AGREE" and e.source_actor == "Emmanuel Macron"], \
        [(e.type, e.trigger, e.source_actor) for e in events]
