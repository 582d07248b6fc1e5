"""What the rules call a letter: the letters of the scripts Vietnamese news is written in and quotes.

Every rule that says "a letter", "an upper-case letter", "a lower-case letter" or "a combining mark" uses these
classes instead of Unicode's whole categories (`\\p{L}`, `\\p{Lu}`, `\\p{Ll}`, `\\p{M}`). The reason is cost: Rust's
regex compiles a class into byte-level automata, and a whole category spans hundreds of ranges up to four-byte
characters; polars keeps only 32 compiled patterns per thread, so a parse compiles its ~470 patterns again on every
call, and the categories were about half of that compile (a warm parse of the five seeds 1.28 -> 0.78 CPU-s).

Each class is the category restricted to these blocks (a rule sees no difference on text in them):
- U+0000-U+02FF: Basic Latin, Latin-1, Latin Extended-A and -B, IPA, spacing modifier letters (the phrase
  joiner U+02BC is one, flows/patterns/persons.py);
- U+0370-U+04FF: Greek and Cyrillic (quoted names, units, symbols written as letters);
- U+1E00-U+1EFF: Latin Extended Additional, where Vietnamese's precomposed letters with two marks live.
A letter of another script (Chinese, Thai, Lao, Khmer) is not a letter to the rules: no Vietnamese name, title,
byline or dateline is written in one. Marks are the combining diacritical marks (U+0300-U+036F), which hold every
Vietnamese tone and vowel mark in decomposed text.

Each value is a bracketed class: it stands alone (`{UPPER}{LETTER}*`) and nests inside another class
(`[{LETTER}{MARK}.-]`, `[^{LETTER}]`).
"""

_BLOCKS = r"\x00-\u02ff\u0370-\u04ff\u1e00-\u1eff"

LETTER = rf"[\p{{L}}&&[{_BLOCKS}]]"
UPPER = rf"[\p{{Lu}}&&[{_BLOCKS}]]"
LOWER = rf"[\p{{Ll}}&&[{_BLOCKS}]]"
MARK = r"[\p{M}&&[\u0300-\u036f]]"

# Tone marks on open "oa", "oe", "uy" syllables: the new placement (hoá, khoẻ, thuỷ) -> the traditional one (hóa,
# khỏe, thủy), which the official names of bodies use; pages and the administrative units' list write either.
TONE_PLACEMENT = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
