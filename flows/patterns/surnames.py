"""The surnames a person's name opens with: the Kinh surnames, the clan names of the peoples of the north and the
Central Highlands, a monk's clan name (flows/patterns/persons.py reads a name only from one of these)."""

# The Central Highlands' peoples name a person with a marker or a clan name first ("Y Biêr Niê", "Ksor Phước",
# "Rơ Mah Tuấn"; the S'tiêng's "Điểu Kré", the Cơ Tu's "Kring Ba"): their given names are no Vietnamese syllables, and
# the name is a name all the same.
HIGHLAND_NAME_OPENERS = ("Y", "H'", "H’", "Ksor", "Rơ Mah", "Rmah", "Rơ Lan", "Rơ lan", "Siu", "Nay", "Rah Lan", "Kpui",
                         "Điểu", "Kring")
# A Buddhist monk's or nun's name opens with the Buddha's clan name, then the Dharma name, whose words are any
# Sino-Vietnamese words, "Từ" (from) and the like too: "Thích Gia Quang", "Thích Từ Vân", "Thích Nữ Diệu Nghiêm".
DHARMA_CLAN = "Thích"
# (The Dharma name's first word: a name is never cut there, `flows/extract/persons.py`.)
DHARMA_NAME_OPENING = rf"^{DHARMA_CLAN}(?:\s+[Nn]ữ)?\s+\S+"
SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Mai", "Lâm", "Cao", "Tô", "Hà", "Tạ", "Chu", "Đoàn",
    "Vương", "Triệu", "Kiều", "Quách", "Thái", "Tăng", "Lại", "Trương", "Khúc", "Lò", "Sầm", "Quàng", "Lường",
    "Cầm", "Giàng", "Mùa", "Vàng", "Hầu", "Thào", "Sùng", "Nông", "Tống", "Doãn", "Âu", "Mạc", "Kha", "La", "Lữ",
    "Lưu", "Nghiêm", "Phùng", "Tiêu", "Ninh", "Từ", "Khổng", "Thân", "Diệp", "Bế", "Hứa", "Văn", "Đàm", "Giáp",
    "Lục", "Uông", "Bạch", "Biện", "Cù", "Đồng", "Hàn", "Khương", "Lã", "Lạc", "Mẫn", "Ngọ", "Nghị", "Phí",
    "Quan", "Tôn", "Thạch", "Trình", "Ung", "Vi", *HIGHLAND_NAME_OPENERS,
    "Ma", "Lù", "Sình", "Lầu", "Hờ", "Tòng", "Điêu", "Chử", "Khuất", "Đậu", "Cấn", "Chẩu", "Thiều", "Sử", "Mạch",
    "Lài", "Trầm", "Chung", "Thịnh", "Ngụy",
    # (Not "Châu" nor "Cái", though surnames: they open districts' names, "Châu Thành", "Cái Nước", and a title's
    # district would be read as a person, "Bí thư Huyện ủy | Châu Thành".)
    # Clan names of the Dao ("Chẻo A Xoang", "Tẩn Láo Lở"), the H'Mông ("Tráng A Pao", "Vừ A Dính") and the Jrai
    # ("Kpăh Thuyên", "Puih Bă"): no Kinh surname, and a name all the same.
    "Chẻo", "Tẩn", "Chảo", "Phàn", "Lìu", "Tráng", "Vừ", "Kpă", "Kpăh", "Puih", "Kpuih",
    DHARMA_CLAN,
)
# Surnames that open other words as often (a Khmer's "Kim", "Sơn", "Danh", "Chau", "Néang"; "Hồng", "Thẩm": "Kim Sơn",
# "Sơn La", "Hồng Lĩnh", "Thẩm định" in title case): a name opens with one only right after a form of address and
# before the joint to its title ("đồng chí Danh Út – Phó Bí thư Thường trực Huyện uỷ", "đồng chí Hồng Thị Mỹ Lương –
# Phó Bí thư", "cô Thẩm Thị Lý - Bí thư chi bộ": two sites of batches CM, CN; "Mã", "Điệp" open "Mã số", "Điệp khúc":
# "đồng chí Điệp Hùng Thắng – Phó Bí thư", batch CP; after a degree, "Thạc sĩ Mã Thị ...", batch CR, none is read).
SURNAMES_AFTER_AN_ADDRESS = ("Kim", "Sơn", "Danh", "Chau", "Néang", "Hồng", "Thẩm", "Mã", "Điệp")
# ... of which women's middle names as often ("Cô Kim Oanh", "Chị Hồng Nhung": a full name's last words, or a man's
# "Hồng Sơn"): those open a name of three words or more only ("Hồng Thị Mỹ Lương", "Sơn Minh Thắng").
MIDDLE_NAMES_AS_OFTEN = ("Kim", "Sơn", "Hồng")
# A Catholic's baptismal names (a saint's, as Vietnamese pages write them) open the name before the surname ("Đức cha
# Giuse Nguyễn Năng", "Cha xứ Giu-se Trần Viết Tiềm", "Hồng y Phao-lô Giu-se Phạm Đình Tụng": six sites of batches
# BT-CA; "Gioan Baotixita", "Gioan Maria Vianney": batches CD-CI; not "Vinh Sơn", a commune's name too). The person rules (patterns/persons.py) read
# them as part of the name; the name kept is the civil one (flows/extract/persons.py). (The annotations split on this:
# batches BX-CI's required persons are civil names on six sites and baptismal on five, twelve persons each way.)
BAPTISMAL_NAMES = ("Giuse", "Giu-se", "Phêrô", "Phê-rô", "Phaolô", "Phaolo", "Phao-lô", "Gioan", "Gio-an", "Đaminh",
                   "Đa-minh", "Micae", "Mi-ca-e", "Micaen", "Anrê", "An-rê", "Antôn", "Tôma", "Toma", "Thomas",
                   "Phanxicô", "Phan-xi-cô", "Xaviê", "Louis", "Giacôbê", "Matthêu", "Gioakim", "Vinhsơn", "Augustinô",
                   "Luca", "Marcô", "Stêphanô", "Phêrô Maria", "Maria", "Anna", "Têrêsa", "Cêcilia", "Martinô",
                   "Baotixita", "Raphael", "Raphae", "Inhaxiô", "Mátthêu", "Batôlômêô", "Philipphê", "Tađêô",
                   "Vianney", "Borgia", "Anphongsô")
