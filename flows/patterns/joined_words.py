"""Phrases the person rules read as one word (flows/extract/persons.py joins their words in the text the rules
read): a title or a body's name that holds a stop verb or a word for a place."""

from functools import cache

from flows.patterns import alternation, districts, provinces
from flows.patterns.countries import country_names
from flows.patterns.offices import TITLE_KEYWORDS

# Titles whose words hold a stop verb ("Tổng Thư ký"): joined in the text the rules read, so that the verb "ký"
# ("sign") does not end the title inside them.
JOINED_TITLES = ("Tổng Thư ký", "Thư ký", "Phó Tổng Thư ký", "Phó tổng Thư ký", "Phó tổng thư ký", "Đăng ký",
                 # ... in any case ("ông A - Tổng thư ký Hiệp hội", "Tổng Thư Ký: B", "bà C đảm nhiệm chức vụ Tổng thư ký").
                 # (Not "thư ký" alone: "Phó Bí thư ký biên bản", "bức thư ký tên ...".)
                 "Tổng thư ký", "Tổng Thư Ký", "Phó Tổng thư ký", "Phó Tổng Thư Ký", "Thư Ký",
                 "đăng ký", "dự phòng", "Dự phòng", "dự trữ", "Dự trữ", "dự báo", "Dự báo",
                 # The Buddhist Sangha's chief secretary and deputy ("Chánh Thư ký Ban Trị sự": four sites of BX-CH).
                 "Chánh Thư ký", "Chánh thư ký", "Chánh Thư Ký", "Phó Chánh Thư ký", "Phó Chánh thư ký", "Phó chánh thư ký",
                 # A chief executive: "điều hành" (run) is no verb there ("Giám đốc điều hành Corning", "Tổng Giám đốc
                 # điều hành Vietjet X": six sites of the corpus).
                 *(f"{head} {run}" for head in ("Giám đốc", "giám đốc", "Tổng Giám đốc", "Tổng giám đốc",
                                                "Phó Tổng Giám đốc", "Phó Tổng giám đốc", "Phó Giám đốc", "Phó giám đốc")
                   for run in ("điều hành", "Điều hành")))
# Words of a body's name or a title that hold a stop word: joined the same way, but no title start ("Tòa án nhân
# dân tối cao": "tối", evening, would end the title; "Chủ tịch danh dự": "dự", attend; "Liên hiệp các tổ chức hữu
# nghị": after "các" (the plural of a noun), "tổ chức" is organisations, not the verb "organise"; after a body's
# head its domain, in whichever case: "Trưởng Ban tổ chức Tỉnh ủy", "Chủ nhiệm Ủy ban kiểm tra", where "tổ chức" and
# "kiểm tra" would otherwise be the verbs "organise" and "inspect"). The Youth Union is no person: "Bí thư Đoàn Thanh
# niên" has no "Đoàn Thanh". An alternate member's "dự khuyết" holds "dự" (attend) too: "Ủy viên dự khuyết Trung ương
# Đảng, Bí thư Tỉnh ủy X" is X's title, no clause. The school's own bodies, "nhà trường" (the school) and "Đoàn
# trường" (its Youth Union), are no word for a place: the name after them is a person's ("Phó hiệu trưởng nhà
# trường | X", "Bí thư Đoàn trường | Y"); nor are a ward's or a bloc's Youth Union ("Bí thư Đoàn Phường | X", "Bí thư
# Đoàn Khối | Y"). A steering or an executive board holds a verb too, "chỉ đạo" (direct), "điều hành" (run): "Phó
# trưởng Ban chỉ đạo Tây Bắc X" (corpus); capitalised only ("Trưởng ban chỉ đạo các tổ công tác xuống ...": the verb).
BODIES_NAMED_BY_A_VERB = ("Ban tổ chức", "ban tổ chức", "Ủy ban kiểm tra", "Uỷ ban kiểm tra", "ủy ban kiểm tra",
                          "uỷ ban kiểm tra", "Ban chỉ đạo", "Ban điều hành")
JOINED_WORDS = ("tối cao", "danh dự", "các tổ chức", *BODIES_NAMED_BY_A_VERB, "Đoàn Thanh niên", "Đoàn thanh niên",
                "Đoàn Thanh Niên", "nhà trường", "Đoàn trường", "Đoàn Phường", "Đoàn phường", "Đoàn Khối", "Đoàn khối",
                "dự khuyết",
                # The national radio's name holds a verb, "nói" ("Phó Tổng giám đốc Đài Tiếng nói Việt Nam").
                "Tiếng nói Việt Nam", "tiếng nói Việt Nam",
                # Medicine and pharmacy, not a Highland name opening with "Y" ("Đại học Y Dược Thành phố X").
                "Y Dược", "Y dược",
                # A department's Youth Union is no person ("Phó Bí thư Đoàn Sở Văn hóa ...").
                "Đoàn Sở", "Đoàn sở",
                # A council capitalised word by word is no person surnamed Đồng ("Ủy viên Hội Đồng Trị Sự", "Hội Đồng
                # Quản Trị", "Hội Đồng Thành Phố": seven sites).
                "Hội Đồng",
                # A newspaper's readers' desk, a reading culture: their "đọc" (reads) ends no title ("Trưởng ban Bạn
                # đọc Báo X", "Đại sứ Văn hóa đọc").
                "Bạn đọc", "Văn hóa đọc", "Văn hoá đọc",
                # An embassy, a consulate is a body, not its head's title ("thăm Đại sứ quán Việt Nam tại Nhật Bản, Phó
                # Chủ tịch Quốc hội X": the corpus; "Tổng Lãnh sự quán Việt Nam tại Osaka").
                "Đại sứ quán", "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán")


@cache
def abroad_in_titles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An envoy's or a community's country is its title's, not a clause's place ("Đại sứ Việt Nam tại Nhật Bản Nguyễn
    Quốc Cường", "Chủ tịch Hội người Việt Nam tại Ba Lan", "Đại diện Tòa Thánh tại Việt Nam": four sites of batches
    CG-CH): "tại" and the country, as written and as the names' mask leaves it ("hàn quốc"), joined, and a place at
    home whose name opens with a country's stays apart ("tại Mỹ Tho", "tại Lào Cai", "tại Đức Trọng"): the phrases
    (the places kept as they are, then the phrases joined, for a leftmost-first replacement)."""
    abroad = tuple(f"tại {name}" for country in country_names() for name in {country, country.lower()})
    home = tuple(sorted({f"tại {spelling}" for place in {*provinces.MENTIONS, *districts.district_provinces()}
                         for country in country_names() if place.startswith(f"{country} ")
                         for spelling in (place, place.lower(), country.lower() + place[len(country):])}))
    return home, abroad

# "phụ trách" (in charge of) right after a title is the title's ("Phó Viện trưởng phụ trách Viện X", "Phó Hiệu trưởng
# phụ trách đào tạo", "Phó chủ tịch phụ trách đối ngoại", "Giám đốc phụ trách ...": five sites), not the verb that
# ends it ("Đ/c X phụ trách Chi bộ"): its spaces are joined as JOINED_WORDS' are. (Group 1: the title before it.)
IN_CHARGE = "phụ trách"
TITLE_IN_CHARGE = rf"\b((?i:{alternation([t for t in TITLE_KEYWORDS if IN_CHARGE not in t])})) phụ trách"


# A city's and a town's abbreviations in small letters ("PCT UBND Tp. Phú Quốc X", "Tp. Nha Trang", "Tp. Quy Nhơn":
# four sites of batches BP-CJ): the person rules read them in capitals (the same length), since a small letter before
# a full stop ends a title (persons.STOP).
PLACE_ABBREVIATIONS_IN_SMALL = (("Tp. ", "TP. "), ("Tx. ", "TX. "))
