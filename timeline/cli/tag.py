"""``timeline tag`` and ``timeline eval``: the temporal engine on its own."""
