""""by <date>" for an act still to do resolves forwards; a weekday takes the tense of its own clause,
not that of a second verb ("and said it would ...") after it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TUE = date(2025, 10, 21)  # a Tuesday
THU = date(2023, 9, 28)  # a Thursday


def _one(text: str, extent: str, dct: date = TUE):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        ("The delegation will leave Doha by Friday.", "Friday", TUE, "2025-10-24"),
        ("The parliament will dissolve the commission by January 1.", "January 1", THU, "2024-01-01"),
        # a past act that sets a deadline for another: the deadline lies ahead
        ("The separatist leader signed a decree to dissolve all state institutions by January 1.", "January 1", THU, "2024-01-01"),
        ("The region's leader issued a decree to disband the army by 1 January.", "1 January", THU, "2024-01-01"),
        ("Putin ordered the troops to withdraw from the border by Friday.", "Friday", THU, "2023-09-29"),
        ("Officials said the monitors would leave Nagorno-Karabakh by Friday.", "Friday", THU, "2023-09-29"),
    ],
)
def test_temporal_deadlines_by_a_date_to_come_resolves_forwards(text, extent, dct, value):
    tx = _one(text, extent, dct)
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # acts done by the date: the date has gone by
        ("The troops withdrew by Friday.", "Friday", THU, "2023-09-22"),
        ("The troops had withdrawn by Friday, the ministry said.", "Friday", THU, "2023-09-22"),
        ("The army managed to withdraw its last units by Friday.", "Friday", THU, "2023-09-22"),
    ],
)
def test_temporal_deadlines_done_by_a_date_stays_past(text, extent, dct, value):
    tx = _one(text, extent, dct)
    assert tx.value == value, tx.derivation


def test_temporal_deadlines_derivation_names_the_deadline():
    tx = _one("The separatist leader signed a decree to dissolve all state institutions by January 1.", "January 1", THU)
    assert "a deadline for an act still to do" in tx.derivation


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # the second verb's "would" / "will" tells of another act, not of the day
        ("Iran condemned the deal on Monday and said it would recall its envoy.", "Monday", "2025-10-20"),
        ("Iran on Monday condemned the deal and said it would recall its envoy.", "Monday", "2025-10-20"),
        ("Hungary blocked the sanctions package on Friday but signalled it would lift its veto.", "Friday", "2025-10-17"),
        ("Erdogan hosted Zelensky on Sunday and promised that Turkey would keep mediating.", "Sunday", "2025-10-19"),
        ("Kyiv rejected the plan on Thursday and warned Moscow would exploit any pause.", "Thursday", "2025-10-16"),
        ("Russia struck Odesa on Saturday and threatened further attacks would follow.", "Saturday", "2025-10-18"),
        ("The EU condemned the vote in September and said it would review its aid.", "September", "2025-09"),
        # a future clause keeps its own tense
        ("The ministers will meet on Monday and are expected to sign the accord.", "Monday", "2025-10-27"),
        ("The foreign ministers meet in Brussels on Monday and will discuss the tribunal.", "Monday", "2025-10-27"),
    ],
)
def test_temporal_deadlines_weekday_tense_from_its_own_clause(text, extent, value):
    tx = _one(text, extent)
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # an obligation looks ahead like "will"
        ("Moscow must respond to the proposal before Friday.", "Friday", "2025-10-24"),
        ("Kyiv has to submit its list of prisoners on Friday.", "Friday", "2025-10-24"),
        ("Hamas must release the hostages on Monday under the deal.", "Monday", "2025-10-27"),
        ("Israel should withdraw its troops on Sunday, the mediators said.", "Sunday", "2025-10-26"),
        # ... but "must have" tells of the past
        ("The envoy must have left Doha on Friday.", "Friday", "2025-10-17"),
    ],
)
def test_temporal_deadlines_obligation_looks_ahead(text, extent, value):
    tx = _one(text, extent)
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # the past act that ended by the date opens a clause longer than 120 characters: its verb,
        # far before "by", still tells that the date has gone by
        ("The government completed its buyback of the national airline's outstanding bonds, with foreign and "
         "domestic holders, among them the pension funds of three provinces, tendering 97% of the paper by the "
         "Monday deadline.", "Monday", TUE, "2025-10-20"),
        ("The army pulled its last tank units, its heavy artillery, its rocket launchers and most of the infantry "
         "brigades out of the eastern provinces and the border zone near the lake by Friday.", "Friday", THU, "2023-09-22"),
    ],
)
def test_temporal_deadlines_long_clause_done_by_a_date_stays_past(text, extent, dct, value):
    tx = _one(text, extent, dct)
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # a long clause with no past act before "by": still a deadline ahead
        ("The government wants the national airline's foreign and domestic bondholders, including the "
         "pension funds of three provinces, to tender their paper by the Monday deadline.", "Monday", TUE, "2025-10-27"),
        ("Under the plan the two armies must pull back all heavy artillery, mortars and rocket launchers "
         "from the line of contact in the eastern provinces by Friday.", "Friday", THU, "2023-09-29"),
    ],
)
def test_temporal_deadlines_long_clause_deadline_still_ahead(text, extent, dct, value):
    tx = _one(text, extent, dct)
    assert tx.value == value, tx.derivation
