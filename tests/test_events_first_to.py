"""An infinitive after "was the first ... to" / "became the first ... to" / "among the last ... to" is an act done
(triggers._first_to_act, cues.yaml first_to_words / first_to_frames), not the content of another verb."""

from __future__ import annotations

from event_helpers import extracted_of, the_event


def test_past_first_to_is_an_act_done():
    ev = the_event(extracted_of("Norway was the first Nordic country to recognise the new government in 1991."),
                   None, "recognise")
    assert ev.status == "occurred" and ev.source_actor == "Norway"


def test_became_the_first_leader_to_address():
    ev = the_event(extracted_of("Last year Modi became the first Indian leader to address the Australian parliament."),
                   "STATEMENT", "address")
    assert ev.status == "occurred"


def test_among_the_last_to_congratulate():
    ev = the_event(extracted_of("Lula was among the last leaders to congratulate Macron on his victory."),
                   "SUPPORT", "congratulate")
    assert ev.status == "occurred"


def test_present_ranking_and_other_infinitives_stay_content():
    for text in ("They are the first Gulf states to recognise Israel since 1994.",  # ranks the act the story tells
                 "Macron wants to be the first leader to visit Kyiv after the truce.",  # a wish
                 "The truce is the first step to end the war in Gaza."):  # no act
        assert not any(e.trigger.startswith(("recognise", "visit", "end")) for e in extracted_of(text)), text
