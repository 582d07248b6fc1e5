"""Decode: bytes -> NFC text, or a clear reason."""

import unicodedata

import pytest

from flows.decode import VIETNAMESE_LETTERS, DecodeError, decode_bytes, decode_document, read_legacy, text_hash
from flows.patterns.legacy_encodings import LEGACY_ENCODINGS, TCVN3, VNI
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
        (TCVN3_SAMPLE, NFC),
        (VNI_SAMPLE, NFC),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "nfd", "nbsp", "zero-width", "crlf", "windows-1258", "tcvn3", "vni"],
)
def test_decodes_to_nfc_text(raw, expected):
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        # đi tơi in VNI, ủi tụi in TCVN3: both read as Vietnamese, so neither is chosen.
        (b"\xf1i t\xf4i", "both read as Vietnamese"),
        # VNI with a mark byte and no letter under it ("Ch" + circumflex + sắc + "p"); TCVN3 reads garbage.
        (b"Ho\xe4i ngh\xf2 Ban Ch\xe2\xf9p ha\xf8nh \xd1a\xfbng bo\xe4 t\xe6nh", "neither TCVN3 \\(ABC\\) nor VNI"),
        (bytes(range(0x80, 0x100)) * 3, "legacy 8-bit text, but neither"),
        ("Hội nghị".encode("utf-8")[:-1], "truncated"),  # cut inside the last character
        (b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Tin</p></body></html>", "HTML page"),
        ("Tin\n<div><p>a</p><p>b</p><span>c</span><br><a href=x>d</a></div>".encode(), "HTML page"),
    ],
    ids=["empty", "whitespace", "binary", "ambiguous-legacy", "stray-vni-mark", "random-bytes", "truncated",
         "html-doctype", "html-markup"],
)
def test_undecodable_bytes_give_a_reason(raw, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(raw)


def test_the_same_text_in_nfd_and_with_other_spacing_has_one_hash():
    assert text_hash(decode_bytes(NFC.encode())) == text_hash(decode_bytes(unicodedata.normalize("NFD", NFC).encode()))
    assert text_hash("a  b\n\nc") == text_hash("a b c")


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (NFC.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + NFC.encode("utf-8"), "utf-8-sig"),
        (NFC.encode("utf-16"), "utf-16"),
        (to_windows_1258(NFC), "windows-1258"),
        (TCVN3_SAMPLE, "tcvn3"),
        (VNI_SAMPLE, "vni"),
    ],
)
def test_the_encoding_read_is_recorded(raw, encoding):
    assert decode_document(raw) == (NFC, encoding)


# Short sentences in the style of the articles, written for these tests; together they hold every lower-case
# Vietnamese letter with every tone, and capitals with tones at the start of words and in a title in capitals.
SENTENCES = [
    "Chiều 12/4, Hội đồng nhân dân huyện họp phiên bất thường để bàn việc sửa chữa đê điều.",
    "Người dân vùng lũ đã được hỗ trợ gạo, nước uống, thuốc men và áo ấm kịp thời.",
    "Ông Nguyễn Văn Ẩn, Chủ tịch xã, nói: Ưu tiên trước hết là trường học và trạm y tế.",
    "Ủy ban tỉnh yêu cầu các sở khẩn trương hoàn thiện hồ sơ, thủ tục, tránh để chậm trễ.",
    "Ý kiến cử tri về đường giao thông nông thôn được ghi nhận đầy đủ; ở Mường Tè, mưa lớn kéo dài.",
    "ĐOÀN KẾT, DÂN CHỦ, KỶ CƯƠNG, ĐỔI MỚI",
    "Khuya rồi mà xưởng dệt vẫn sáng đèn; chị Lý Thị Thùy nhẩm tính sản lượng, ngỡ ngàng: vượt 15% kế hoạch.",
    "Sau mùa gặt, đất cằn được cày xới; bà con lẳng lặng đẵn tre, chắc tay dựng lại bờ rào.",
    "Kỳ họp thứ tư sẽ xem xét kỹ việc thực hiện chính sách, tự chủ tài chính ở huyện lỵ.",
    "Mẹ nhắc trẻ ăn nhẹ, ngủ đủ giấc cho khỏe, còn việc nhà thì để ông bà lo, đừng nghĩ ngợi gì.",
    "Tổ trưởng nói rõ: không ai được ỷ lại, phải đúng giờ, đúng việc.",
]


def test_the_sentences_hold_every_lower_case_vietnamese_letter():
    lower_case = {c for c in VIETNAMESE_LETTERS if not c.isascii() and c.islower()}
    assert lower_case - set("".join(SENTENCES)) == set()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vni_round_trip(sentence):
    assert decode_document(VNI.encode(sentence)) == (unicodedata.normalize("NFC", sentence), "vni")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tcvn3_round_trip_up_to_the_capitals_it_has_no_codes_for(sentence):
    text, encoding = decode_document(TCVN3.encode(sentence))
    assert encoding == "tcvn3"
    assert text.lower() == sentence.lower()
    # Exact, except a capital with a tone outside a word in capitals: TCVN3 writes it with the lower-case code.
    expected = "".join(c.lower() if c.lower() in TCVN3.caseless and c.isupper() else c for c in sentence)
    if sentence.isupper() or not any(c.isupper() and c.lower() in TCVN3.caseless for c in sentence):
        expected = sentence
    assert text == expected


def test_tcvn3_words_in_capitals_keep_their_toned_capitals():
    # A line in capitals (a title), and a word of two capitals or more in a line of mixed case.
    assert decode_bytes(TCVN3.encode("ĐẢNG BỘ TỈNH\nNghị quyết của BCH ĐẢNG bộ")) == (
        "ĐẢNG BỘ TỈNH\nNghị quyết của BCH ĐẢNG bộ")
    # Title case: the toned capital's code is the lower-case letter's; a capital word needs two capitals.
    assert decode_bytes(TCVN3.encode("Ủy ban Hà Nội")) == "ủy ban Hà Nội"


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS, ids=lambda e: e.name)
def test_every_letter_reads_back_as_itself(encoding):
    letters = sorted(c for c in VIETNAMESE_LETTERS if not c.isascii())
    for letter in letters:
        expected = letter.lower() if letter.lower() in encoding.caseless else letter
        assert read_legacy(encoding.encode(letter), encoding) == expected, letter
    # No two letters share their bytes (a capital without a code of its own shares its lower-case letter's).
    assert len(encoding.readings) == len(set(encoding.readings.values()))


def test_the_tables_agree_with_the_hand_written_samples():
    assert TCVN3.encode(NFC) == TCVN3_SAMPLE
    assert VNI.encode(NFC) == VNI_SAMPLE


def test_a_character_an_encoding_has_no_code_for_is_named():
    with pytest.raises(ValueError, match="U\\+201C"):
        TCVN3.encode("“Hội nghị”")


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS, ids=lambda e: e.name)
def test_windows_punctuation_in_a_legacy_file_is_read_as_such(encoding):
    # Documents typed in the legacy fonts on Windows carry its curly quotes, dashes and ellipsis (bytes 0x80-0x9F).
    sentence = "Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIX đã họp"
    raw = b"\x93" + encoding.encode(sentence) + b"\x94 \x96 " + encoding.encode("tiếp tục") + b"\x85"
    decoded = decode_document(raw)
    assert decoded.encoding == encoding.name
    assert decoded.text.startswith(f"“{sentence}” – tiếp tục")


def test_the_documents_checks_read_the_refusal_code_not_the_wording_of_the_reason():
    import polars as pl

    from flows.decode import Refusal, decode_documents
    from flows.quality import document_check_frame

    raws = [b"", b"  \n\t ", b"PK\x00\x03", b"<html><body><p>x</p></body></html>", b"\xff\xfe\xfa",
            NFC.encode("utf-8"), b"x"]
    problems = [None] * 6 + ["too large: 9 MB (the limit is 5 MB)"]
    decoded = decode_documents(pl.DataFrame({"raw": raws, "problem": problems},
                                            schema={"raw": pl.Binary, "problem": pl.String}))
    assert decoded["refusal"].to_list() == [Refusal.EMPTY, Refusal.NO_TEXT, Refusal.BINARY, Refusal.HTML,
                                            Refusal.NOT_TEXT, None, Refusal.SOURCE]
    # A reason reworded (as a translation would) changes nothing the checks decide.
    reworded = decoded.with_columns(decode_error=pl.lit("lý do khác"), document_key=pl.int_range(pl.len()),
                                    source_file=pl.lit("a.txt"), byte_size=pl.lit(1))
    checks = document_check_frame(reworded)
    assert checks["not_empty"].to_list() == [False, False, True, True, True, True, True]
    assert checks["not_binary"].to_list() == [True, True, False, True, True, True, True]
    assert checks["readable"].to_list() == [True] * 6 + [False]
