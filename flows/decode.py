"""Decode: bytes -> Unicode NFC text, with whitespace folded.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such. Bytes that are not UTF-8 are tried as
Windows-1258, the Vietnamese code page, and accepted only when every letter then is a Vietnamese (or ASCII) letter
and every tone mark sits on a vowel; other 8-bit Vietnamese encodings (TCVN3/ABC, VNI), whose bytes read as
Windows-1258 give stray marks and foreign letters, are quarantined with that reason rather than guessed.
A document that cannot be decoded gets a `decode_error` (the reason it is quarantined); its text is null.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

import polars as pl

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


class DecodeError(ValueError):
    """The bytes are not text this pipeline can read; the message is the quarantine reason."""


def _is_vietnamese(text: str) -> bool:
    """Every letter is Vietnamese or ASCII, and no combining mark was left over after NFC."""
    for char in text:
        if unicodedata.combining(char):
            return False
        if char.isalpha() and not char.isascii() and char not in VIETNAMESE_LETTERS:
            return False
    return True


def _decode_legacy(raw: bytes, error: UnicodeDecodeError) -> str:
    if error.reason == "unexpected end of data" and error.end == len(raw):
        raise DecodeError("truncated: the file ends in the middle of a UTF-8 character") from None
    text = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    if "\ufffd" not in text and _is_vietnamese(text):
        return text
    raise DecodeError(
        f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}) nor Windows-1258 Vietnamese: "
        "probably a legacy 8-bit encoding (TCVN3/ABC or VNI); convert the file to UTF-8"
    ) from None


def decode_bytes(raw: bytes) -> str:
    """One document's bytes as NFC text with normalised line ends and spaces."""
    if not raw:
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(f"not valid {encoding} after its byte-order mark: {error.reason}") from None
            break
    else:
        if b"\x00" in raw:
            raise DecodeError("binary content: NUL bytes in a text file")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            text = _decode_legacy(raw, error)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if not text.strip():
        raise DecodeError("no text: the file holds only whitespace")
    if _HTML_START.search(text) or len(_HTML_TAG.findall(text)) >= 5:
        raise DecodeError("an HTML page saved as text: markup, not an article (save the article text instead)")
    return text


def text_hash(text: str) -> str:
    """The identity of an article's text: SHA-256 of its NFC text with whitespace folded, so that the same
    article saved twice, in NFD or with other line ends, has one hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _decode_or_reason(raw: bytes) -> dict:
    try:
        text = decode_bytes(raw)
        return {"text": text, "text_hash": text_hash(text), "decode_error": None}
    except DecodeError as error:
        return {"text": None, "text_hash": None, "decode_error": str(error)}


_DECODED = pl.Struct({"text": pl.String, "text_hash": pl.String, "decode_error": pl.String})


def decode_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Add `text`, `text_hash` and `decode_error`; documents refused earlier keep their `problem` as the error."""
    decoded = documents.select(
        pl.col("raw").map_elements(_decode_or_reason, return_dtype=_DECODED).alias("decoded")
    ).unnest("decoded")
    readable = pl.col("problem").is_null()
    return documents.with_columns(
        text=pl.when(readable).then(decoded["text"]),
        text_hash=pl.when(readable).then(decoded["text_hash"]),
        decode_error=pl.coalesce(pl.col("problem"), decoded["decode_error"]),
    )
