"""One event told twice is one record, two events told side by side stay two (issue #4: mentions of one event
merge, each kept as evidence).

* a definite noun opening the next sentence names the act told before in its own word or in the head of that act's
  object ("announced new tariffs ... The tariffs"); a date of its own in a relative clause must fall on the act's
  days; a noun naming other parties is another act;
* a saying, praise or criticism joined by "and" to one of the same type by the same speaker is one telling
  (``one_telling_types``), not a demand, a measure, a commitment or a verb of another type;
* a noun of the verb's type after "in" right after the verb ("released ... in a prisoner swap") is that act.
"""

from __future__ import annotations

from event_helpers import events_of


def _of(text: str, type_: str):
    return [e for e in events_of(text) if e.type == type_]


def _words(e) -> list[str]:
    return [m.trigger.lower() for m in e.mentions]


def test_the_object_of_an_act_named_again_is_that_act():
    evs = _of("Canada announced new tariffs on American steel on Wednesday. The tariffs, which took effect at "
              "midnight, were a response to US duties.", "SANCTION")
    canada = [e for e in evs if e.source_actor == "Canada"]
    assert len(canada) == 1 and _words(canada[0]).count("tariffs") == 2
    assert len(evs) == 2  # (and the US duties it answers stay an event of their own)


def test_a_relative_clause_dating_the_noun_elsewhere_keeps_it_apart():
    evs = _of("Canada announced new tariffs on American steel on Wednesday. The tariffs, which took effect in "
              "January, were a response to US duties.", "SANCTION")
    assert len(evs) == 3  # the January tariffs are not Wednesday's


def test_a_definite_noun_of_an_agreement_in_another_word_is_that_agreement():
    evs = _of("Kenya and Somalia agreed on Wednesday to reopen their common border. The agreement ends a dispute "
              "of ten years.", "AGREE")
    assert len(evs) == 1 and "agreement" in _words(evs[0])


def test_a_definite_noun_of_a_measure_in_another_word_is_that_measure():
    evs = _of("Russia expelled 60 American diplomats on Thursday. The expulsions were a response to the poisoning "
              "in Britain.", "SANCTION")
    assert len(evs) == 1 and "expulsions" in _words(evs[0])


def test_a_definite_noun_naming_other_parties_is_another_agreement():
    evs = _of("Kenya and Somalia agreed on Monday to reopen their border. The agreement between Ethiopia and "
              "Eritrea, signed in 2018, ended a long war.", "AGREE")
    assert len(evs) == 2


def test_praise_and_thanks_of_one_speaker_joined_by_and_are_one_statement():
    evs = _of("Israeli Prime Minister Benjamin Netanyahu welcomed the announcement on Thursday and thanked Trump "
              "for his leadership.", "SUPPORT")
    assert len(evs) == 1 and {"welcomed", "thanked"} <= set(_words(evs[0]))


def test_a_criticism_and_a_demand_joined_by_and_stay_two():
    text = "The French foreign ministry condemned the strikes on Thursday and urged restraint on all sides."
    assert len(_of(text, "DISAPPROVE")) == 1 and len(_of(text, "DEMAND")) == 1


def test_two_measures_joined_by_and_stay_two():
    evs = _of("Russia expelled 60 American diplomats on Thursday and closed the US consulate in St Petersburg.",
              "SANCTION")
    assert len(evs) == 2


def test_a_saying_and_a_promise_joined_by_and_stay_two():
    evs = [e for e in events_of("Pakistan said on Thursday the raid had failed and promised to respond at a time of "
                                "its choosing.") if e.source_actor == "Pakistan"]
    assert len(evs) == 2


def test_two_demands_joined_by_and_stay_two():
    evs = _of("The EU urged Iran on Thursday to return to the nuclear deal and called on Israel to show restraint.",
              "DEMAND")
    assert len(evs) == 2


def test_a_noun_framing_the_act_after_in_is_that_act():
    evs = _of("Russia released three Americans in a prisoner swap on Wednesday.", "CONCEDE")
    assert len(evs) == 1 and {"released", "prisoner swap"} <= set(_words(evs[0]))


def test_a_noun_of_another_type_after_in_is_no_part_of_the_act():
    evs = events_of("Israel and Hamas agreed on Wednesday to extend the truce, in talks hosted by Egypt in Cairo.")
    assert {e.type for e in evs} >= {"AGREE", "CONSULT"}


def test_a_sentence_set_at_the_occasion_just_told_names_that_occasion():
    evs = _of("NATO leaders gathered in Vilnius on Tuesday for a two-day summit. At the summit, Turkey lifted its "
              "objection to Sweden's membership.", "CONSULT")
    assert len(evs) == 1 and _words(evs[0]).count("summit") == 2


def test_a_sentence_set_at_another_occasion_is_not_the_call_just_told():
    evs = _of("Biden spoke with Putin by phone on Tuesday. At the summit in Geneva last June, the two presidents had "
              "agreed to start a dialogue on arms control.", "CONSULT")
    assert len(evs) == 2


def test_a_criticism_then_quoted_by_the_same_speaker_is_one_statement():
    evs = _of("German Chancellor Olaf Scholz criticised the Chinese export ban on Thursday. \"This is unacceptable,\" "
              "he said.", "DISAPPROVE")
    assert len(evs) == 1 and {"criticised", "said"} <= set(_words(evs[0]))


def test_a_quoted_criticism_by_another_speaker_is_another_statement():
    evs = _of("German Chancellor Olaf Scholz criticised the Chinese export ban on Thursday. \"This is unacceptable,\" "
              "French President Emmanuel Macron said.", "DISAPPROVE")
    assert len(evs) == 2


def test_its_spokesman_naming_the_measure_in_the_same_sentence_tells_the_body_criticism_again():
    evs = _of("The Chinese foreign ministry criticised the new US export controls on Thursday; its spokesman, Wang "
              "Wenbin, called them \"economic bullying\".", "DISAPPROVE")
    assert len(evs) == 1 and {"criticised", "called"} <= set(_words(evs[0]))


def test_its_spokesman_saying_something_else_in_the_next_sentence_is_no_more_of_the_criticism():
    evs = _of("The Chinese foreign ministry criticised the new US export controls on Thursday. Its spokesman also "
              "said China would attend the summit in Lima.", "DISAPPROVE")
    assert len(evs) == 1 and "said" not in _words(evs[0])


def test_a_telling_joined_to_the_attribution_of_a_quote_is_still_told():
    evs = events_of("Kosovo and Israel agreed on Friday to recognise each other. \"It is a truly historic day,\" "
                    "Trump said, and called the agreement a major breakthrough.")
    assert any("called" in _words(e) for e in evs)  # (the quote's "said" is no event of its own: the call is kept)
