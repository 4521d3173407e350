"""A coordinated clause with its own subject (", and Turkey said ...") has its own tense: it does
not tell the tense of a date in the clause before it, nor does the clause before tell its dates'."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TUE = date(2025, 10, 21)  # a Tuesday
THU = date(2025, 10, 23)  # a Thursday


@pytest.mark.parametrize(
    "text,dct,extent,value",
    [
        # past act on the day, future in the next clause: the last such day
        ("Iran condemned the agreements on Monday, and Turkey said it would recall its ambassador.", TUE, "Monday", "2025-10-20"),
        ("Egypt rejected the plan on Friday, but the foreign ministry said talks would continue.", TUE, "Friday", "2025-10-17"),
        ("Qatar hosted the envoys on Sunday, and they will meet again in Doha.", TUE, "Sunday", "2025-10-19"),
        ("Jordan closed the border crossing Wednesday, and Israel's army will keep it shut.", THU, "Wednesday", "2025-10-22"),
        # future act on the day, past in the clause before it: the next such day
        ("Iran rejected the offer, and Oman will host the next round on Friday.", TUE, "Friday", "2025-10-24"),
        ("The envoys left Geneva, but they will return on Monday.", THU, "Monday", "2025-10-27"),
        # no subject of its own: the same clause, whose tense counts ("met ... and will meet")
        ("The ministers met on Monday and will meet again on Friday.", TUE, "Monday", "2025-10-20"),
        ("The ministers met on Monday and will meet again on Friday.", TUE, "Friday", "2025-10-24"),
    ],
)
def test_temporal_coordinated_tense_clause_with_own_subject_keeps_its_tense(text, dct, extent, value):
    tx = {t.text: t for t in tag_text(text, dct)}[extent]
    assert tx.value == value, tx.derivation
