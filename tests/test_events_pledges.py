""""Pledged" is typed by what is pledged: money, arms or aid is AID, support or backing is SUPPORT, and a pledge to do
something is a commitment (AGREE), not aid ("pledged to revive a security cooperation agreement")."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Japan pledged $4.5 billion to Ukraine on Monday.", "AID"),
        ("Norway pledged more air defence systems for Kyiv on Friday.", "AID"),
        ("In the call, Biden pledged continued American support for the Lebanese economy.", "SUPPORT"),
        ("The two governments also pledged to revive a security cooperation agreement signed in 2001.", "AGREE"),
        ("The presidents of Guyana and Venezuela pledged on Thursday not to use force against each other.", "AGREE"),
    ],
)
def test_pledge_is_typed_by_what_is_pledged(text, type_):
    assert the_event(events_of(text), None, "pledged").type == type_

