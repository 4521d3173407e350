"""``timeline eval``: score the temporal engine against TimeML gold files."""
