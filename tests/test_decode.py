"""Decode: bytes -> NFC text, or a clear reason."""

import unicodedata

import pytest

from flows.decode import DecodeError, decode_bytes, text_hash
from tests.conftest import TCVN3_SAMPLE, VNI_SAMPLE, to_windows_1258

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
        (to_windows_1258(NFC), NFC),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "nfd", "nbsp", "zero-width", "crlf", "windows-1258"],
)
def test_decodes_to_nfc_text(raw, expected):
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (TCVN3_SAMPLE, "legacy 8-bit encoding"),
        (VNI_SAMPLE, "legacy 8-bit encoding"),
        ("Hội nghị".encode("utf-8")[:-1], "truncated"),  # cut inside the last character
        (b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Tin</p></body></html>", "HTML page"),
        ("Tin\n<div><p>a</p><p>b</p><span>c</span><br><a href=x>d</a></div>".encode(), "HTML page"),
    ],
    ids=["empty", "whitespace", "binary", "tcvn3", "vni", "truncated", "html-doctype", "html-markup"],
)
def test_undecodable_bytes_give_a_reason(raw, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(raw)


def test_the_same_text_in_nfd_and_with_other_spacing_has_one_hash():
    assert text_hash(decode_bytes(NFC.encode())) == text_hash(decode_bytes(unicodedata.normalize("NFD", NFC).encode()))
    assert text_hash("a  b\n\nc") == text_hash("a b c")
