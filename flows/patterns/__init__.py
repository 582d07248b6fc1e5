"""The Vietnamese rules as data: each module is a documented table that one engine (flows.normalise) applies.

A new outlet's layout should be a change here, not a new branch in code. Regexes use the Rust `regex`
syntax that polars runs (no look-around, no back-references); a letter, an upper- or lower-case letter and a
combining mark are the classes of `letters.py`, not Unicode's whole categories.
"""


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Phrases as one regex alternation, longest first so that a longer label wins over its prefix."""
    import re

    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
