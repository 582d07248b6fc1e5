"""Site chrome: lines that belong to the page, not to the article.

FOOTER_LINES end the article: everything from the first of them on is page furniture (share buttons,
comment boxes, related-article lists, banners). INLINE_LINES are removed wherever they stand.
Both are whole-line, case-insensitive matches. CHROME_PHRASES may also trail another line
("Chính trị - Xã hội Theo dòng thời sự", "... Lượt xem: 3700 In bài viết").
"""

from flows.patterns import alternation, dates
from flows.patterns.letters import LETTER, MARK, UPPER

FOOTER_LINES = (
    "Chia sẻ bài viết",
    "Chia sẻ",
    "Chia sẻ Facebook",
    "Bình luận",
    "Ý kiến bạn đọc",
    "Gửi bình luận",
    "Viết bình luận",
    "Tin khác",
    "Các tin khác",
    "Tin cùng chuyên mục",
    "Tin liên quan",
    "Có thể bạn quan tâm",
    "Bài viết liên quan",
    "Bài liên quan",
    "Các bài viết khác",
    "Tin mới nhất",
    "Tin mới",
    "Mới nhất",  # the newest items' tab alone, under a related list's heading (two school sites of batches CM, CN)
    # The newest items' list in its other wordings ("Tin mới đăng", "Các bài mới": two sites).
    "Tin mới đăng", "Bài mới", "Các bài mới", "Bài viết mới", "Bài viết mới nhất",
    "Tin đọc nhiều",
    "Đọc nhiều nhất",
    "Xem tin theo ngày",
    "Back To Top",
    "Về đầu trang",
    "Lên đầu trang",
    "Trở về đầu trang",
    "Quay lại",
    "Từ khóa",
    "Tags",
    "Thông tin bạn đọc",
)

# The labels of a site's contacts (a footer's lines, a header's).
CONTACT_LABELS = ("hotline", "email", "e-mail", "điện thoại", "tel", "fax", "đường dây nóng")
# Whole-line regexes for the page's footer: the site's imprint (licence, editors, address, contacts), its visitor
# counter, "more videos" lists.
FOOTER_LINE_PATTERNS = (
    rf"(?i)^(?:giấy phép(?: số)?|(?:phó )?tổng biên tập|tòa soạn|toà soạn|cơ quan chủ quản|chịu trách nhiệm"
    rf"|{alternation(CONTACT_LABELS)}|địa chỉ|bản quyền|copyright)\s*:",
    r"(?i)^(?:©|copyright\b)",
    r"(?i)^(?:tổng số |số )?lượt truy cập\s*:?|^thống kê truy cập$",
    # A most-read list's heading ("Quan tâm nhiều nhất", "Tin xem nhiều", as "Đọc nhiều nhất"), older and newer items'
    # ("Những tin mới hơn", "Những tin cũ hơn", as "Tin khác").
    r"(?i)^(?:tin |bài )?(?:xem|đọc|quan tâm) nhiều(?: nhất)?$",
    r"(?i)^(?:những |các )?(?:tin|bài) (?:mới|cũ) hơn$",
    # A comment counter: "HD(0) Bình luận", "Bình luận (3)".
    r"(?i)^(?:\S+\s*)?\(\d+\)\s*bình luận$",
    r"(?i)^bình luận\s*\(\d+\)$",
    # A related list's heading in its other wordings: "Tin tức khác", "Bài viết khác", "Các tin cùng chuyên mục",
    # "Tin tức liên quan".
    r"(?i)^(?:các |những )?(?:tin|bài|video|ảnh|clip|phóng sự)(?: tức| viết| ảnh)? (?:khác|cùng chuyên mục|liên quan)$",
    # ... and "Các thông tin khác:" (a notice's sub-heading "Thông tin khác:" is its text).
    r"(?i)^các thông tin khác\s*:?$",
    # An English theme's: "Related Articles", "Show More", "Check Also", "Others:"; a blog engine's comment form and
    # share buttons ("Leave a Reply": three sites of batches CL, CN; "Share this post"; "No comments yet. Be the first.").
    r"(?i)^(?:related articles|show more|check also|others\s*:?|leave a reply|share this post)$",
    r"(?i)^no comments yet\b",
    # A blog engine's comment form: its heading "Trả lời" (Reply; a whole line, no colon: an interview's "Trả lời:"
    # is text) and its notice "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc ...".
    r"(?i)^trả lời$",
    r"(?i)^email của bạn sẽ không được hiển thị công khai\b",
    # ... and its prompts: "Hãy là người đầu tiên bình luận", "Hãy là người bình luận đầu tiên", "Vui lòng nhập nội dung".
    r"(?i)^hãy là người (?:đầu tiên|bình luận đầu tiên)\b|^vui lòng nhập (?:nội dung|mã xác nhận|họ tên|email)\b",
)

INLINE_LINES = (
    "In bài viết",
    "In bài",
    "In",
    "Bản in",
    "Gửi bài viết",
    "Gửi email",
    "Lưu bài viết",
    "Theo dòng thời sự",
    "Nghe đọc bài",
    "Nghe bài viết",
    "Cỡ chữ",
    "Text Size", "Font Size",  # (an English theme's font-size control)
    "Mặc định Cỡ chữ",
    "In bài này",
    "Đọc báo in",
    "Tải ứng dụng",
    "Theo dõi trên Google News",
    "Nghe audio",
    "Đọc bài",
    "Đọc bài viết",
    "leftcenterrightdel",
    "Tin nóng",  # a ticker's label ("hot news") over the page
)

# A site's account links, alone or in a row: "Đăng nhập", "ĐĂNG KÝ | ĐĂNG NHẬP", "Sign In".
ACCOUNT_LINKS = ("đăng nhập", "đăng ký", "đăng kí", "đăng xuất", "sign in", "sign up", "sign out", "log in", "login",
                 "register")
_ACCOUNT_LINK = rf"(?:{alternation(ACCOUNT_LINKS)})"

# The names a site's language switch gives its languages.
LANGUAGE_NAMES = ("Vietnamese", "English", "Tiếng Việt", "Tiếng Anh", "Français", "Chinese", "Japanese", "Korean",
                  "中文", "日本語", "한국어")
# Whole-line regexes for chrome that carries a value: an embedded video's file name, tag lists.
# A short phrase in capitals, one to three words (a motto's part: "AN TOÀN", "KỶ CƯƠNG").
_MOTTO_PHRASE = rf"{UPPER}[{UPPER}{MARK}]*(?:\s{UPPER}[{UPPER}{MARK}]*){{0,2}}"
# "Theo dõi Báo X trên Google News", "Theo dõi X trên Youtube", "Quay về E-magazine ...": a site's follow button
# and back link. What it follows is the site itself (group 1: "Báo Tây Ninh", "KT&TD"; four sites), named with a
# capital (flows/normalise/articles.py: "Theo dõi chúng tôi trên Google News", "Theo dõi Fanpage trên" name none).
FOLLOW_BUTTON = r"(?i)^(?:quay về\s+\S+\s+)?theo dõi\s+(.{2,60}?)\s+trên\s*(?:google news|youtube|facebook|zalo|tiktok)?$"
FOLLOWED_NAME = rf"^[{UPPER}\d]"
NOT_FOLLOWED_NAMES = ("Fanpage", "Kênh", "Tin tức", "Chúng tôi", "Trang", "Facebook", "Youtube", "Zalo")
INLINE_LINE_PATTERNS = (
    # The account links (ACCOUNT_LINKS), never the title or the lead.
    rf"(?i)^{_ACCOUNT_LINK}(?:\s*[|/]\s*{_ACCOUNT_LINK})*$",
    # The site's manager and contact labels in its header, a short line ("Đơn vị quản lý: Trung tâm Thông tin - Bộ X",
    # "Liên hệ:"): dropped where they stand (in an article a contact paragraph is longer, and the text goes on).
    r"(?i)^(?:đơn vị quản lý|cơ quan quản lý|liên hệ)\s*:.{0,80}$",
    # A row of an article's tool buttons printed as text: "Email In PDF.", "Print | Email", "In | Chia sẻ", with the
    # font-size buttons some rows end with, glued or not ("EmailPrintAa", "In A- A+").
    r"(?i)^(?:(?:email|e-mail|in|pdf|print|bản in|chia sẻ|lưu|aa|[+-]?a[+-]?)[\s.,|/]*){2,5}$",
    r"(?i)^(?:video|clip)\s*:\s*\S+\.(?:mp4|flv|webm|mov|m3u8|avi)(?:\?\S*)?$",
    r"(?i)^(?:từ khóa|tags?)\s*:.*$",
    # The section's label, alone or with the section's name: "CHUYÊN MỤC", "Chuyên mục: Tin nổi bật", "CHUYÊN MỤC /
    # Hoạt động kiểm sát" (a sentence about a column, "Chuyên mục được đăng tải ...", has no separator).
    r"(?i)^chuyên mục(?:\s*[:/|»>]\s*[^.]{0,60})?$",
    # ... and an English theme's ("In category Tin tức", "Posted in Tin hoạt động", "Filed under ..."; dates.POSTED_IN_SECTION
    # on a date line: batches CO, CT).
    r"(?i)^(?:in category|posted in|filed under)\s*:?\s+[^.]{1,60}$",
    # A site's contacts run along its header line after the page's stamp, two labels with their values or more
    # ("Chủ nhật 22/02/2026 23:48 Hotline: 0326... Email: toasoan@..."; opening with a label, such a line is a footer's
    # already). (A paragraph that gives contacts tells whom to call first: "Mọi chi tiết xin liên hệ ..., điện thoại:
    # ..., email: ...".)
    rf"(?i)^(?:(?:{dates.WEEKDAY}[\s,]*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?\s*)+"
    rf"(?:{alternation(CONTACT_LABELS)})\s*:.{{1,80}}?(?:{alternation(CONTACT_LABELS)})\s*:.{{0,120}}$",
    # A language switch: the languages' names, glued or apart ("Vietnamese English", "EnglishVietnamese").
    rf"(?i)^(?:(?:{alternation(LANGUAGE_NAMES)})[\s|/-]*){{2,5}}$",
    # ... or the language chosen, with its region's code as a content manager's language pack names it
    # ("Vietnamese-VN", "English-GB").
    rf"^(?i:{alternation(LANGUAGE_NAMES)})-[A-Z]{{2}}$",
    # Template placeholders left unfilled: "{title}", "{publish}".
    r"^\{\w+\}$",
    # A stamp of the time since publication, with a few words of label at most: "58 phút trước", "4 năm trước Nguồn:
    # Báo X" (no date to read: meta the page adds, not text).
    r"(?i)^\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước(?:\s*[|,:-]?\s*\S+){0,4}$",
    # An image's file name printed as a line: "anh-1.jpg", with its size as an attachment: "IMG_9478.jpg (662 KB)",
    # spaces and all ("anh Long Dong.JPG", "hoi nong dan 1.jpg", "Trao huy hiệu Đảng cho các đảng viên .jpg").
    r"(?i)^.{0,150}\.(?:jpe?g|png|gif|webp|bmp)(?:\s*\(\d+(?:[.,]\d+)?\s*[KMG]?B\))?$",
    # ... or without its extension, and a page element's id: one word of ASCII letters and figures joined three
    # times or more by hyphens or underscores ("vlcsnap-2020-08-05-15h07m48s126", "menu_WAR_..._INSTANCE_hKWB").
    r"^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}$",
    # ... or its alternative text, which the site numbers: "Tiêu đề - Ảnh 1." (an index, no photographer's name).
    r"(?i)[-–]\s*ảnh\s+\d{1,2}\.?$",
    # Font-size buttons: "A A", "A- A+", "-A A +A", "A A A"; and their labels, "Cỡ chữ", "Xem với cỡ chữ", "Tăng cỡ chữ Giảm cỡ
    # chữ", "Điều chỉnh kích thước chữ" (a short line about the size of the letters is the page's, never the text's); the
    # zoom buttons side by side ("Phóng to Thu nhỏ In").
    r"^(?:[+-]?A[+-]?\s*){2,3}$",
    r"(?i)^.{0,30}(?:cỡ chữ|kích thước chữ|kích cỡ chữ|font size|phóng to\s*[|/-]?\s*thu nhỏ).{0,50}$",
    FOLLOW_BUTTON,
    r"(?i)^google news$",
    # A breadcrumb: "Trang chủ > Giới thiệu chung", "Tin tức » Chính trị", "Trang chủ >> Tin tức", "> Tin tức > Tin
    # hoạt động > (the title, cut)": its last step may be the article's title.
    r"^(?:(?:>>|[>»›])\s*)?[^>»›.]{1,40}(?:\s+(?:>>|[>»›])\s+[^>»›.]{1,60})*\s+(?:>>|[>»›])\s+[^>»›]{1,200}$",
    # ... its steps parted by slashes from the home page's: "Trang chủ / Tin tức - Sự kiện / Tin hoạt động".
    r"(?i)^(?:trang chủ|home)\s+/\s+[^/]{1,60}(?:\s+/\s+[^/]{1,200})+$",
    # A widget still loading when the page was saved: "Loading...", "Đang tải...", "Chờ...".
    r"(?i)^(?:loading|đang tải|chờ|vui lòng chờ)\s*(?:\.{2,}|…)$",
    # A screen reader's links printed as text: "Skip Ribbon Commands", "Skip to main content" (portals on SharePoint).
    r"(?i)^skip (?:ribbon commands|to (?:main )?content|navigation)$",
    # A page's label for the article it shows: "Chi tiết bài viết", "Chi tiết tin Tin tức", "Chi tiết - Huyện X".
    r"(?i)^chi tiết (?:bài viết|tin tức|tin)(?:\s+\S+){0,3}$",
    r"(?i)^chi tiết\s+[-–|»>]\s+(?:\S+\s*){1,4}$",
    # A festive banner over the page: "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ...!", "Nhiệt liệt chào mừng Ngày bầu cử ...": the
    # site's decoration, never the title or the lead (a sentence that opens so has its period: it stays text).
    r"(?i)^nhiệt liệt chào mừng\b[^.]{0,200}!?$",
    # A comment counter wherever it stands (under the sapo or after the text): "Bình luận 0", "Ý kiến ()",
    # "Ý kiến (2)". (After the text, "Bình luận (3)" also ends the article: FOOTER_LINE_PATTERNS.)
    r"(?i)^(?:bình luận|ý kiến)\s*(?:\(\s*\d*\s*\)|\d+)$",
    # An image's alt text as some sites print it, the headline or a caption numbered as the article's n-th picture
    # ("Ông X tái đắc cử chức Chủ tịch ... - Ảnh 1."): the picture's label, not its caption (which follows it).
    r"^\S.{1,196}\s[-–]\sẢnh\s\d{1,2}\.?$",
    # An advertisement's label: "Quảng cáo", "ADQuảng cáo".
    r"(?i)^(?:ad\s*)?quảng cáo$",
    # An image's markup printed as a line: "![]() |", "<image>anh-1.png</image>",
    # "<img src=...>".
    r"(?i)^(?:!\[[^\]\n]*\]\([^)\n]*\)|<image>[^\n]*</image>|<img\s[^>\n]*>)[\s|]*$",
    # Where the article was taken from, on a line of its own: "Nguồn: https://...", "Nguồn tin: Báo X" (not text),
    # or the whole line in parentheses: "(Nguồn: Trang tin UBND Quận X - http://...)".
    r"(?i)^nguồn(?:\s+(?:tin|bài))?\s*:\s*\S.*$",
    # ... or a label of the link to it, alone: "Nguồn bài viết", "Link nguồn bài viết", "Truy cập link gốc".
    r"(?i)^(?:link\s+)?nguồn(?:\s+(?:tin|bài(?:\s+viết)?))?\s*:?$",
    r"(?i)^(?:truy cập|xem|mở)?\s*(?:link|liên kết)\s+(?:gốc|nguồn)$",
    r"(?i)^\(\s*nguồn(?:\s+(?:tin|bài))?\s*:[^()]+\)$",
    # A short label and a web address, nothing else: "Link nội dung: https://...", "Báo X - Địa chỉ: https://..."
    # (the page's link to itself or to its site; the text does not stop for an address alone).
    r"(?i)^[^:]{2,40}:\s*https?://\S+$",
    # A weather widget's line: a place, then its temperature ("Hà Giang, 28°C", "Hà Nội: 26°C Hà Nội"); a headline
    # that gives a temperature says what is hot ("Căn nhà bỗng nhiên nóng 40°C").
    rf"^{UPPER}[{LETTER} .]{{1,30}}[,:]\s*-?\d{{1,2}}\s*°\s*C\b.{{0,40}}$",
    # A portal's web part named by its identifiers, printed as a line ("PublishingPortal - Block_BanTin_Toolbar",
    # "PublishingPortal - Block_Toolbar"): words joined by underscores are a program's, never the text's.
    r"^[A-Za-z][A-Za-z0-9]*(?:\s+-\s+[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)+$",
    # An image's alt text left as a few typed letters ("q", "ghfhg") or a few words typed without their accents
    # ("anh tin bai", "image banner"): no Vietnamese line of text is a few short words with no accent nor capital.
    r"^[a-z]{1,8}(?: [a-z]{1,8}){0,3}$",
    # A body's motto in capitals, three short phrases or more between dashes, in quotes or not ("THÂN THIỆN - AN TOÀN
    # - HIỆU QUẢ", "“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ”"): the site's banner, not a headline.
    rf"^[“\"]?{_MOTTO_PHRASE}(?:\s*[-–—]\s*{_MOTTO_PHRASE}){{2,}}[”\"]?$",
)

# A comment form's or share bar's line, in whatever order a site prints its words ("Thích và chia sẻ bài viết qua",
# "Nhập bình luận của bạn:", "Ý kiến bạn đọc - Gửi bình luận", "Gửi bình luận Nhập lại", "Chia sẻ Zalo", "Xem thêm
# bình luận", "Để lại một bình luận", "Bình luận về bài viết này", "Thêm ý kiến góp ý"; a form with none yet, "Không
# có bình luận", "Không có nhận xét nào"; a WordPress theme's English heading, "Leave a Reply": two sites): every word
# of the line is
# one of INTERFACE_WORDS, and one of them names the widget (INTERFACE_ANCHORS). Removed wherever it stands (a share
# bar may stand under the title too).
INTERFACE_ANCHORS = ("chia sẻ", "bình luận", "nhận xét", "ý kiến", "share", "like", "tweet", "reply")
INTERFACE_WORDS = INTERFACE_ANCHORS + (
    "bạn đọc", "của bạn", "gửi", "viết", "nhập", "lại", "mới", "xem thêm", "thích", "và", "bài viết", "bài", "qua",
    "lên", "facebook", "zalo", "twitter", "email", "để lại", "một", "về", "này", "thêm", "góp ý", "không có", "nào",
    "leave a",
)

# Phrases that can trail a header line and are removed before the line is classified.
CHROME_PHRASES = ("Theo dòng thời sự", "In bài viết", "In bài", "Gửi bài viết", "Chia sẻ", "Bản in", "Đọc báo in",
                  "Tải ứng dụng")
# A header line that ends with a colon introduces the title (a kicker: "Vùng đô thị trung tâm tỉnh X:",
# "Bí thư Tỉnh ủy Nguyễn Văn A:"): it is never the title itself.
KICKER = r":\s*$"

# A breadcrumb's first step, the site's home ("Trang chủ Tin tức X: Họp trù bị ...", "Home Tin tức - Sự kiện ..."):
# with the headline's first BREADCRUMB_HEADLINE_CHARS characters in it, the line is the breadcrumb, not the headline
# (flows/normalise/header_marks.py).
BREADCRUMB_HOME = r"(?i)^(?:home|trang chủ|trang nhất)\s"
BREADCRUMB_HEADLINE_CHARS = 25

# --- the line-level rules of flows/normalise/lines.py ---------------------------------------------------
FOOTER_LINE = rf"(?i)^(?:{alternation(FOOTER_LINES)})\s*:?$"
# (... alone, or a row of them between bars: "In bài viết | Gửi email | Lưu bài viết".)
INLINE_LINE = rf"(?i)^(?:{alternation(INLINE_LINES)})(?:\s*[|•·]\s*(?:{alternation(INLINE_LINES)}))*$"
CHROME_PHRASE = rf"(?i)\s*(?:{alternation(CHROME_PHRASES)})\s*"
# (Separators between the words: spaces, a colon, a dash or bar, a counter "()" or "(3)".)
INTERFACE_LINE = rf"(?i)^[\s:|()\d–-]*(?:(?:{alternation(INTERFACE_WORDS)})(?:[\s:|()\d–-]+|$))+$"
INTERFACE_ANCHOR = rf"(?i){alternation(INTERFACE_ANCHORS)}"
# A line of punctuation, symbols and spaces only.
JUNK_LINE = r"^[\p{P}\p{S}\s]*$"
