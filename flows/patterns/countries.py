"""Countries as Vietnamese news names them: the CLDR names of the territories in Vietnamese (from babel, the
maintained Unicode locale data) plus the short forms the press uses.

An organisation's name ends at its country ("Bộ Ngoại giao Trung Quốc | Hoa Xuân Oánh"): what follows a country
is the person the body introduces, not part of the body.
"""

from functools import cache

# Short forms the press uses beside the CLDR names ("Mỹ" for Hoa Kỳ, "Anh" for Vương quốc Anh).
PRESS_NAMES = ("Mỹ", "Anh", "Ukraine", "Liên bang Nga", "Liên Bang Nga", "EU", "Liên minh châu Âu", "Australia",
               "Úc", "Triều Tiên", "CHDCND Triều Tiên", "Hàn Quốc", "Trung Quốc", "Lào", "Campuchia", "Singapore")
# CLDR entries that are not countries a body belongs to (pseudo-locales, "unknown region").
NOT_COUNTRIES = ("Pseudo-Accents", "Pseudo-Bidi", "Vùng không xác định", "Khu vực đồng Euro")


@cache
def country_names() -> tuple[str, ...]:
    """Every country name to look for, longest first."""
    from babel import Locale

    territories = Locale("vi").territories
    names = {name for code, name in territories.items() if len(code) == 2 and code.isalpha()}
    names |= set(PRESS_NAMES)
    names -= set(NOT_COUNTRIES)
    # "Myanmar (Miến Điện)": both spellings, without the brackets.
    for name in list(names):
        if "(" in name:
            names.discard(name)
            names |= {part.strip(" )") for part in name.split("(")}
    return tuple(sorted(names, key=len, reverse=True))
