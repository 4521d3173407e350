"""Tense is read from the clause an expression belongs to, not from the nearest marker in the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

THURSDAY = date(2024, 6, 20)


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # the weekday belongs to the reporting clause; the future is in the reported one
        ("The mediator told journalists on Tuesday that the truce would last.", "Tuesday", THURSDAY, "2024-06-18"),
        ("The ministry informed the embassy on Monday that it will expel two diplomats.", "Monday", THURSDAY, "2024-06-17"),
        ("The spokesman assured allies on Tuesday, that the shipments would continue.", "Tuesday", THURSDAY, "2024-06-18"),
        ("Officials announced on Monday whether the border would reopen.", "Monday", THURSDAY, "2024-06-17"),
        # the future belongs to the expression's own clause: the next such day
        ("The mediator said that the truce would be signed on Tuesday.", "Tuesday", THURSDAY, "2024-06-25"),
        ("The delegations will meet on Monday, officials said.", "Monday", THURSDAY, "2024-06-24"),
        # "the next day" is anaphoric, not a future marker for the weekday beside it
        ("On Wednesday, June 12, the talks opened. The next day, on Thursday, the envoys left.", "Thursday", THURSDAY, "2024-06-13"),
    ],
)
def test_temporal_clause_tense_of_the_attached_clause(text, extent, dct, value):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not found: {list(found)}"
    assert found[extent].value == value, found[extent].derivation


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # what is agreed, decided or planned lies after the agreement
        ("The two utilities agreed to merge their grids in March.", "March", date(2024, 11, 10), "2025-03"),
        ("The alliance has decided to admit both countries in early April.", "early April", date(2024, 11, 10), "2025-04"),
        ("The ministry announced a deal to reopen the crossing in February.", "February", date(2024, 11, 10), "2025-02"),
        # an adjective in -ed is no past verb; the clause's modal decides
        ("The bonus would be paid on a still undisclosed date in January.", "January", date(2024, 11, 10), "2025-01"),
        # a reporting verb far from the date tells the tense of the report, not of what is reported
        ("The cartel told refiners of Asia and Europe of a deep cut in supplies in December.", "December", date(2024, 11, 20), "2024-12"),
        # a plan that was made once ("originally scheduled for") dates nothing in the future
        ("The visit, originally scheduled for February, was postponed after the incident.", "February", date(2023, 6, 13), "2023-02"),
        ("The visit is scheduled for February.", "February", date(2023, 6, 13), "2024-02"),
        # "were planning" is a plan, not a past event
        ("Exiles planned a large rally in the city centre on Saturday and were planning a motorcade.", "Saturday", date(2024, 11, 22), "2024-11-23"),
        # a fronted date takes the tense of its main verb, however long the opening
        ("In March, two weeks after the vote in St. Louis vs. the county, a bomb destroyed the office.", "March", date(2024, 11, 20), "2024-03"),
        ("On Friday, the opposition coalition plans to hold a rally to show a film made last month.", "Friday", date(2024, 11, 20), "2024-11-22"),
    ],
)
def test_temporal_clause_tense_of_plans_and_reports(text, extent, dct, value):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not found: {list(found)}"
    assert found[extent].value == value, found[extent].derivation
