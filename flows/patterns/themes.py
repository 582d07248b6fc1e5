"""Themes: a small keyword taxonomy. An article has a theme when its title, lead or body uses the theme's
keywords; the score is how many times. Keywords match case-insensitively as whole phrases."""

THEMES = {
    "party_building": (
        "Party building",
        ("xây dựng Đảng", "chỉnh đốn Đảng", "kết nạp đảng viên", "tổ chức cơ sở đảng", "sinh hoạt chi bộ",
         "công tác đảng", "cấp ủy", "đảng viên"),
    ),
    "emulation_rewards": (
        "Emulation and rewards",
        ("thi đua", "khen thưởng", "Bằng khen", "Giấy khen", "danh hiệu", "Huân chương", "biểu dương"),
    ),
    "socio_economic": (
        "Socio-economic development",
        ("phát triển kinh tế", "kinh tế - xã hội", "kinh tế-xã hội", "tăng trưởng", "thu ngân sách",
         "đầu tư", "GRDP", "sản xuất, kinh doanh", "giải ngân"),
    ),
    "covid19": ("COVID-19", ("COVID-19", "Covid-19", "covid", "đại dịch", "phòng, chống dịch", "tiêm vắc xin")),
    "personnel": (
        "Personnel",
        ("công tác cán bộ", "bổ nhiệm", "quy hoạch cán bộ", "luân chuyển", "kiện toàn", "bầu bổ sung",
         "nhân sự", "điều động"),
    ),
    "inspection_discipline": (
        "Inspection and discipline",
        ("kiểm tra, giám sát", "kiểm tra giám sát", "kỷ luật", "Ủy ban Kiểm tra", "thanh tra", "vi phạm",
         "tham nhũng", "tiêu cực"),
    ),
    "propaganda_ideology": (
        "Propaganda and ideology",
        ("tuyên truyền", "quán triệt", "học tập và làm theo", "tư tưởng Hồ Chí Minh", "chủ nghĩa Mác",
         "đấu tranh phản bác", "quan điểm sai trái"),
    ),
    "defence_security": (
        "Defence and security",
        ("quốc phòng", "an ninh", "trật tự an toàn xã hội", "quân sự", "biên phòng", "công an"),
    ),
    "elections": ("Elections", ("bầu cử", "đại biểu Quốc hội", "cử tri", "ứng cử")),
}
