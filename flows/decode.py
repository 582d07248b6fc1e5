"""Decode: bytes -> Unicode NFC text, with whitespace folded, and the encoding it was read in.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such. Bytes that are not UTF-8 are tried as
Windows-1258, the Vietnamese code page, and accepted only when every letter then is a Vietnamese (or ASCII) letter
and every tone mark sits on a vowel. Then as the legacy font encodings TCVN3 (ABC) and VNI, whose tables are in
flows/patterns/legacy_encodings.py: a reading is Vietnamese when every letter is, and nearly every word with a
Vietnamese letter is a Vietnamese syllable (a wrong table gives letters in impossible orders). Exactly one of them
must read it so; otherwise (neither, or both) the document is quarantined rather than guessed.
A document that cannot be decoded gets a `decode_error` (the reason it is quarantined); its text is null.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from enum import Enum
from functools import cache
from typing import NamedTuple

import polars as pl

from flows.patterns import alternation, syllables
from flows.patterns.legacy_encodings import LEGACY_ENCODINGS, LegacyEncoding

# Spaces that look like spaces: no-break, narrow no-break, figure space, ideographic space.
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u3000\t\f\v]")
# Invisible characters that break words and matching: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# An HTML page saved with a .txt name: a doctype or <html> at the start, or markup throughout.
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|a|script|style|meta|link|table|br|img)\b[^>]*>", re.I)


def _vietnamese_letters() -> frozenset[str]:
    """Every letter of the Vietnamese alphabet in NFC, both cases, with every tone."""
    bases = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    letters = {unicodedata.normalize("NFC", b + t) for b in bases for t in tones}
    letters |= set("bcdđghklmnpqrstvx") | set("fjwz")
    return frozenset(letters | {c.upper() for c in letters})


VIETNAMESE_LETTERS = _vietnamese_letters()


class Refusal(str, Enum):
    """Why a document is not read as an article, as a code: the checks choose by it (flows/quality.py), the
    message (the quarantine reason) says it to a person."""

    SOURCE = "source"  # refused before decoding (too large, unreadable): the source's problem
    EMPTY = "empty"  # no bytes
    NO_TEXT = "no_text"  # only whitespace
    BINARY = "binary"  # NUL bytes
    HTML = "html"  # a web page saved as text
    NOT_TEXT = "not_text"  # bytes no encoding reads as Vietnamese text


class DecodeError(ValueError):
    """The bytes are not text this pipeline can read; the message is the quarantine reason."""

    def __init__(self, message: str, refusal: Refusal = Refusal.NOT_TEXT):
        super().__init__(message)
        self.refusal = refusal


def _is_vietnamese(text: str) -> bool:
    """Every letter is Vietnamese or ASCII, and no combining mark was left over after NFC."""
    for char in text:
        if unicodedata.combining(char):
            return False
        if char.isalpha() and not char.isascii() and char not in VIETNAMESE_LETTERS:
            return False
    return True


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, windows-1258, tcvn3 or vni


# A word: letters only (digits and punctuation split words).
_WORD = re.compile(r"[^\W\d_]+")
_TONE_MARKS = re.compile(f"[{syllables.TONE_MARKS}]")
_SYLLABLE = re.compile(syllables.syllable_pattern())


def syllable_share(text: str) -> float:
    """The share of the words holding a non-ASCII letter that are Vietnamese syllables (0 when there are none):
    one tone mark at most, and initial + vowel group + final as flows/patterns/syllables.py lists them. Words in
    capitals without a tone are abbreviations (HĐND, ĐBQH), not syllables, and are left out."""
    checked = valid = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        bare = unicodedata.normalize("NFD", word.lower())
        toneless = _TONE_MARKS.sub("", bare)
        tones = len(bare) - len(toneless)
        if word.isupper() and not tones:
            continue
        checked += 1
        valid += tones <= 1 and _SYLLABLE.fullmatch(unicodedata.normalize("NFC", toneless)) is not None
    return valid / checked if checked else 0.0


def _windows_punctuation() -> dict[str, str]:
    """The punctuation Windows code pages put at 0x80-0x9F (curly quotes, dashes, the ellipsis, the bullet), keyed
    by the byte as Latin-1 text. The legacy Vietnamese fonts were used on Windows and left these bytes alone, so a
    document typed in them carries that punctuation."""
    marks = {}
    for byte in range(0x80, 0xA0):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if unicodedata.category(char).startswith("P"):
            marks[chr(byte)] = char
    return marks


@cache
def _table(encoding: LegacyEncoding) -> tuple[re.Pattern, dict[str, str]]:
    """The encoding's readings keyed by their bytes as Latin-1 text (Windows punctuation where the table has no
    letter), and a pattern that finds them (longest first) or any other byte above 0x7F, which has no reading."""
    readings = {**_windows_punctuation(),
                **{code.decode("latin-1"): letter for code, letter in encoding.readings.items()}}
    return re.compile(f"{alternation(list(readings))}|[\x80-\xff]"), readings


def _capitalise(span: str, caseless: frozenset[str]) -> str:
    """A line or word typed in capitals: its letters without a capital code of their own are capitals too (the
    capital font drew them so). Two capitals at least, so that "Hà" (H + the code of à) stays as it is."""
    others = [c for c in span if c.isalpha() and c not in caseless]
    if len(others) < 2 or not all(c.isupper() for c in others) or not any(c in caseless for c in span):
        return span
    return span.upper()


_LINE = re.compile(r"[^\n]+")


def read_legacy(raw: bytes, encoding: LegacyEncoding) -> str | None:
    """The bytes read with a legacy encoding's table, in NFC; None when a byte above 0x7F has no reading there.
    The one engine for every legacy table."""
    pattern, readings = _table(encoding)
    unreadable = False

    def letter(match: re.Match) -> str:
        nonlocal unreadable
        found = readings.get(match.group())
        unreadable = unreadable or found is None
        return found or ""

    text = pattern.sub(letter, raw.decode("latin-1"))
    if unreadable:
        return None
    if encoding.caseless:  # a title in capitals, then a word in capitals
        for span in (_LINE, _WORD):
            text = span.sub(lambda m: _capitalise(m.group(), encoding.caseless), text)
    return unicodedata.normalize("NFC", text)


def _reads_as_vietnamese(text: str | None) -> bool:
    return text is not None and _is_vietnamese(text) and syllable_share(text) >= syllables.SYLLABLE_SHARE


def _decode_8bit(raw: bytes, error: UnicodeDecodeError) -> Decoded:
    if error.reason == "unexpected end of data" and error.end == len(raw):
        raise DecodeError("truncated: the file ends in the middle of a UTF-8 character") from None
    text = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    if "\ufffd" not in text and _is_vietnamese(text):
        return Decoded(text, "windows-1258")
    readings = {encoding.name: read_legacy(raw, encoding) for encoding in LEGACY_ENCODINGS}
    vietnamese = [name for name, text in readings.items() if _reads_as_vietnamese(text)]
    if len(vietnamese) == 1:
        return Decoded(readings[vietnamese[0]], vietnamese[0])
    titles = [encoding.title for encoding in LEGACY_ENCODINGS]
    where = f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}) nor Windows-1258 Vietnamese"
    if vietnamese:
        raise DecodeError(f"{where}: legacy 8-bit text that {' and '.join(titles)} both read as Vietnamese "
                          "(ambiguous); convert the file to UTF-8") from None
    raise DecodeError(f"{where}: legacy 8-bit text, but neither {' nor '.join(titles)} reads it unambiguously as "
                      "Vietnamese; convert the file to UTF-8") from None


def _read_text(raw: bytes) -> Decoded:
    """The bytes as NFC text with line ends normalised to \n, and the encoding they were in (the per-document
    part of decoding: which encoding is decided document by document)."""
    if not raw:
        raise DecodeError("empty file", Refusal.EMPTY)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(f"not valid {encoding} after its byte-order mark: {error.reason}") from None
            break
    else:
        if b"\x00" in raw:
            raise DecodeError("binary content: NUL bytes in a text file", Refusal.BINARY)
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            text, encoding = _decode_8bit(raw, error)
    return Decoded(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")), encoding)


def _is_html(text: str) -> bool:
    return bool(_HTML_START.search(text)) or len(_HTML_TAG.findall(text)) >= 5


# Every character Python's str.split() splits on (str.isspace), for the folded text that is hashed: runs of two or
# more, or one that is not a plain space, become one space. (A plain space alone, between most words, is left
# alone: replacing every gap would cost as much as splitting the text into words.)
_WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_FOLD = f"[ {_WHITESPACE}]{{2,}}|[{_WHITESPACE}]"


def _folded(text: pl.Expr) -> pl.Expr:
    """The text with whitespace folded as Python's " ".join(text.split()) folds it."""
    return text.str.replace_all(_FOLD, " ").str.strip_chars(" ")


def _hashes(folded: pl.Series) -> pl.Series:
    """SHA-256 of each folded text (see `text_hash`)."""
    return pl.Series([None if raw is None else hashlib.sha256(raw).hexdigest() for raw in folded.cast(pl.Binary)],
                     dtype=pl.String)


def text_hash(text: str) -> str:
    """The identity of an article's text: SHA-256 of its NFC text with whitespace folded, so that the same
    article saved twice, in NFD or with other line ends, has one hash."""
    return _hashes(pl.select(_folded(pl.lit(text, dtype=pl.String))).to_series())[0]


def decode_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Add `text`, `text_hash`, `encoding` (what the bytes were read as), `decode_error` (the reason, for a person)
    and `refusal` (its `Refusal` code); documents refused earlier keep their `problem` as the error. Which encoding a document is in is decided in Python, document by
    document; spaces, invisible characters, the hash and the refusals of what is not an article are column-wide."""
    texts, encodings, errors, refusals = [], [], [], []
    for raw, problem in documents.select("raw", "problem").iter_rows():
        text = encoding = error = refusal = None
        if problem is None:
            try:
                text, encoding = _read_text(raw)
            except DecodeError as refused:
                error, refusal = str(refused), refused.refusal.value
        texts.append(text)
        encodings.append(encoding)
        errors.append(error)
        refusals.append(refusal)
    text = (pl.Series(texts, dtype=pl.String).str.replace_all(_SPACES.pattern, " ")
            .str.replace_all(_INVISIBLE.pattern, ""))
    # Markup is looked for (in Python, as its patterns need Unicode word boundaries) only where a "<" is.
    markup = text.str.contains("<", literal=True).fill_null(False)
    html = pl.Series([False] * len(text), dtype=pl.Boolean)
    marked = markup.arg_true()
    if len(marked):
        html = html.scatter(marked, [_is_html(value) for value in text.gather(marked)])
    decoded = pl.DataFrame({"text": text, "html": html, "error": pl.Series(errors, dtype=pl.String),
                            "refusal": pl.Series(refusals, dtype=pl.String),
                            "encoding": pl.Series(encodings, dtype=pl.String), "problem": documents["problem"]}
                           ).with_columns(folded=_folded(pl.col("text")))
    no_text, html = pl.col("folded") == "", pl.col("html")
    refused = (pl.when(no_text).then(pl.lit("no text: the file holds only whitespace"))
               .when(html).then(pl.lit("an HTML page saved as text: markup, not an article (save the article text "
                                       "instead)")))
    refusal = pl.when(no_text).then(pl.lit(Refusal.NO_TEXT.value)).when(html).then(pl.lit(Refusal.HTML.value))
    decoded = decoded.with_columns(
        decode_error=pl.coalesce("problem", "error", refused),
        refusal=pl.when(pl.col("problem").is_not_null()).then(pl.lit(Refusal.SOURCE.value))
        .otherwise(pl.coalesce("refusal", refusal)),
    )
    readable = pl.col("decode_error").is_null()
    decoded = decoded.select(pl.when(readable).then(pl.col("text", "encoding", "folded")), "decode_error", "refusal")
    return documents.with_columns(text=decoded["text"], text_hash=_hashes(decoded["folded"]),
                                  encoding=decoded["encoding"], decode_error=decoded["decode_error"],
                                  refusal=decoded["refusal"])


def decode_document(raw: bytes) -> Decoded:
    """One document's bytes as NFC text with normalised line ends and spaces, and the encoding they were in."""
    frame = decode_documents(pl.DataFrame({"raw": [raw], "problem": [None]},
                                          schema={"raw": pl.Binary, "problem": pl.String}))
    if frame["decode_error"][0] is not None:
        raise DecodeError(frame["decode_error"][0], Refusal(frame["refusal"][0]))
    return Decoded(frame["text"][0], frame["encoding"][0])


def decode_bytes(raw: bytes) -> str:
    """One document's bytes as NFC text with normalised line ends and spaces (see `decode_document`)."""
    return decode_document(raw).text
