"""Countries as Vietnamese news names them: the CLDR names of the territories in Vietnamese (from babel, the
maintained Unicode locale data) plus the short forms the press uses.

An organisation's name ends at its country ("Bộ Ngoại giao Trung Quốc | Hoa Xuân Oánh"): what follows a country
is the person the body introduces, not part of the body.
"""

from functools import cache

# Short forms the press uses beside the CLDR names ("Mỹ" for Hoa Kỳ, "Anh" for Vương quốc Anh).
# (And the English or French forms some write: "Ngoại trưởng Saudi Arabia Adel al-Jubeir", "Tổng thống Palestine
# Mahmoud Abbas": the corpus; "Thủ tướng Italia X", "Tổng thống Liban Y": a review's.)
PRESS_NAMES = ("Mỹ", "Anh", "Ukraine", "Liên bang Nga", "Liên Bang Nga", "EU", "Liên minh châu Âu", "Australia",
               "Úc", "Triều Tiên", "CHDCND Triều Tiên", "Hàn Quốc", "Trung Quốc", "Lào", "Campuchia", "Singapore",
               "Palestine", "Saudi Arabia", "Arab Saudi", "UAE", "Italia", "Liban", "Kazakstan", "Czech", "Macedonia",
               "Scotland")
# A country's adjective the press writes before a one-word name ("Quốc vương Saudi Salman"): no person's first name.
COUNTRY_ADJECTIVES = ("Saudi",)


@cache
def country_names_in_english() -> tuple[str, ...]:
    """The CLDR names of the countries in English ("Lebanon", "Kazakhstan"): a foreign name never opens with one."""
    from babel import Locale

    return tuple(sorted({name for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}
                        - {"Jordan", "Georgia", "Jersey", "Chad"}))  # (first names as often)
# The states and provinces the overseas Vietnamese press writes after a city ("San Jose, California: ", "Little
# Saigon, CA – ", "Haltom City, TX.- "): those of the United States, Canada and Australia, by name and postal code
# (facts of each country's postal standard). A dateline's region abroad is one of these or a country.
STATES_ABROAD = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Washington DC", "Washington D.C.",
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec",
    "Québec", "Saskatchewan", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "QC", "SK",
    "New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania", "NSW", "VIC",
    "QLD", "SA", "TAS", "ACT",  # (Western Australia's "WA" is Washington's too)
)
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
