"""The shape of a Vietnamese syllable: what tells Vietnamese text from bytes read in the wrong encoding.

A written syllable is an optional initial consonant, a vowel group (with its glides) and an optional final
consonant, with at most one tone mark. Text read in the wrong 8-bit encoding is made of Vietnamese letters too, but
in impossible orders ("hoội", "ngưì", "chaâp"), so the share of words that are syllables tells the right reading
from a wrong one (flows.decode). The lists are checked without tones, in lower case.
"""

INITIALS = (
    "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu",
    "r", "s", "t", "th", "tr", "v", "x",
)

VOWEL_GROUPS = (
    # one vowel
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    # two
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
    "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    # three
    "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
)

# "k" ends the syllables of minority place names written the Vietnamese way: Đắk Lắk, Đắk Nông.
FINALS = ("c", "ch", "k", "m", "n", "ng", "nh", "p", "t")

# A reading is Vietnamese when at least this share of its words with a Vietnamese letter are syllables. Names,
# loanwords and typos keep real text a little under 1 (0.94 at the lowest on the development corpus); a wrong
# table's reading of the same bytes scores about half (0.48 at the highest there).
SYLLABLE_SHARE = 0.8

# The five tone marks (combining characters after NFD): a syllable is checked without them.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def syllable_pattern() -> str:
    """A toneless, lower-case syllable as a regex (unanchored): initial? vowel group final?."""
    from flows.patterns import alternation

    return f"(?:{alternation(INITIALS)})?(?:{alternation(VOWEL_GROUPS)})(?:{alternation(FINALS)})?"
