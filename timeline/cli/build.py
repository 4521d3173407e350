"""``timeline build`` and ``timeline events``."""
