r"""Legacy 8-bit Vietnamese font encodings, as conversion tables: TCVN3 (ABC) and VNI-Windows.

Before Unicode, Vietnamese offices typed with font encodings: the bytes are those of the Windows code page (ASCII
below 0x80), but the font draws Vietnamese letters on the upper codes. A document saved as plain text keeps the
font's codes, so read as UTF-8 or Windows-1258 it is garbage ("H\xe9i" for "Hội" in TCVN3, "Ho\xe4i" in VNI).
The two in common use are tables here; `flows.decode` applies them (one engine, these tables are its data).

Each table is a grid: one row per Vietnamese letter, one column per tone in the order of `TONES`, each cell the
bytes the letter with that tone is written with, in hex. `=` is the letter's own ASCII byte; `-` is a letter the
encoding has no code of its own for (see `caseless`). The letters of `TONES` and the grid's rows are joined and
normalised to NFC, so a cell names exactly one precomposed Unicode letter.

TCVN3 (TCVN 5712:1993, the "VN3" set of the ABC fonts .VnTime, .VnArial ...) gives every lower-case letter with its
tone one byte. Of the capitals it encodes only the seven without a tone that are not ASCII: Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7).
A capital with a tone (Á, Ầ, Ủ ...) has no code: the user switched to the capital font (.VnTimeH), which draws the
lower-case codes as capitals, so the file holds the lower-case code and the case is lost. Decoding therefore
gives the lower-case letter, except inside a word written in capitals (see flows.decode); encoding writes such a
capital with its lower-case code.

VNI-Windows (VNI-Times, VNI-Helve ...) writes most letters as an ASCII base letter followed by one mark byte: a
tone (ù 0xF9 sắc, ø 0xF8 huyền, û 0xFB hỏi, õ 0xF5 ngã, ï 0xEF nặng, as the bytes look in Latin-1), a shape
(â 0xE2 circumflex, ê 0xEA breve), or a shape and a tone in one byte (á 0xE1 circumflex + sắc, é 0xE9 breve +
sắc ...). Capitals take the capital form of the mark byte (0x20 lower). Five letters are one byte of their own
in both cases: đ ơ ư and i with a tone (í ì æ ó ò), and ỵ is î.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property

# The columns of a grid: no tone, sắc (acute), huyền (grave), hỏi (hook above), ngã (tilde), nặng (dot below).
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")

TCVN3_GRID = """
      -     sắc   huyền hỏi  ngã   nặng
a     =     B8    B5    B6    B7    B9
ă     A8    BE    BB    BC    BD    C6
â     A9    CA    C7    C8    C9    CB
e     =     D0    CC    CE    CF    D1
ê     AA    D5    D2    D3    D4    D6
i     =     DD    D7    D8    DC    DE
o     =     E3    DF    E1    E2    E4
ô     AB    E8    E5    E6    E7    E9
ơ     AC    ED    EA    EB    EC    EE
u     =     F3    EF    F1    F2    F4
ư     AD    F8    F5    F6    F7    F9
y     =     FD    FA    FB    FC    FE
đ     AE
A     =     -     -     -     -     -
Ă     A1    -     -     -     -     -
Â     A2    -     -     -     -     -
E     =     -     -     -     -     -
Ê     A3    -     -     -     -     -
I     =     -     -     -     -     -
O     =     -     -     -     -     -
Ô     A4    -     -     -     -     -
Ơ     A5    -     -     -     -     -
U     =     -     -     -     -     -
Ư     A6    -     -     -     -     -
Y     =     -     -     -     -     -
Đ     A7
"""

VNI_GRID = """
      -     sắc   huyền hỏi  ngã   nặng
a     =     61F9  61F8  61FB  61F5  61EF
ă     61EA  61E9  61E8  61FA  61FC  61EB
â     61E2  61E1  61E0  61E5  61E3  61E4
e     =     65F9  65F8  65FB  65F5  65EF
ê     65E2  65E1  65E0  65E5  65E3  65E4
i     =     ED    EC    E6    F3    F2
o     =     6FF9  6FF8  6FFB  6FF5  6FEF
ô     6FE2  6FE1  6FE0  6FE5  6FE3  6FE4
ơ     F4    F4F9  F4F8  F4FB  F4F5  F4EF
u     =     75F9  75F8  75FB  75F5  75EF
ư     F6    F6F9  F6F8  F6FB  F6F5  F6EF
y     =     79F9  79F8  79FB  79F5  EE
đ     F1
A     =     41D9  41D8  41DB  41D5  41CF
Ă     41CA  41C9  41C8  41DA  41DC  41CB
Â     41C2  41C1  41C0  41C5  41C3  41C4
E     =     45D9  45D8  45DB  45D5  45CF
Ê     45C2  45C1  45C0  45C5  45C3  45C4
I     =     CD    CC    C6    D3    D2
O     =     4FD9  4FD8  4FDB  4FD5  4FCF
Ô     4FC2  4FC1  4FC0  4FC5  4FC3  4FC4
Ơ     D4    D4D9  D4D8  D4DB  D4D5  D4CF
U     =     55D9  55D8  55DB  55D5  55CF
Ư     D6    D6D9  D6D8  D6DB  D6D5  D6CF
Y     =     59D9  59D8  59DB  59D5  CE
Đ     D1
"""


@dataclass(frozen=True)
class LegacyEncoding:
    """One legacy encoding: its name as recorded (fact_article.source_encoding), its name in reasons, its grid."""

    name: str
    title: str
    grid: str

    @cached_property
    def _cells(self) -> list[tuple[str, str]]:
        """(letter, cell) for every cell of the grid, the letter in NFC."""
        cells = []
        for row in self.grid.strip().splitlines()[1:]:
            base, *codes = row.split()
            cells += [(unicodedata.normalize("NFC", base + tone), code) for tone, code in zip(TONES, codes)]
        return cells

    @cached_property
    def readings(self) -> dict[bytes, str]:
        """Byte sequence -> the letter it is read as (bytes that read as themselves, ASCII, are left out)."""
        return {bytes.fromhex(code): letter for letter, code in self._cells if code not in ("=", "-")}

    @cached_property
    def caseless(self) -> frozenset[str]:
        """Lower-case letters whose code also stands for their capital (the capital has no code of its own)."""
        return frozenset(letter.lower() for letter, code in self._cells if code == "-")

    @cached_property
    def writings(self) -> dict[str, bytes]:
        """Letter -> its bytes, for every Vietnamese letter the encoding can write (a capital without a code of its
        own is written with its lower-case letter's): the inverse of `readings`, for tests and benchmarks."""
        own = {letter: bytes.fromhex(code) for letter, code in self._cells if code not in ("=", "-")}
        borrowed = {letter: own[letter.lower()] for letter, code in self._cells if code == "-"}
        return {**own, **borrowed}

    def encode(self, text: str) -> bytes:
        """NFC text in this encoding (tests and benchmarks write legacy files with it). A character that is neither
        ASCII nor a Vietnamese letter has no code: ValueError naming it."""
        out = bytearray()
        for char in unicodedata.normalize("NFC", text):
            if char.isascii():
                out += char.encode("ascii")
            elif char in self.writings:
                out += self.writings[char]
            else:
                raise ValueError(f"{self.title} has no code for {char!r} (U+{ord(char):04X})")
        return bytes(out)


TCVN3 = LegacyEncoding("tcvn3", "TCVN3 (ABC)", TCVN3_GRID)
VNI = LegacyEncoding("vni", "VNI", VNI_GRID)
# Tried in this order; a document is accepted only when exactly one of them reads it as Vietnamese.
LEGACY_ENCODINGS = (TCVN3, VNI)
