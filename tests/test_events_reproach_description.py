"""A reproach told as a description ("called the move unconscionable") answers the news like "condemned": undated,
it lies between the lead's day and the paper, not anywhere in the year before."""

from __future__ import annotations

from event_helpers import events_of


def test_a_reproach_told_as_a_description_answers_the_news_like_a_condemnation():
    from datetime import date
    text = ("Russia said on Wednesday it was leaving the grain deal.\n\n"
            "The United Nations said it regretted the decision.\n\n"
            "Britain called the move reckless.")
    e = [x for x in events_of(text) if x.source_actor == "United Kingdom"]
    assert [x.type for x in e] == ["DISAPPROVE"]
    assert e[0].date_start == date(2025, 3, 5) and e[0].date_end <= date(2025, 3, 7)
