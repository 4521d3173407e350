"""Where a ruling party's general secretary leads the state (China, Vietnam, Laos, North Korea), "the leader" is the
party's head and "the president" the head of state: two offices, often two people."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # Vietnam 2015: Truong Tan Sang was president, Nguyen Phu Trong the party's general secretary
        (date(2015, 6, 1), "The Vietnamese president met the Vietnamese leader.",
         ["Truong Tan Sang", "Nguyen Phu Trong"]),
        # one man held both offices from 2018 to 2021
        (date(2019, 5, 1), "The Vietnamese president met the Vietnamese leader.",
         ["Nguyen Phu Trong", "Nguyen Phu Trong"]),
        # China between the party congress and the National People's Congress: Xi led the party, Hu the state
        (date(2012, 12, 20), "The Chinese president and the Chinese leader spoke.", ["Hu Jintao", "Xi Jinping"]),
        (date(2019, 5, 1), "The North Korean leader arrived.", ["Kim Jong Un"]),
        (date(2024, 12, 1), "Vietnam's Communist Party chief received the Vietnamese president.", ["To Lam", "Luong Cuong"]),
    ],
)
def test_actors_party_leader_and_head_of_state_are_two_offices(day: date, text: str, expected: list[str]):
    # the office holders when the text names them later (named only by title they are the state)
    named = text + "".join(f" Later {name} spoke." for name in dict.fromkeys(expected))
    mentions = find_actor_mentions(named, GAZ, dct=day)
    assert [m.actor.name for m in mentions if m.via == "description"] == expected
