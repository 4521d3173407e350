"""Targets of sayings whose words name a pair after a preposition or the speaker's own people
(arguments._first_other_party, said_types._said_demand)."""

from event_helpers import extracted_of, the_event


def test_a_stance_toward_a_pair_after_a_preposition_has_no_one_target():
    ev = the_event(extracted_of("Turkish Foreign Minister Hakan Fidan told reporters on Saturday that Turkey would keep "
                                "talking to both Moscow and Kyiv."), None, "told")
    assert (ev.type, ev.source_actor, ev.target_actor) == ("STATEMENT", "Hakan Fidan", None)


def test_a_stance_toward_one_other_side_still_targets_it():
    ev = the_event(extracted_of("Putin told reporters on Saturday that Russia was ready for a settlement only if "
                                "Ukraine withdrew."), None, "told")
    assert (ev.source_actor, ev.target_actor) == ("Vladimir Putin", "Ukraine")


def test_what_the_speakers_own_people_should_do_is_no_demand():
    ev = the_event(extracted_of("Canadian Prime Minister Justin Trudeau told reporters on Thursday that Canadians "
                                "should not panic."), None, "told")
    assert (ev.type, ev.target_actor) == ("STATEMENT", None)


def test_what_another_state_must_do_is_a_demand_on_it():
    ev = the_event(extracted_of("Canadian Prime Minister Justin Trudeau told reporters on Thursday that Iran must "
                                "release the detainees."), "DEMAND", "told")
    assert (ev.source_actor, ev.target_actor) == ("Justin Trudeau", "Iran")
