"""The lines frame: one row per non-empty line of every document, classified by vectorised polars rules.

Each line first gets line-level flags (is it a date line? chrome? a byline?) from the pattern tables, then a
`role` from its position in the document: header lines, the title, the lead, the body region up to the first
footer line, captions and bylines inside it. The article frame is assembled from these roles.
"""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.normalise.header_marks import header_marks
from flows.normalise.headline_overlap import (NEVER_LINE, above_its_date, closed_above_its_date, closed_above_its_text,
                                              caption_under_the_title, deck_under_the_title, first_line, headline_in_capitals, nearest_headline, on_line,
                                              unrelated_headlines)
from flows.normalise.line_measures import MEASURES, labelled_stamp, line_measures, mostly_figures
from flows.normalise.mastheads import is_masthead, names_the_body, names_the_site
from flows.normalise.person_lines import person_line_flags, signed_with_offices
from flows.normalise.reprints import meeting_number_line, piece_of_title, under_the_title_reprinted
from flows.normalise.signatures import closing_signature, signed_above_the_text, signed_with_affiliation
from flows.normalise.splitting import split_lines
from flows.normalise.unaccented import mark_stripped_copies
from flows.patterns import bylines as by
from flows.patterns import captions as cap
from flows.patterns import categories, chrome, dates, outlets
from flows.patterns import lines as sizes
from flows.patterns.letters import LETTER, LOWER

# The columns the role rules compute for one another, dropped once every line has its role.
_WORKING_COLUMNS = ("upper_label__", "breadcrumb__", "unrelated__", "related__", "shared__", "opens_with_code__",
                    "reads_as_text__", "lead_text__", "menu_words__", "opens_the_text__", "after_names__", "first_running_no__",
                    "no_headline__", "dated__", "affiliation__", "signs_closed__", "signs_after_text__", "ascii_words__",
                    "closed_headline__", "code_alone__", "caption_shaped__", "title_piece__", "meeting_number__",
                    "closed_above__", "caption_under__")


def classify_line_kinds(lines: pl.DataFrame) -> pl.DataFrame:
    """Flags that depend on a line's text alone."""
    text = pl.col("text")
    lines = line_measures(lines)
    short, caption_sized = pl.col("short__"), pl.col("caption_sized__")
    has_date, has_views, residue, named_residue = map(pl.col, ("has_date__", "has_views__", "residue__", "named_residue__"))
    without_chrome = short.str.replace_all(chrome.CHROME_PHRASE, " ").str.strip_chars()
    letterhead = short.str.contains(dates.LETTERHEAD_DATE_LINE)
    signature_sized = regex.at_most(text, by.SIGNATURE_LINE_MAX_CHARS)  # (signatures and credits are short)
    acts = signature_sized.str.contains(by.SIGNED_AFFILIATION_ACT).fill_null(False)  # (a person's act: a caption)
    flags = {
        # A photo credit, a note on a picture, or where someone stands in it: a caption's evidence.
        "has_photo_credit": regex.contains(caption_sized, cap.PHOTO_CREDIT)
        | caption_sized.str.contains(cap.MEDIA_NOTE) | regex.contains(caption_sized, cap.PICTURE_POSITION),
        # Running text, never a caption: a connective or time phrase first, a list mark, a figure, "tôi", a label.
        "opens_like_text": pl.any_horizontal(regex.contains(caption_sized, pattern) for pattern in (
            cap.PARAGRAPH_OPENER, cap.RUNNING_TEXT_WORD, cap.FULL_DATE_WITH_YEAR, cap.NARRATIVE_SENTENCE,
            cap.ATTENDANCE_SENTENCE, cap.TOPIC_HEADING))
        | caption_sized.str.contains(cap.TIME_OPENER) | caption_sized.str.contains(cap.LIST_MARK)
        | caption_sized.str.contains(cap.FIGURES_OF_TEXT) | caption_sized.str.contains(cap.LABEL_LINE)
        | (caption_sized.str.count_matches(r"\d+") > cap.MAX_CAPTION_FIGURES),
        # A sub-heading in capitals ("THẢO LUẬN TẠI HỘI TRƯỜNG").
        "is_upper": (caption_sized == caption_sized.str.to_uppercase()) & caption_sized.str.contains(cap.TWO_CAPITALS),
        "is_junk": text.str.contains(chrome.JUNK_LINE),
        "is_footer": short.str.contains(chrome.FOOTER_LINE)
        | pl.any_horizontal(short.str.contains(p) for p in chrome.FOOTER_LINE_PATTERNS),
        # (A letterhead's place and date is the document's, not the page's: no publication date.)
        "is_inline_chrome": pl.col("greeted_name").is_not_null() | short.str.contains(chrome.INLINE_LINE)
        | pl.any_horizontal(short.str.contains(p) for p in chrome.INLINE_LINE_PATTERNS)
        | (short.str.contains(chrome.INTERFACE_LINE) & short.str.contains(chrome.INTERFACE_ANCHOR))
        | letterhead,
        "is_date_line": has_date & ((residue == "") | pl.col("residue_names__") | labelled_stamp(short, named_residue))
        & (text.str.len_chars() <= sizes.DATE_LINE_MAX_CHARS) & ~letterhead,
        "is_masthead": is_masthead(short),
        "names_itself": names_the_site(short), "is_body_masthead": names_the_body(short),
        # (Headline-sized: a longer line closed by a colon is a paragraph that introduces pictures or a list.)
        "is_kicker": regex.at_most(short, sizes.TITLE_TYPICAL_MAX_CHARS).str.contains(chrome.KICKER).fill_null(False),
        "is_names_line": (regex.contains(short, by.NAMES_LINE) | regex.contains(signature_sized, by.WRITERS_WITH_SOURCES))
        & ~regex.contains(short, by.NOT_NAME) & (text.str.len_chars() <= by.MAX_NAME_LINE_CHARS),
        "is_view_line": has_views & (residue == ""),
        "is_credit": pl.any_horizontal(regex.contains(short, p) for p in by.CREDIT_LINES) & ~acts | short.str.contains(by.COMPILED_SIGNATURE_LINE),
        "is_signed_name": regex.contains(short, by.SIGNED_NAME_LINE) | signed_with_offices(short),
        **person_line_flags(caption_sized),
        # A line that is a title of office ("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy,").
        "is_office_line": short.str.contains(by.OFFICE_LINE) & (text.str.len_chars() <= by.MAX_OFFICE_LINE_CHARS)
        & ~text.str.ends_with("."),
        "is_signed_affiliation": signed_with_affiliation(signature_sized) & ~acts,
        "is_lone_name": short.str.contains(by.LONE_NAME_LINE) & ~regex.contains(short, by.NOT_NAME)
        & (text.str.len_chars() <= by.MAX_NAME_LINE_CHARS),
    }
    return lines.with_columns(
        **{name: flag.fill_null(False) for name, flag in flags.items()},
        # The names of an author + date line ("Mẫn Doanh | 15/12/2022 09:55"): its authors.
        date_line_names=pl.when(pl.col("residue_names__") & (named_residue != "")).then(named_residue),
        # The top section: the first name and those joined to it by a dash ("Chính trị - Xã hội"), without the
        # subsection printed after it ("... Xây dựng Đảng") or a breadcrumb's later steps.
        category=pl.when(without_chrome.str.contains(categories.CATEGORY_LINE)).then(without_chrome.str.extract(categories.TOP_SECTION, 0)),
    ).drop(*MEASURES)


# --- positions within a document -------------------------------------------------------------------------


def _skipped() -> pl.Expr:
    """Lines that are never the title, the lead or text: junk, footer, inline chrome, meta, a masthead, a dateline
    code alone (`_text_marks`)."""
    return (pl.col("is_junk") | pl.col("is_footer") | pl.col("is_inline_chrome") | _is_meta()
            | pl.col("is_masthead") | pl.col("names_itself") | pl.col("code_alone__"))


def _is_meta() -> pl.Expr:
    return pl.col("is_date_line") | pl.col("is_view_line")


def _printed_twice() -> pl.Expr:
    """The same line twice in a row: above the title, a short one is a menu or a topic bar and a longer one the
    title printed twice (the page's heading, then the article's); below it, an image's alt text and caption."""
    text = pl.col("text")
    return ((text == text.shift(1).over("source_uri")) | (text == text.shift(-1).over("source_uri"))).fill_null(False)


def _reads_as_text() -> pl.Expr:
    """Running text: two sentences, or an opening time phrase or clause ("Sáng 14-8, ...", "Qua 2 ngày, ..."), or a
    preamble's opening ("Căn cứ ...").
    (Computed once per line, as `reads_as_text__`, by `assign_roles`; the steps after it read the column.)"""
    text = pl.col("text")
    return (
        text.str.contains(cap.SENTENCE_BREAK) | text.str.contains(cap.TIME_OPENER)
        | regex.contains(text, cap.OPENING_CLAUSE) | text.str.contains(cap.PREAMBLE_OPENER)
    )


def _running_text(reads_as_text: pl.Expr) -> pl.Expr:
    """A paragraph, not a headline: longer than any title, or reading as text and long or ending as a sentence."""
    text = pl.col("text")
    return (text.str.len_chars() > sizes.TITLE_MAX_CHARS) | reads_as_text & (
        (text.str.len_chars() > sizes.TITLE_TYPICAL_MAX_CHARS) | text.str.ends_with("."))


def _menu_entry(skipped: pl.Expr, reads_as_text: pl.Expr) -> pl.Expr:
    """A line of a few words above a headline that comes before any running text is a menu entry, a tab or a
    site's name ("Tìm kiếm", "Tiếng Việt | English", "Phú Thọ 24h"), not the title. (A title that short stands alone
    above the text: "Lời tòa soạn".) So is a body's full name on the page's first lines (`is_body_masthead`) above a
    headline, in capitals or not; alone above the text, it is the headline ("Bộ Ngoại giao phản đối ...")."""
    line_no, text = pl.col("line_no"), pl.col("text")
    # (Separators are no words: "Công đoàn -- Thanh niên", "Tin tức | Sự kiện" are two-entry menus.)
    words = pl.col("menu_words__")
    running_text = _running_text(reads_as_text)
    headline = (~skipped & ~running_text & (words > sizes.MENU_MAX_WORDS) & ~text.str.ends_with(".")
                & ~pl.col("is_names_line"))
    next_headline_no = pl.when(headline & ~pl.col("is_upper")).then(line_no).shift(-1).backward_fill().over("source_uri")
    next_any_headline_no = pl.when(headline).then(line_no).shift(-1).backward_fill().over("source_uri")
    masthead = pl.col("is_body_masthead") & (next_any_headline_no < pl.col("first_running_no__")).fill_null(False)
    # A section's name with what the section covers ("Hoạt động các sở, ban, ngành, địa phương", "Tin tổng hợp
    # (Chính trị, Thanh tra)") is a menu entry too when a headline follows it.
    section = (text.str.contains(categories.SECTION_OPENING) & (words <= sizes.SECTION_LINE_MAX_WORDS)
               & ~text.str.ends_with("."))
    return ~skipped & (((words <= sizes.MENU_MAX_WORDS) | section) & (next_headline_no < pl.col("first_running_no__"))
                       | masthead).fill_null(False)


def _sentence_shaped() -> pl.Expr:
    """A line that can be a lead: more words than a menu entry, or a sentence's end. ("Xem với cỡ chữ", "0:00 /
    0:00", a tab's name between the title and the text are not, nor a section's name of two parts: separators are
    no words, as in a menu, "Chính trị - Ngoại giao", "Thông tin - Tin tức".)"""
    text = pl.col("text")
    short = regex.at_most(text, sizes.MENU_MAX_CHARS)
    return ((text.str.len_chars() > sizes.MENU_MAX_CHARS) | (short.str.count_matches(sizes.MENU_WORD) > sizes.MENU_MAX_WORDS)
            | short.str.contains(r"[.!?…]$")).fill_null(False)


def _opens_the_text(reads_as_text: pl.Expr) -> pl.Expr:
    """A first line that is the lead of a page that printed no title line: one longer than any title, or one that
    reads as running text.
    (A paragraph printed twice, as a summary box and then the text, is no short line: it is the lead.)"""
    text = pl.col("text")
    # ... and so is a first line that opens with a dateline code ("(XYZ) - Sáng 5-3, ...").
    # (Headlines may open with a time phrase, "Sáng nay, ...", but are short and carry no final period.)
    # ... and so is a sentence that opens as a paragraph does ("Theo đó, ...", "Bên cạnh ..."), or with its dated time
    # after a dateline code the registry may not know ("VTH – Ngày 3/3/2012, Hội VHNT tỉnh ...").
    # ... and so is a sentence longer than headlines are that ends with its period, in characters or in words.
    # ... and so is a clause closed by a semicolon: an item of a list ("Căn cứ Quy định số 45-QĐ/TW ...;"), a
    # greeting of a speech ("Kính thưa Chủ tọa kỳ họp;"), never a headline; and a dated opening without its comma;
    # and a dated opening above who came to the event (cap.ATTENDANCE_SENTENCE).
    attendance_under = regex.contains(text.shift(-1).over("source_uri"), cap.ATTENDANCE_SENTENCE).fill_null(False)
    return ((text.str.len_chars() > sizes.TITLE_MAX_CHARS) | pl.col("opens_with_code__")
            | text.str.contains(cap.DAY_OPENER) & attendance_under
            | text.str.ends_with(";") | text.str.contains(cap.DATED_OPENER) | text.str.contains(cap.LIST_ITEM)
            | (text.str.len_chars() > sizes.TITLE_TYPICAL_MAX_CHARS) & text.str.ends_with(".")
            | (regex.count_up_to(text, r"\S+", sizes.SENTENCE_MIN_WORDS) >= sizes.SENTENCE_MIN_WORDS)
            & text.str.ends_with(".")
            | (reads_as_text | regex.contains(text, cap.PARAGRAPH_OPENER) | text.str.contains(outlets.CODE_THEN_DATED_TIME))
            & ((text.str.len_chars() > sizes.TITLE_TYPICAL_MAX_CHARS) | text.str.ends_with(".")))


def _framed(lines: pl.DataFrame) -> pl.DataFrame:
    """Each document's frame: its title, lead and footer lines (`title_no`, `no_title`, `lead_no`, `footer_no`), the
    region of text between them (`in_region`) and its last line of text (`last_text_no`)."""
    line_no, text = pl.col("line_no"), pl.col("text")
    skipped, printed_twice, reads_as_text = _skipped(), _printed_twice(), pl.col("reads_as_text__")
    # (A short line printed twice is a menu or a topic bar, unless it is a headline whose words the lead takes up.)
    doubled = (printed_twice & (text.str.len_chars() <= sizes.MENU_MAX_CHARS)
               & ~(pl.col("related__") & (pl.col("menu_words__") > sizes.MENU_MAX_WORDS)))
    no_headline = (skipped | pl.col("category").is_not_null() | pl.any_horizontal(pl.col(
        "is_kicker", "upper_label__", "breadcrumb__", "is_signed_name", "is_person_label", "is_person_caption",
        "ascii_words__", "has_photo_credit", "unrelated__")) | _menu_entry(skipped, reads_as_text)
                   | pl.col("is_credit") & ~text.str.contains(by.MEDIA_LABEL)
                   # A headline opens with a capital or a figure; a line in lower case is an image's alt text, and
                   # one after a bullet ("* Ông X nhận Huân chương") an item or a sub-heading.
                   | text.str.contains(rf"^{LOWER}") | text.str.contains(sizes.BULLET_ITEM)
                   | ~text.str.contains(LETTER) | mostly_figures(text))  # a count, a time, a rule, a telephone
    header_skip = pl.col("no_headline__") | doubled | pl.col("caption_above_title")
    # (Columns of their own, read inside windows below: a window evaluates its expression once per document, and a
    # count of the words of every paragraph is dear. The first running text: menus and a dated headline are above.)
    lines = lines.with_columns(
        menu_words__=regex.count_up_to(text, sizes.MENU_WORD, max(sizes.MENU_MAX_WORDS, sizes.SECTION_LINE_MAX_WORDS) + 1),
        opens_the_text__=_opens_the_text(reads_as_text) & ~pl.col("closed_headline__"), closed_above__=closed_above_its_text(),
        after_names__=pl.col("is_names_line").shift(1, fill_value=True).over("source_uri"),
        first_running_no__=first_line(_running_text(reads_as_text) & ~skipped & ~pl.col("closed_headline__")),
    ).with_columns(no_headline__=no_headline)
    # (A title ends with no period, but one right above its date line is no caption above the title.)
    lines = lines.with_columns(dated__=above_its_date(~pl.col("no_headline__") & ~pl.col("opens_the_text__")
                                                      & ~pl.col("is_names_line") & ~pl.col("is_lone_name"))
                               & (line_no < pl.col("first_running_no__")))
    dated_no = first_line(pl.col("dated__"))
    framed = lines.with_columns(title_no=pl.when(dated_no < NEVER_LINE).then(dated_no)
                                .otherwise(first_line(~header_skip)),
                                # (The lead printed twice, a summary box then the text, opens as text does.)
                                twice_short=printed_twice & ~reads_as_text & ~pl.col("opens_like_text")
                                & (text.str.len_chars() <= sizes.TITLE_MAX_CHARS)).with_columns(
        title_text=on_line(text, pl.col("title_no")),
        signed_no=first_line(pl.col("is_signed_name")),
    ).with_columns(
        no_title=(pl.col("opens_the_text__") & ~pl.col("closed_above__")).filter(line_no == pl.col("title_no"))
        .first().over("source_uri").fill_null(False),
        title_piece__=piece_of_title(),
        meeting_number__=meeting_number_line(),
    ).with_columns(lead_no=pl.when(pl.col("no_title")).then(pl.col("title_no"))
                   .otherwise(first_line(_lead_candidate(skipped) & (line_no > pl.col("title_no")))))
    framed = under_the_title_reprinted(framed, _lead_candidate(skipped))
    for step in (nearest_headline, headline_in_capitals, deck_under_the_title, caption_under_the_title):
        framed = step(framed, _lead_candidate(skipped), skipped)
    # A dateline code after the lead opens another article (a list of related articles under this one), unless it
    # is the lead printed again.
    # (`lead_text__`, once per document: assign_roles reads it too.)
    framed = framed.with_columns(lead_text__=on_line(text, pl.col("lead_no")))
    other_article = (pl.col("opens_with_code__") & (line_no > pl.col("lead_no"))
                     & (text != pl.col("lead_text__")).fill_null(True))
    framed = framed.with_columns(footer_no=first_line((pl.col("is_footer") | other_article)
                                                      & (line_no > pl.col("lead_no"))))
    in_region = (line_no > pl.col("lead_no")) & (line_no < pl.col("footer_no")) & ~skipped
    return closing_signature(framed.with_columns(in_region=in_region))


def _lead_candidate(skipped: pl.Expr) -> pl.Expr:
    """A line that may be the lead below the title: no author line, nor the title again (cut, closed by a period if it
    tells no time, without the site's name, with its date, as a teaser cut short), a caption printed twice, an op-ed's
    signature block ("Tiến sỹ Nguyễn Văn A", or a name in capitals, and the lines of his offices), a section's name or
    a heading in capitals (a breadcrumb, a letterhead) that no period closes."""
    line_no, text, title = pl.col("line_no"), pl.col("text"), pl.col("title_text")
    added = text.str.strip_prefix(title)
    title_again = (title.str.starts_with(text)
                   | title.str.starts_with(text.str.strip_suffix(".")) & ~text.str.contains(cap.TIME_OPENER)
                   | text.str.starts_with(title) & (added.str.len_chars() <= sizes.TITLE_AGAIN_MAX_ADDED_CHARS)
                   & added.str.contains(sizes.TITLE_AGAIN_ADDED)
                   | text.str.starts_with(title) & added.str.contains(sizes.TEASER_CUT)
                   | pl.col("title_piece__")).fill_null(False)
    return (~skipped & ~pl.col("is_names_line") & ~pl.col("is_credit")
            & ((pl.col("category").is_null() & ~pl.col("is_upper")) | text.str.ends_with("."))
            & ~title_again & ~pl.col("is_signed_name")
            & ~pl.col("twice_short") & ~pl.col("has_photo_credit") & _sentence_shaped()
            & ~(pl.col("is_office_line") & ((line_no > pl.col("signed_no")) | pl.col("after_names__")))
            & ~pl.col("is_person_label") & ~pl.col("is_person_caption")
            & ~pl.col("meeting_number__"))


def _caption_shaped() -> pl.Expr:
    """One short sentence that does not read as text, the shape of a caption (`caption_shaped__`: a column, as
    `_looks_like_caption` reads it twice)."""
    line_no, text = pl.col("line_no"), pl.col("text")
    # Sub-headings in a series ("Đại hội lần thứ I", "Đại hội lần thứ II").
    series_key = text.str.replace(cap.SERIES_NUMERAL, "")
    in_series = ((series_key != text) & (series_key.count().over("source_uri", series_key) > 1)).fill_null(False)
    # The page's last line with nothing after it (no byline, no footer) is text that runs on, unless a credit says
    # it is a caption.
    last_line = line_no == line_no.max().over("source_uri")
    # (Words opening in lower case are no caption: they go on the line above, a paragraph wrapped by the page, "về
    # lãnh đạo xây dựng ...", or after a bullet's glyph, "v Đại hội ...". An image's file name or an address in
    # plain ASCII, "img 1757", is left to the tests below.)
    return ((text.str.len_chars() <= cap.CAPTION_MAX_CHARS)
            & ~(text.str.contains(rf"^{LOWER}") & text.str.contains(r"[^\x00-\x7F]"))
            & ~text.str.contains(cap.SENTENCE_BREAK)
            & ~text.str.contains(cap.NOT_CAPTION_ENDING)
            & ((text.str.len_chars() <= cap.CAPTION_WITH_PERIOD_MAX_CHARS) | ~text.str.ends_with("."))
            & ~pl.col("opens_like_text")
            & ~pl.col("is_upper")
            & ~text.str.contains(cap.PICTURES_ANNOUNCING_LINE)
            & ~in_series
            & ~last_line)


def _looks_like_caption(printed_twice: pl.Expr) -> pl.Expr:
    """A line shaped as a caption: a photo credit, printed twice, or one short sentence that does not read as text
    (`caption_shaped__`)."""
    shaped = pl.col("caption_shaped__")
    # The items a paragraph announces with its colon, one or a run of them right under it ("... cụ thể:" / "Một là,
    # Đề án ...", "Hai là, ..."; "... có các đồng chí:" / "Nguyễn Văn A - Ủy viên ..."), are its text, not captions;
    # a picture's markup between them ("![]() |") makes the next line its caption, and a label of the page's
    # ("Nguồn:", "Tags:") announces nothing. (Each line reads the last line above it that opens its run.)
    # (A line announcing pictures announces their captions: cap.PICTURES_ANNOUNCED.)
    announced = (pl.when(~shaped | pl.col("is_inline_chrome"))
                 .then(pl.col("text").str.ends_with(":") & ~pl.col("is_inline_chrome")
                       & ~pl.col("text").str.contains(cap.PICTURES_ANNOUNCED))
                 .forward_fill().over("source_uri").fill_null(False))
    return pl.col("has_photo_credit") | printed_twice | (shaped & ~announced)


def _text_marks(lines: pl.DataFrame) -> pl.DataFrame:
    """`reads_as_text__`, and `opens_with_code__`: a line that opens with a dateline code is the lead, however short,
    unless the code is all it holds ("(VTC News) -": the code's line above the lead). (The code's long pattern once
    per line.) `closed_headline__`: a headline closed by a period above its date. `caption_shaped__`: the shape of a
    caption (`_caption_shaped`)."""
    opens_with_code = pl.col("text").str.contains(outlets.DATELINE_NOT_TITLE)
    code_alone = regex.where(opens_with_code, regex.at_most(pl.col("text"), outlets.CODE_LINE_MAX_CHARS),
                             lambda text: text.str.contains(outlets.DATELINE_CODE_LINE), pl.Boolean)
    lines = lines.with_columns(reads_as_text__=_reads_as_text(), code_alone__=code_alone.fill_null(False),
                               caption_shaped__=_caption_shaped())
    return lines.with_columns(opens_with_code__=opens_with_code & ~pl.col("code_alone__")
                              ).with_columns(closed_headline__=closed_above_its_date(pl.col("text")))


def assign_roles(lines: pl.DataFrame) -> pl.DataFrame:
    """Give every line one role: header, title, lead, meta, body, caption, byline, chrome, footer."""
    skipped = _skipped()
    lines = _text_marks(lines)
    first_text_no = first_line((_running_text(pl.col("reads_as_text__")) | pl.col("opens_with_code__")) & ~skipped)
    framed = _framed(signed_above_the_text(unrelated_headlines(header_marks(lines), skipped, first_text_no)))
    line_no, text, is_meta, printed_twice = pl.col("line_no"), pl.col("text"), _is_meta(), _printed_twice()
    under_title = (line_no > pl.col("title_no")) & (line_no < pl.col("lead_no")) & ~skipped
    signature = (pl.col("is_signed_name") & (line_no == pl.col("signed_no")) & (line_no < pl.col("lead_no"))
                 | under_title & pl.col("is_credit"))  # (an op-ed's signature; a credit under the title: "Tác giả: X")
    is_byline = pl.col("in_region") & (
        pl.col("is_credit")
        | ((pl.col("is_lone_name") | pl.col("is_names_line") | pl.col("is_signed_affiliation"))
           & ((line_no > pl.col("last_text_no")) | pl.col("signs_closed__") | pl.col("signs_after_text__")))
    )
    # The signature's affiliation: after the last line of text, under a byline.
    is_affiliation = pl.col("in_region") & pl.col("affiliation__") & (line_no > pl.col("last_text_no"))
    # The lead printed again (a summary box, then the text) or the title printed again is not a caption.
    repeats_lead = ((text == pl.col("lead_text__")) & (line_no != pl.col("lead_no"))
                    | (text == pl.col("title_text")) & (line_no > pl.col("title_no"))).fill_null(False)
    looks_like_caption = _looks_like_caption(printed_twice)
    return framed.with_columns(
        role=pl.when(signature)
        .then(pl.lit("byline"))
        .when((line_no < pl.col("title_no")) & (pl.col("caption_above_title") | pl.col("has_photo_credit")
                                                | pl.col("is_person_label") | pl.col("is_person_caption")) & ~skipped)
        .then(pl.lit("caption"))
        .when(line_no < pl.col("title_no"))
        .then(pl.lit("header"))
        .when((line_no == pl.col("title_no")) & ~pl.col("no_title"))
        .then(pl.lit("title"))
        .when(line_no == pl.col("lead_no"))
        .then(pl.lit("lead"))
        .when(line_no >= pl.col("footer_no"))
        .then(pl.lit("footer"))
        .when(is_meta)
        .then(pl.lit("meta"))
        # Between the title and the lead: the writer's name printed twice (the byline and its author box), ...
        .when(under_title & pl.col("twice_short") & (pl.col("is_lone_name") | pl.col("is_names_line")))
        .then(pl.lit("byline"))
        # ... a photo's alt text and caption (a picture at the top; not the title again), a person's caption.
        .when(under_title & (pl.col("twice_short") & (text != pl.col("title_text")).fill_null(True)
                             | pl.col("is_person_caption") | pl.col("caption_under__")))
        .then(pl.lit("caption"))
        .when(~pl.col("in_region"))
        .then(pl.lit("chrome"))
        .when(is_byline)
        .then(pl.lit("byline"))
        .when(is_affiliation)
        .then(pl.lit("meta"))
        .when(repeats_lead)
        .then(pl.lit("chrome"))
        # Caption-shaped but of one or two words: a label or a button of the page, not a picture's caption.
        .when(looks_like_caption & (regex.count_up_to(text, r"\S+", cap.CAPTION_MIN_WORDS) < cap.CAPTION_MIN_WORDS)
              & ~pl.col("has_photo_credit"))
        .then(pl.lit("chrome"))
        .when(looks_like_caption)
        .then(pl.lit("caption"))
        .otherwise(pl.lit("body"))
    ).drop(_WORKING_COLUMNS)


def build_lines(documents: pl.DataFrame) -> pl.DataFrame:
    """The classified lines frame of the decoded documents."""
    return assign_roles(mark_stripped_copies(classify_line_kinds(split_lines(documents))))
