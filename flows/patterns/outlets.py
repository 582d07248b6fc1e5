"""Outlets and the dateline codes they print before the lead ("ĐBP - Chiều nay...", "PhuthoPortal - ...").

`OUTLETS` maps a dateline code to the outlet's full name and the province it serves (None for national
outlets). A dateline whose code is not listed still yields the code as the outlet, with no province.
"""

import re

from flows.patterns import alternation, districts, outlet_registry, persons, provinces
from flows.patterns.lines import CAPTION_ACTS
from flows.patterns.letters import LETTER, LOWER, MARK, UPPER

OUTLETS: dict[str, tuple[str, str | None]] = {
    "ĐBP": ("Báo Điện Biên Phủ", "Điện Biên"),
    "PhuthoPortal": ("Cổng Thông tin điện tử tỉnh Phú Thọ", "Phú Thọ"),
    "BPT": ("Báo Phú Thọ", "Phú Thọ"),
    "HNM": ("Báo Hà Nội Mới", "Hà Nội"),
    "SGGP": ("Báo Sài Gòn Giải Phóng", "Thành phố Hồ Chí Minh"),
    "NDĐT": ("Báo Nhân Dân điện tử", None),
    "QĐND": ("Báo Quân đội nhân dân", None),
    "CAND": ("Báo Công an nhân dân", None),
    "TTXVN": ("Thông tấn xã Việt Nam", None),
    "VOV": ("Đài Tiếng nói Việt Nam", None),
    "VTV": ("Đài Truyền hình Việt Nam", None),
    "VNA": ("Thông tấn xã Việt Nam", None),
    "Chinhphu.vn": ("Cổng Thông tin điện tử Chính phủ", None),
}

# Upper-case words that open a lead in a code's shape and are the text's, not an outlet's code: "LTS:" (lời tòa
# soạn, the editor's note). (flows/normalise/articles.py leaves them in the lead.)
EDITORIAL_MARKERS = ("LTS",)
# A dateline code at the start of the lead ("ĐBP - ", "(TTXVN) - ", "PhuthoPortal - ", "(Chinhphu.vn) - "), without
# its parentheses, known to the registry or not, by its shape: upper-case codes of 2-8 capitals, figures and
# ampersands, with their domain or not ("TTH.VN", "HTTLVN.ORG", "VOV5", "GD&TĐ"), a site's or a place's name run
# together in CamelCase ("YênBái", "LạngSơn", "BaoLaoCai"; "BizLIVE"), one word longer than any Vietnamese syllable
# (a site's name: "Nongthonviet"), a domain of any depth ("Quanuy1hcm.org.vn", "tuongduong.nghean.gov.vn"), or a
# few capitalised words or codes before a medium's word ("Điện Biên TV", "QK7 Online", "QĐND Online"; not "Bộ GD - ĐT").
DATELINE_CODE_BARE = (rf"(?:{UPPER}(?:[{UPPER}\d]|&{UPPER}){{1,7}}(?:\.(?:VN|ORG|COM|NET)(?:\.VN)?)?|{UPPER}{LOWER}+(?:Portal|Online|News)|{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)+|{UPPER}{LOWER}+{UPPER}{{2,6}}"
                      rf"|{UPPER}{LOWER}{{7,}}|[{LETTER}\d]+(?:[.-][{LETTER}\d]+)*\.vn|(?:{UPPER}[{LOWER}{UPPER}\d]+\s){{1,3}}(?:TV|Online|News|Portal|Plus))")
# A paragraph that opens with a bare code of any such shape, a dash and its dated time ("VTH – Ngày 3/3/2012, ...",
# "Laocaitv.vn - Chiều ngày 3/1, ..."): the text's opening, whether or not the registry knows the code. (A headline's
# part before a dash is a phrase of its own, "Huyện Tân Phú – Sáng nay, ...", "Kỳ họp thứ 12 - Ngày làm việc thứ hai".)
CODE_THEN_DATED_TIME = (rf"^(?:{DATELINE_CODE_BARE})\s*[-–—]\s*(?i:sáng|trưa|chiều|tối|đêm|ngày)(?:\s+(?i:ngày))?\s+"
                        r"\d{1,2}\s*[/.-]\s*\d{1,2}")
# " - ", " – ", ".- " or ": " after a bare code (a space must follow the dash: "HĐND-UBND" is not a dateline).
DATELINE_SEPARATOR = r"\s*\.?\s*(?:[-–—]|:)\s+"
# In parentheses and before a dash, an outlet's name of two or three words may stand for the code: "(Dân trí) - ".
DATELINE_SPACED_CODE = rf"{UPPER}{LOWER}+(?:\s{LOWER}+){{1,2}}"
# A parenthesised code may stand alone before the lead's first word: "(BBNĐT) Ngày 10...", "(SGGP).- Tối".
DATELINE_SEPARATOR_AFTER_PARENTHESIS = r"\s*\.?\s*(?:[-–—]\s*)?"
DATELINE_NAME_MAX_WORDS = 5

# A place's name in capitals before a dash opens a lead as the dateline of where it was written, not of an outlet
# ("KIÊN GIANG – Ông ...", "HÀ NỘI - Sáng nay ...", as national papers print it): it leaves the lead and names no
# outlet. (Tried before the codes: "HUẾ - " is a place, not a code.)
DATELINE_PLACE = "|".join(re.escape(name.upper()) for name in sorted(provinces.MENTIONS, key=len, reverse=True))
# ... and in its own spelling before a dash and the time the lead opens with ("Nghệ An - Chiều 12.1, ...", "Điện
# Biên - Sáng 23/7, ..."; flows/normalise/articles.py holds the time): "Long An – Hải Phòng: ..." is a title.
DATELINE_WRITTEN_PLACE = "|".join(re.escape(name) for name in sorted(provinces.MENTIONS, key=len, reverse=True)
                                  if name != name.upper())
# A place abroad with its state or country, and the outlet's code in parentheses or not, before its dash or colon,
# as the overseas papers print it ("San Jose, California: ...", "Little Saigon, CA – ...", "Haltom City, TX.- ...",
# "WESTMINSTER, California (NV) – ...": four sites), with its day or not ("Thạch Bích, Việt Nam (19/04/2007) - "):
# where it was written (and when: the date line); no outlet. The region is a state abroad or a country
# (countries.STATES_ABROAD), the place none of them nor a province (flows/normalise/articles.py): "Hà Nội, Đà Nẵng:
# ...", "Việt Nam, Lào – ...", "Apple, Samsung: ...", "Nguyễn Văn An, Hà Nội: ..." open their leads.
_PLACE_WORD = rf"{UPPER}[{LETTER}{MARK}]+"
DATELINE_PLACE_AND_REGION = (rf"(?P<abroad_place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),\s+"
                             rf"(?P<abroad_region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}|{UPPER}{{2,3}})\.?"
                             rf"(?:\s+\({UPPER}{{2,6}}\))?")
# A site that names itself in its masthead as a portal or an information page ("Trang TTĐT Sở Thông tin và Truyền
# thông Quảng Bình", "Cổng Thông tin điện tử huyện X"): the line is the outlet's name, never the title.
PORTAL_MASTHEAD = (r"(?i)^(?:trang|cổng)\s+(?:ttđt|thông tin điện tử|tin điện tử|thông tin)\s+"
                   rf"{UPPER}[^.!?:;|]{{2,100}}$")
# ... the kind of site alone ("Trang thông tin điện tử" / "CÔNG AN THÀNH PHỐ HÀ TĨNH"): no name; the next one is.
PORTAL_WORDS_ALONE = r"(?i)^(?:trang|cổng)\s+(?:thông\s+)?tin(?:\s+điện\s+tử)?$"
# A paper, a magazine or a station that prints its own name as a line of its own ("Báo Công An Đà Nẵng", "Báo Dân
# tộc và Phát triển", "Đài Phát thanh - Truyền hình X"): the kind of outlet, then a name that opens in capitals, no
# figure, no run of more than three words in lower case (a sentence's: "Báo Nhân Dân ra mắt ấn phẩm mới" is a
# title), at most OUTLET_MASTHEAD_MAX_CHARS. Above the title it is the page's masthead; never the title.
_LOWER_WORDS = rf"(?:\s+{LOWER}[{LETTER}{MARK}\-]*){{0,3}}"
_OWN_NAME = (rf"{UPPER}[{LETTER}{MARK}\-]*(?:{_LOWER_WORDS}\s+(?:{UPPER}[{LETTER}{MARK}\-]*|[-–&]))*"
             rf"{_LOWER_WORDS}")
OUTLET_NAME = rf"(?:Báo|Tạp chí|Đài)(?:\s+điện\s+tử)?\s+{_OWN_NAME}"
OUTLET_MASTHEAD = rf"^{OUTLET_NAME}$"
# A school's, a museum's or a hospital's site prints the institution's name the same way ("Trường THPT Thạnh Lộc",
# ".:Trường Đại học Tiền Giang:.", "Bảo tàng Lâm Đồng | Lam Dong Museum": its name in another language after a bar).
INSTITUTION_HEADS = ("Trường", "Đại học", "Học viện", "Bảo tàng", "Bệnh viện", "Thư viện")
INSTITUTION_MASTHEAD = (rf"^(?:\.:\s*)?(?:{alternation(INSTITUTION_HEADS)})\s+{_OWN_NAME}(?:\s*:\.)?"
                        r"(?:\s+\|\s+[^|]+)?$")
# A body's site prints the body's name, a place closing it ("GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH BÌNH ĐỊNH", "CÔNG AN
# THÀNH PHỐ HÀ TĨNH", "Liên hiệp Hội Thừa Thiên Huế"): the kind of
# body, then its name, then the country, a province by name or a place's word and a name in capitals. A headline
# says what the body did ("Ban Trị sự Phật giáo tỉnh họp phiên đầu tiên khóa VII"); no figure, no sentence mark.
BODY_HEADS = ("Giáo hội", "Hội", "Liên hiệp", "Liên đoàn", "Công an", "Sở", "Ủy ban nhân dân", "Uỷ ban nhân dân",
              "UBND", "Hội đồng nhân dân", "Mặt trận Tổ quốc", "Viện kiểm sát nhân dân", "Tòa án nhân dân",
              "Toà án nhân dân", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Ban Quản lý", "Tổng công ty",
              "Trung tâm", "Chi cục", "Cục")
_PROVINCE_NAMES = sorted({form for name in provinces.MENTIONS for form in (name, name.upper())}, key=len, reverse=True)
_CAPITALISED_WORDS = rf"{UPPER}[{LETTER}{MARK}\-]*(?:\s+{UPPER}[{LETTER}{MARK}\-]*){{0,3}}"
_BODY_PLACE = (rf"(?:(?i:việt nam)|{alternation(_PROVINCE_NAMES)}"
               rf"|(?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s+{_CAPITALISED_WORDS})")
# (A clause's words make it a headline: "Công an lên tiếng vụ ... ở Hải Phòng".)
_CLAUSE_WORDS = ("ở", "tại", "về", "cho", "của", "được", "bị", "đã", "sẽ", "đang", "với", "trong", "từ", "đến", "lên",
                 "vụ", "không", "là", "có")
BODY_HEAD = rf"^(?i:{alternation(BODY_HEADS)})\s"
BODY_MASTHEAD = rf"{BODY_HEAD}[^\d.!?:;|()\[\]]{{0,50}}?{_BODY_PLACE}$"
BODY_MASTHEAD_CLAUSE = rf"(?i)\s(?:{alternation(_CLAUSE_WORDS)})\s"
# ... and it is printed in capitals or, after the kind of body, with every word capitalised ("Liên hiệp Hội Thừa
# Thiên Huế"; BODY_MASTHEAD_NOT_A_NAME is read with the kind of body cut off): a headline has
# words in small letters ("Hội thao Công an tỉnh Quảng Bình", "Sở Y tế khuyến cáo ... Hà Nội"); nor is it an event
# ("HỘI NGHỊ XÚC TIẾN ĐẦU TƯ TỈNH KON TUM", "HỘI THAO ...").
EVENT_AFTER_HEAD = r"(?i:^(?:nghị|thi|thao|diễn|chợ|khỏe|khoẻ|trại|thảo|báo|xuân|làng|đua|ngộ)\b)"
BODY_MASTHEAD_NOT_A_NAME = rf"(?:^|\s)[{LOWER}]|{EVENT_AFTER_HEAD}"
# A body's own site prints the body's full name as the page's first line, above its menu or the headline, in any
# letter case: a company ("CÔNG TY CỔ PHẦN X", "Tổng công ty X - Công ty cổ phần"), a department ("CỤC THỂ DỤC THỂ
# THAO"), a federation ("Liên hiệp các hội ... Việt Nam"). The kind of body, then 2-14 words: no figure, no sentence
# mark, no comma, no verb or clause word (a headline on the first line says what the body did: "Công ty X tổ chức
# hội nghị ..."), no event after the kind ("Hội nghị ..."). Only on the page's first TOP_MASTHEAD_LINES lines: lower
# down, "Ban Chấp hành ..." is a menu's entry or a heading.
ORGANISATION_HEADS = (*BODY_HEADS, "Công ty", "Tập đoàn", "Tổng cục", "Hiệp hội", "Viện", "Ban", "Bộ", "Ngân hàng",
                      "Ủy ban", "Uỷ ban")
TOP_MASTHEAD_LINES = 2
# ... and so is an institution's name in capitals that ends with its place ("BỆNH VIỆN MẮT HÀ NỘI" under its
# department's "SỞ Y TẾ HÀ NỘI", "BỆNH VIỆN SẢN NHI VĨNH PHÚC": three hospitals' sites of batches CF and CN); a
# headline in capitals says what the institution did and ends otherwise ("TRƯỜNG THPT X KHAI GIẢNG NĂM HỌC MỚI").
INSTITUTION_IN_CAPITALS = rf"^(?i:{alternation(INSTITUTION_HEADS)})\s[^\d.!?:;,|()\[\]“”\"…]{{1,60}}?{_BODY_PLACE}$"
ORGANISATION_HEAD = rf"^(?i:{alternation(ORGANISATION_HEADS)})\s"
ORGANISATION_MASTHEAD = rf"{ORGANISATION_HEAD}[^\s\d.!?:;,|()\[\]“”\"…]+(?:\s+[^\s\d.!?:;,|()\[\]“”\"…]+){{1,13}}$"
# (A headline's verbs: those that end a title of office, a picture's acts, a meeting's or a campaign's; and the
# clause's words a body's masthead never holds.)
HEADLINE_VERBS = ("họp", "triệu tập", "tổng kết", "sơ kết", "triển khai", "ra quân", "hưởng ứng", "kỷ niệm", "đón nhận",
                  "hoàn thành", "đạt", "giành", "vinh danh", "khánh thành", "khởi công", "ký kết", "ra mắt",
                  "thành lập", "bầu", "kiện toàn", "tập huấn", "hỗ trợ", "ủng hộ", "đẩy mạnh", "tăng cường",
                  "thực hiện", "tổ chức")
ORGANISATION_MASTHEAD_VERB = (rf"(?i)\s(?:{alternation((*persons.STOP_VERBS, *CAPTION_ACTS, *HEADLINE_VERBS, *_CLAUSE_WORDS))})"
                              r"(?:\s|$)")
# Printed in small letters, the name must also end as a body's full name does: with the country or a place
# (BODY_MASTHEAD's), or with the company's legal form ("... - Công ty cổ phần"). In capitals, no more is asked.
LEGAL_FORMS = ("công ty cổ phần", "cổ phần", "TNHH", "trách nhiệm hữu hạn", "một thành viên", "JSC", "Group")
ORGANISATION_NAME_END = rf"(?:{_BODY_PLACE}|(?i:{alternation(LEGAL_FORMS)}))$"
# "TP." (thành phố) is the one abbreviation such a name holds: "... ĐÔ THỊ TP. HỒ CHÍ MINH".
CITY_ABBREVIATION = r"\b(?i:tp)\.\s*"
# The decorations around such a name, not part of it.
MASTHEAD_DECORATION = ".: -–|"  # (and a separator the site's name stands before: "Tạp chí Sông Hương -")
OUTLET_MASTHEAD_MAX_CHARS = 60
# A portal's greeting names the site: "Chào mừng bạn đến với Cổng thông tin điện tử huyện X - Tỉnh Y", "CHÀO MỪNG ĐẾN
# VỚI TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH X" (the line is chrome; what it welcomes to is the site's name for itself).
# Whom it greets, if it says ("Chào mừng quý vị và các bạn đến với website của ...", "Chào mừng bạn đã đến với ...").
GREETED = ("quý vị và các bạn", "quý vị và bạn đọc", "quý vị", "quý khách", "quý bạn đọc", "bạn đọc", "các bạn", "bạn")
GREETING = rf"(?i)^chào mừng (?:(?:{alternation(GREETED)})\s+)?(?:đã\s+)?đến với\s+"
# What may follow the site's name on the greeting's line: a wish ("... tỉnh X. Chúc bạn có ngày làm việc vui vẻ !"),
# the site's address ("... TỈNH X - Địa chỉ: 01 Trần Phú ..."). The site called a website, by its address or not,
# is named by what follows ("website www.x.gov.vn của Viện kiểm sát nhân dân tỉnh X" -> "Viện kiểm sát ...").
GREETING_AFTER_NAME = r"(?i)(?:[.!?](?:\s.*)?|\s+[-–|]\s+(?:địa chỉ|điện thoại|email)\b.*)$"
GREETED_NAME = rf"^{UPPER}"  # a name, not a season or an event in words ("mùa lễ hội")
GREETED_NAME_MAX_CHARS = 100
GREETING_LINE_MAX_CHARS = 400  # a greeting with the site's address, telephone and email
GREETED_WEBSITE = r"(?i)^(?:website|trang web)\s+(?:[\w-]+(?:\.[\w-]+)+\s+)?(?:của\s+)?"
# A site's footer names its owner on the line above the owner's address ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X" / "Địa chỉ
# liên hệ: ...", "UBND xã Y - huyện Z" / "Địa chỉ : ..."): a line of a name's length opening with a capital.
FOOTER_ADDRESS_LINE = r"(?i)^địa chỉ(?:\s+liên hệ)?\s*:"
FOOTER_OWNER = rf"^{UPPER}[^.!?:;]{{2,100}}$"
# A site's logo as text: its alt text, the site's name, then the image's address ("UBND phường Xhttps://x.gov.vn/
# uploads/x/logo-x.png", "Đảng ủy - HĐND - UBND ... xã Y, tỉnh Z https://.../logo_1.png"). Group 1: the name.
# (Case-sensitive: the address' literal start lets the search skip every line without one.)
LOGO_WITH_NAME = r"^(\S.*?)\s*https?://\S+/[^/\s]*(?:logo|Logo|LOGO)[^/\s]*\.(?:png|jpe?g|gif|svg|webp|PNG|JPE?G|GIF|SVG)$"
# ... and a site's domain printed as its name ("VNDICY.COM", "baoxyz.vn").
DOMAIN_MASTHEAD = r"^[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.(?i:com|net|org|info|vn)(?:\.(?i:vn))?$"
# A short line that is a site's name for itself: a paper's, a station's, an institution's or its domain.
SHORT_MASTHEAD = rf"(?:{OUTLET_MASTHEAD})|(?:{INSTITUTION_MASTHEAD})|(?:{DOMAIN_MASTHEAD})"
# An outlet that introduces what it publishes ("Tạp chí X trân trọng giới thiệu ...", "Báo Y xin trân trọng gửi tới
# bạn đọc ..."): the page's own outlet, named at the start of a sentence.
SELF_INTRODUCED = (rf"(?:^|[.!?:]\s+)(?P<name>(?:Báo|Tạp chí|Đài|Cổng|Trang)\s+(?:điện\s+tử\s+)?{UPPER}[^.!?:;,()\n]{{1,60}}?)"
                   r"\s+(?:xin\s+)?trân\s+trọng\s+(?:giới\s+thiệu|gửi)")
SELF_INTRODUCED_WORD = "trân"
# A site's editorial board signs for it, by the site's name: "Ban Biên tập Website Đoàn VPTW Đảng" closing a line,
# "BBT Trang Thông tin điện tử HĐND tỉnh đăng tải ..." before its verb: the kind of site, then its name's
# capitalised words and place words. (Neither: "Ban biên tập Báo Thể thao Việt Nam Thể Thao Việt Nam | 09:05", a
# name in lower case then a masthead, names none.)
_BOARDED_LOWER_WORDS = ("thông tin", "điện tử", "tin", "tỉnh", *districts.DISTRICT_KINDS, *districts.COMMUNE_KINDS)
_BOARDED_NAME_WORD = rf"(?:{alternation(_BOARDED_LOWER_WORDS)}|{UPPER}[^\s,.;:!?()]*)"
BOARD_SIGNED = (rf"(?m)(?:Ban\s+[Bb]iên\s+tập|BBT)\s+(?P<name>(?:Trang|Cổng|Website|Báo|Tạp chí)"
                rf"(?:[^\S\n]+{_BOARDED_NAME_WORD})+)(?:[^\S\n]*$|\s+(?:đăng tải|đăng|xin|trân trọng|giới thiệu)\s)")
BOARD_SIGNED_WORDS = ("iên tập", "BBT")
# A code in parentheses may join two acronyms by a hyphen: "(MK-ASEAN) - ".
DATELINE_JOINED_CODE = rf"{UPPER}{{2,8}}-{UPPER}{{2,8}}"

# A dateline code at the start of a line (the shape above, the registry for known codes).
REGISTRY_CODES = outlet_registry.codes() | {c: v for c, v in OUTLETS.items()
                                             if c not in outlet_registry.AMBIGUOUS_CODES}
_KNOWN_CODE = "|".join(re.escape(c) for c in sorted(REGISTRY_CODES, key=len, reverse=True))
_CODE = rf"(?:{_KNOWN_CODE}|{DATELINE_CODE_BARE})"
# A name in parentheses of a few words in any case, with '&', '.' or a hyphen within, before its dash ("(TCT online)
# - ", "(Cổng TTĐT tỉnh AG)- ", "(CTT-Đồng Nai) - "): the outlet's dateline, known to the registry or not. (Without
# the dash, a phrase in parentheses opening the lead stays in it: "(Ảnh minh họa) Sáng 5-3, ...".)
DATELINE_NAME_IN_PARENTHESES = (rf"[{LETTER}][{LETTER}{MARK}\d&.]*(?:(?:\s+|-)[{LETTER}\d][{LETTER}{MARK}\d&.]*)"
                                rf"{{0,{DATELINE_NAME_MAX_WORDS - 1}}}")
# Without a dash, a name in parentheses is the dateline when every word of it opens with a capital or a figure, two to
# four words or one joined by a hyphen, an underscore or a dot ("(Web Quảng Trị) Ngày 20/8/2020, ...", "(PT-TH_Vinh)
# Đảng bộ ..."): "(Ảnh minh họa) Sáng 5-3, ..." stays in the lead. (A province's name so is a place: no outlet.)
_TITLED_WORD = rf"[{UPPER}\d][{LETTER}{MARK}\d&._-]*"
DATELINE_TITLED_NAME = (rf"{_TITLED_WORD}(?:\s+{_TITLED_WORD}){{1,3}}"
                        rf"|{UPPER}[{LETTER}{MARK}\d&]*[._-][{LETTER}{MARK}\d&._-]+")
# ... and so is a code in capitals with its section, place or date after a dash inside the parentheses ("(VNBĐ – Đời
# sống văn nghệ). Sáng 18.12, ...", "(P. TS&TT – Văn Lang, 02/9/2020) - Ngày 31/08/2020, ..."); words in lower case
# or a figure first make none ("(Ảnh – TTXVN)", "(Hà Nội – Việt Nam)", "(Kỳ I – ...)", "(1930 – 2025)").
DATELINE_SECTIONED_NAME = rf"{UPPER}[{UPPER}\d&._-]*(?:\s+{UPPER}[{UPPER}\d&._-]*){{0,2}}"
# A code may carry the day it was written in parentheses before its dash ("WHĐ (06.04.2013) – ", "GPHT (31.7.2025) –
# ": two Catholic sites): the article's date line.
# (A place before its dash is a place with its day or not: "HUẾ (06.04.2013) – ...".)
_PRINTED_DAY = r"\d{1,2}[./-]\d{1,2}[./-]\d{4}"
DATELINE_DATE = rf"(?:\s*\((?P<code_date>{_PRINTED_DAY})\))?"
# (The name in parentheses may have its dash against the next word, as a code does: "(Mặt trận) -Chiều 14/11".)
# A magazine's, a paper's or a station's name with its kind, before a dash or in square brackets, is its dateline too
# ("Tạp chí Biển Việt Nam - Nhân dịp ...", "[Tạp chí Chăn Nuôi Việt Nam] – Ngày 10/7/2020, ...": two sites).
DATELINE = (
    rf"^(?:(?P<place>{DATELINE_PLACE})(?:\s*\({_PRINTED_DAY}\))?\s+[-–—]\s+"
    rf"|(?P<written_place>{DATELINE_WRITTEN_PLACE})\s+[-–—]\s+"
    rf"|(?P<abroad>{DATELINE_PLACE_AND_REGION})(?:\s*\((?P<place_date>{_PRINTED_DAY})\))?\s*[-–—:]\s+"
    rf"|\((?P<pcode>{_CODE}|{DATELINE_JOINED_CODE})\){DATELINE_SEPARATOR_AFTER_PARENTHESIS}"
    rf"|(?P<code>{_CODE}|\({DATELINE_SPACED_CODE}\)){DATELINE_DATE}{DATELINE_SEPARATOR}"
    rf"|\((?P<named>{DATELINE_NAME_IN_PARENTHESES})\)\s*[-–—]\s*|\((?P<titled>{DATELINE_TITLED_NAME})\)\s+"
    rf"|\((?P<sectioned>{DATELINE_SECTIONED_NAME})\s+[-–—]\s+[^()]{{2,60}}\)\s*\.?\s*(?:[-–—]\s*)?"
    rf"|(?P<outlet_named>{OUTLET_NAME})\s+[-–—]\s+|\[(?P<bracketed>{OUTLET_NAME})\]\s*[-–—]\s*)(?P<rest>.+)$"
)
# A dateline code printed on a line of its own above the lead, in parentheses or before its dash ("NDO -",
# "(kiemsat.vn)", "(VTC News) -"): a bare word in capitals alone ("VIDEO") is no code, nor a name in parentheses
# without its dash ("(Ảnh minh họa)").
# ... and so is a name of one to four words before a dash that nothing follows ("Biên phòng -", "Tạp chí Sông Hương
# -"): no headline ends with its dash (an outlet's name only when the registry knows it: flows/normalise/articles.py).
DANGLING_NAME = rf"{UPPER}[{LETTER}{MARK}]*(?:\s[{LETTER}{MARK}]+){{0,3}}"
DATELINE_CODE_LINE = (rf"^(?:\((?P<pcode>{_CODE})\)(?:\s*[-–—])?|\((?P<named>{DATELINE_SPACED_CODE})\)\s*[-–—]"
                      rf"|(?P<code>{_CODE})\s*[-–—]|(?P<dangling>{DANGLING_NAME})\s+[-–—])$")
CODE_LINE_MAX_CHARS = 40
# A first line that opens so is a lead only when the code is in parentheses or in the registry: "APEC - Cơ chế
# hợp tác ..." is a title.
DATELINE_NOT_TITLE = (
    rf"^(?:\((?:{_CODE}|{DATELINE_JOINED_CODE})\){DATELINE_SEPARATOR_AFTER_PARENTHESIS}|(?:{_KNOWN_CODE}){DATELINE_SEPARATOR}"
    rf"|(?:{DATELINE_PLACE})\s+[-–—]\s+|{DANGLING_NAME}\s+[-–—]$)"
)

# The outlet's name printed after the title: "Tiêu đề - Báo X điện tử", "Tiêu đề | Trang thư viện báo X".
TITLE_SUFFIX = (
    r"(?i)\s+[-–|]\s+(?:trang thư viện\s+|trang tin\s+)?(?:"
    + "|".join(re.escape(n) for n in sorted(outlet_registry.names(), key=len, reverse=True))
    + r")\s*$"
)
