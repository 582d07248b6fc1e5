"""Round trip of the legacy encodings over a corpus: every article written in TCVN3 and in VNI, then decoded.

For each article (a UTF-8 .txt file, read as the pipeline reads it) and each encoding: an article holding a
character the encoding has no code for (a foreign letter, a curly quote, a dash) is skipped for that encoding and
counted with the character; the others are written with the encoding's table (`LegacyEncoding.encode`) and read
back by `flows.decode.decode_document`, the pipeline's decoder. It counts the encodings the decoder detected (or
its quarantine), exact matches with the NFC original, and, as TCVN3 has no codes for capitals with a tone, the
matches up to letter case. It also prints the syllable share (the decoder's measure) of the right reading and the
highest share of a wrong one, the margin the detection works with. With `--ascii-punctuation`, typographic
punctuation (curly quotes, dashes, ellipsis), which a legacy file would have held as ASCII, is written as ASCII
first, so that far fewer articles are skipped. Not run by the test suite:

    .venv/bin/python -m tests.benchmarks.legacy_roundtrip /work/shared/corpus/baomoi-2017 [--ascii-punctuation]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from flows.decode import DecodeError, decode_document, read_legacy, syllable_share
from flows.patterns.legacy_encodings import LEGACY_ENCODINGS
from flows.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "baomoi-2017"
# Typographic punctuation -> the ASCII a legacy 8-bit file would have used.
ASCII_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...",
                                   "•": "*"})


def round_trip(folder: Path, ascii_punctuation: bool = False) -> dict:
    files = sorted(folder.glob("*.txt"))
    report: dict = {"folder": str(folder), "ascii_punctuation": ascii_punctuation, "articles": len(files),
                    "encodings": {}}
    originals = []
    for path in files:
        try:
            text = decode_document(path.read_bytes()).text
            originals.append(text.translate(ASCII_PUNCTUATION) if ascii_punctuation else text)
        except DecodeError:
            report["articles"] -= 1  # not readable in the first place: not part of the round trip
    for encoding in LEGACY_ENCODINGS:
        skipped_by: Counter = Counter()
        detected: Counter = Counter()
        exact = up_to_case = 0
        right_shares, wrong_shares = [], []
        for text in originals:
            try:
                raw = encoding.encode(text)
            except ValueError:
                skipped_by.update({c for c in text if not c.isascii() and c not in encoding.writings})
                skipped_by["(articles)"] += 1
                continue
            for other in LEGACY_ENCODINGS:
                reading = read_legacy(raw, other)
                if reading is not None:
                    (right_shares if other is encoding else wrong_shares).append(syllable_share(reading))
            try:
                decoded = decode_document(raw)
            except DecodeError as error:
                detected[f"quarantined: {str(error).split(': ', 1)[1][:60]}"] += 1
                continue
            detected[decoded.encoding] += 1
            exact += decoded.text == text
            up_to_case += decoded.text.lower() == text.lower()
        tried = len(originals) - skipped_by["(articles)"]
        report["encodings"][encoding.name] = {
            "tried": tried,
            "skipped": skipped_by.pop("(articles)", 0),
            "skipped_for": dict(skipped_by.most_common(12)),
            "detected": dict(detected.most_common()),
            "exact": exact,
            "equal_up_to_case": up_to_case,
            "right_reading_share_min": min(right_shares, default=None),
            "wrong_reading_share_max": max(wrong_shares, default=None),
            "wrong_readings": len(wrong_shares),
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS, help=f"a folder of .txt articles ({CORPUS})")
    parser.add_argument("--ascii-punctuation", action="store_true",
                        help="write curly quotes, dashes and the ellipsis as ASCII before encoding")
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    print(json.dumps(round_trip(args.folder, args.ascii_punctuation), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
