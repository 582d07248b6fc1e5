"""Decode: bytes -> NFC text, or a clear reason."""

import unicodedata

import pytest

from flows.decode import DecodeError, decode_bytes

NFC = "Hội nghị Ban Chấp hành Đảng bộ tỉnh"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (NFC.encode("utf-8"), NFC),
        (b"\xef\xbb\xbf" + NFC.encode("utf-8"), NFC),
        (NFC.encode("utf-16"), NFC),  # with BOM
        (unicodedata.normalize("NFD", NFC).encode("utf-8"), NFC),
        ("Tin,\u00a0ảnh:\u00a0Anh Phong".encode("utf-8"), "Tin, ảnh: Anh Phong"),
        ("Ấn Độ\u200b-Singapore".encode("utf-8"), "Ấn Độ-Singapore"),
        (b"line one\r\nline two\r", "line one\nline two\n"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "nfd", "nbsp", "zero-width", "crlf"],
)
def test_decodes_to_nfc_text(raw, expected):
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (unicodedata.normalize("NFD", "Đảng ủy").encode("cp1258"), "not valid UTF-8"),
    ],
    ids=["empty", "whitespace", "binary", "not-utf8"],
)
def test_undecodable_bytes_give_a_reason(raw, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(raw)
