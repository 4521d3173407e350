"""``timeline review`` and ``timeline export``: analyst review sessions."""
