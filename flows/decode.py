"""Decode: bytes -> Unicode NFC text, with whitespace folded.

A document that cannot be decoded gets a `decode_error` (the reason it is quarantined); its text is null.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import polars as pl

# Spaces that look like spaces: no-break, narrow no-break, figure space, ideographic space.
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u3000\t\f\v]")
# Invisible characters that break words and matching: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text this pipeline can read; the message is the quarantine reason."""


def decode_bytes(raw: bytes) -> str:
    """One document's bytes as NFC text with normalised line ends and spaces."""
    if not raw:
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(encoding, errors="strict") if encoding != "utf-8" else raw[len(bom):].decode("utf-8")
            break
    else:
        if b"\x00" in raw:
            raise DecodeError("binary content: NUL bytes in a text file")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"not valid UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}"
            ) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if not text.strip():
        raise DecodeError("no text: the file holds only whitespace")
    return text


def _decode_or_reason(raw: bytes) -> dict:
    try:
        return {"text": decode_bytes(raw), "decode_error": None}
    except DecodeError as error:
        return {"text": None, "decode_error": str(error)}
    except UnicodeDecodeError as error:  # a UTF-16 BOM followed by bytes that are not UTF-16
        return {"text": None, "decode_error": f"not valid {error.encoding}: {error.reason}"}


def decode_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Add `text` and `decode_error`; documents refused earlier keep their `problem` as the error."""
    decoded = documents.select(
        pl.col("raw")
        .map_elements(_decode_or_reason, return_dtype=pl.Struct({"text": pl.String, "decode_error": pl.String}))
        .alias("decoded")
    ).unnest("decoded")
    return documents.with_columns(
        text=pl.when(pl.col("problem").is_null()).then(decoded["text"]),
        decode_error=pl.coalesce(pl.col("problem"), decoded["decode_error"]),
    )
