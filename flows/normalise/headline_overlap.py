"""The evidence of a headline: its words come back in the text's first paragraph. A line above the text that shares
none of them (a section's name, a banner, a subscription link, a widget) is no title, whatever its wording."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import captions as cap
from flows.patterns import lines as sizes


NEVER_LINE = 1 << 30  # a line number past any document's end


def first_line(condition: pl.Expr) -> pl.Expr:
    """The document's first line number where `condition` holds (NEVER_LINE if none)."""
    return pl.col("line_no").filter(condition).min().over("source_uri").fill_null(NEVER_LINE)


def on_line(value: pl.Expr, line: pl.Expr) -> pl.Expr:
    """`value` as it is on the document's line `line` (null if there is none), on every line of the document."""
    return value.filter(pl.col("line_no") == line).first().over("source_uri")


def line_words(text: pl.Expr) -> pl.Expr:
    """A line's words, in lower case (a list)."""
    return text.str.to_lowercase().str.extract_all(sizes.WORD)


def above_its_date(candidate: pl.Expr) -> pl.Expr:
    """A headline printed right above its own date line, above the text ("HĐND TP thông qua 22 nghị quyết" /
    "Thứ sáu, 24/05/2024 10:50" / the lead): the article's title, whatever the page prints above it (a masthead, a
    section's name, a tab). `candidate`: a line that may be a headline (no menu, chrome or running text). A word
    alone is none: a byline run together ("Byadmin" / "Dec 26, 2021"), a label, a name."""
    return (candidate & _next_is_date() & (pl.col("text").str.len_chars() <= sizes.TITLE_MAX_CHARS)
            & pl.col("text").str.contains(sizes.TWO_WORDS))


def _next_is_date() -> pl.Expr:
    return pl.col("is_date_line").shift(-1).over("source_uri").fill_null(False)


def closed_above_its_date(text: pl.Expr) -> pl.Expr:
    """A headline some portals close with a period, right above its date line ("Đại hội ... nhiệm kỳ 2022 - 2025." /
    "Đăng lúc: 10:24:33 29/07/2022"): no sentence that opens the text. A lead opens with its time or a linking phrase,
    and no date line follows it."""
    short = regex.at_most(text, sizes.TITLE_MAX_CHARS)  # (the patterns only on headline-sized lines)
    # (Longer than headlines usually are, it tells no time, as `closed_above_its_text` asks.)
    long_told = regex.contains(pl.when(short.str.len_chars() > sizes.TITLE_TYPICAL_MAX_CHARS).then(short),
                               sizes.TOLD_IN_TIME)
    return (short.str.ends_with(".") & _next_is_date() & ~long_told
            & ~pl.col("opens_with_code__") & ~short.str.contains(cap.TIME_OPENER)
            & ~regex.contains(short, cap.PARAGRAPH_OPENER)).fill_null(False)


def closed_above_its_text() -> pl.Expr:
    """A headline some portals close with a period, above the text's first paragraph ("Chi bộ Trường tổ chức Đại
    hội nhiệm kỳ 2025 - 2030." / "Theo kế hoạch của Đảng ủy, ..."): one sentence of a headline's length (a longer one
    that tells no time, as headlines do not, above a paragraph that opens with its time: `sizes.TOLD_IN_TIME`) that
    does not open as a paragraph does (no time, even after a code, no full date after a time word: "Sáng ngày
    08/3/2020 Chi bộ II long trọng tổ chức ...", no linking phrase or clause, no dateline code) and
    shares half its words or more with that paragraph (`shared__`, `unrelated_headlines`)."""
    text = pl.col("text")
    short = regex.at_most(text, sizes.TITLE_MAX_CHARS)
    # (Longer than headlines usually are, it tells no time, `sizes.TOLD_IN_TIME`, and the paragraph under it opens with
    # its time, its date or a preamble, as a lead under its headline does; searched on those lines only.)
    long_closed = pl.when((short.str.len_chars() > sizes.TITLE_TYPICAL_MAX_CHARS) & short.str.ends_with(".")).then(short)
    under = pl.when(long_closed.is_not_null()).then(text.shift(-1).over("source_uri"))
    told_under = (under.str.contains(cap.TIME_OPENER) | under.str.contains(cap.DATED_OPENER)
                  | regex.contains(under, cap.PREAMBLE_OPENER))
    long_headline = ~regex.contains(long_closed, sizes.TOLD_IN_TIME) & told_under.fill_null(False)
    # (`reads_as_text__` holds the time phrase and the opening clause at the line's start.)
    return ((long_closed.is_null() | long_headline) & short.str.ends_with(".") & ~pl.col("reads_as_text__")
            & ~pl.col("opens_with_code__")
            & ~regex.contains(short, cap.PARAGRAPH_OPENER) & ~short.str.contains(cap.TIME_AFTER_A_CODE)
            & ~regex.where(short.str.ends_with("."), short, lambda closed: closed.str.contains(cap.DATED_OPENER),
                           pl.Boolean).fill_null(False)
            & (pl.col("shared__") >= sizes.HEADLINE_MIN_SHARED)).fill_null(False)


def unrelated_headlines(lines: pl.DataFrame, skipped: pl.Expr, first_text_no: pl.Expr) -> pl.DataFrame:
    """`related__`: a headline-shaped line above the text that shares many of its words with the text's first
    paragraph. `unrelated__`: a line above the text that shares next to none of its words with that paragraph, on a
    page where a later line above the text shares many (the headline: its words come back in the lead). A
    section's name, a banner, a subscription link or a widget does not share them, whatever its wording.
    Only pages with two candidate lines or more above the text are so marked. `shared__`: the share of its words
    any line above the text shares with that paragraph. `skipped`: the lines that are no candidates (chrome, meta
    lines); `first_text_no`: the document's first line of running text."""
    line_no, text = pl.col("line_no"), pl.col("text")
    marked = lines.select("source_uri", "line_no", "text", skipped=skipped, first_text_no=first_text_no)
    above = (line_no < pl.col("first_text_no")) & (line_no < sizes.HEADLINE_SEARCH_LINES) & ~pl.col("skipped")
    candidates = marked.filter(above).with_columns(several=pl.len().over("source_uri") > 1)
    if candidates.is_empty():
        return lines.with_columns(unrelated__=pl.lit(False), related__=pl.lit(False), shared__=pl.lit(None, pl.Float64))
    # (The paragraph's opening is enough: a headline's words come back in the lead's first sentences.)
    paragraph = (marked.filter(line_no == pl.col("first_text_no"))
                 .filter(pl.col("source_uri").is_in(candidates["source_uri"].implode()))
                 .select("source_uri", word=line_words(text.str.slice(0, sizes.HEADLINE_COMPARED_CHARS))).explode("word"))
    words = candidates.select("source_uri", "line_no", word=line_words(text)).explode("word").drop_nulls("word").unique()
    shared = words.join(paragraph, on=["source_uri", "word"], how="semi").group_by("source_uri", "line_no").len("shared")
    overlap = (words.group_by("source_uri", "line_no").len("words").join(shared, on=["source_uri", "line_no"], how="left")
               .select("source_uri", "line_no", share=pl.col("shared").fill_null(0) / pl.col("words")))
    # The headline that shares them is shaped as one (not a sentence with its period, a question, the sapo), and
    # so is the line it makes no title of (a sentence is not a menu).
    headline_shaped = ~pl.col("text").str.contains(r"[.?!:]$") & (pl.col("text").str.len_chars()
                                                                  <= sizes.TITLE_TYPICAL_MAX_CHARS)
    overlap = overlap.join(candidates.select("source_uri", "line_no", "several", headline_shaped=headline_shaped),
                           on=["source_uri", "line_no"])
    several = pl.col("several")  # (two candidate lines or more above the text)
    related = (pl.col("share") >= sizes.HEADLINE_MIN_SHARED) & pl.col("headline_shaped") & several
    overlap = overlap.with_columns(
        related__=related,
        unrelated__=(pl.col("share") <= sizes.UNRELATED_MAX_SHARED) & pl.col("headline_shaped") & several
        & (pl.when(related).then(pl.col("line_no")).max().over("source_uri") > pl.col("line_no")).fill_null(False))
    marks = overlap.select("source_uri", "line_no", "unrelated__", "related__", shared__="share")
    return lines.join(marks, on=["source_uri", "line_no"], how="left", maintain_order="left").with_columns(
        pl.col("unrelated__", "related__").fill_null(False))


def nearest_headline(framed: pl.DataFrame, lead_candidate: pl.Expr, skipped: pl.Expr) -> pl.DataFrame:
    """A lead shaped as a headline whose words come back in the paragraph right below it is the article's headline,
    and the line taken for the title above it a banner or a section's name whose words the text happens to share
    ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh ..." / "Đại hội đại biểu Đảng bộ xã nhiệm kỳ
    2020-2025" / the text): the title is the headline nearest the text. `lead_candidate`: a line that may be the lead;
    `skipped`: no line of the page's text (flows/normalise/lines.py)."""
    line_no = pl.col("line_no")
    at_lead = line_no == pl.col("lead_no")
    headline_lead = (at_lead & ~pl.col("no_title") & pl.col("related__") & ~pl.col("opens_the_text__")
                     & (line_no < pl.col("first_running_no__"))).any().over("source_uri")
    # (A title that reads as text, "Ngày 16/7 tại xã X. HĐND xã tổ chức kỳ họp", is the text's opening printed as a
    # headline: the line under it is a caption, not a nearer headline.)
    at_title = line_no == pl.col("title_no")
    title_reads = (at_title & pl.col("reads_as_text__")).any().over("source_uri")
    # (... and the headline shares more of the text's words than the line above it: a sapo under its headline shares
    # no more than the headline. Under a title that shares the text's words itself, a longer line is its sapo
    # ("Tỉnh khuyến khích hộ kinh doanh lên doanh nghiệp" / "Năm nay tỉnh đặt mục tiêu có thêm 3.000 doanh nghiệp
    # ..."), as is a line of two sentences.)
    title_shared = on_line(pl.col("shared__"), pl.col("title_no")).fill_null(0)
    lead_shared = on_line(pl.col("shared__"), pl.col("lead_no")).fill_null(0)
    title_chars = on_line(pl.col("text"), pl.col("title_no")).str.len_chars()
    # (A sapo sits right under its headline: a date or a masthead line between them makes the line above the page's
    # header, not the article's headline.)
    right_under = pl.col("lead_no") == first_line(line_no > pl.col("title_no"))
    sapo_shaped = ((at_lead & (pl.col("reads_as_text__") | (title_shared >= sizes.HEADLINE_MIN_SHARED)
                               & (pl.col("text").str.len_chars() > title_chars) & right_under))
                   .fill_null(False).any().over("source_uri"))
    framed = framed.with_columns(
        next_lead_no__=first_line(lead_candidate & (line_no > pl.col("lead_no"))),
        next_line_no__=first_line(~skipped & (line_no > pl.col("lead_no"))))
    next_lead = pl.col("next_lead_no__")
    promoted = (headline_lead & ~title_reads & ~sapo_shaped & (lead_shared > title_shared) & (next_lead < NEVER_LINE)
                & (next_lead == pl.col("next_line_no__")) & (next_lead == pl.col("first_running_no__")))
    return framed.with_columns(
        title_no=pl.when(promoted).then(pl.col("lead_no")).otherwise(pl.col("title_no")),
        lead_no=pl.when(promoted).then(pl.col("next_lead_no__")).otherwise(pl.col("lead_no")),
    ).with_columns(title_text=on_line(pl.col("text"), pl.col("title_no"))
                   ).drop("next_lead_no__", "next_line_no__")


def headline_in_capitals(framed: pl.DataFrame, lead_candidate: pl.Expr, skipped: pl.Expr) -> pl.DataFrame:
    """A headline printed in capitals right above the text's first paragraph (its date line between them at most),
    whose words come back in that paragraph ("HUYỆN ỦY X SƠ KẾT CÔNG TÁC QUÝ I" / "Sáng ngày 2/4, Ban Thường vụ
    Huyện ủy X ..."), is the title, however short: not a label above the title, nor the opening of a page without
    one, unless the line taken for the title shares as many of the text's words. A kicker of a few words ("ĐẠI HỘI
    ĐẢNG"), a photo's credit or a person's caption is none; nor is a line in capitals below the line that opens the
    text (a sub-heading). `lead_candidate`, `skipped`: as in `nearest_headline`."""
    line_no = pl.col("line_no")
    # (On a page taken for one without a title, the text opens at its lead, a paragraph short enough for a headline.)
    opening = pl.when(pl.col("no_title")).then(pl.min_horizontal("lead_no", "first_running_no__")).otherwise(
        pl.col("first_running_no__"))
    above_text = line_no.filter(~skipped & (line_no < opening)).max().over("source_uri")
    capitals = (pl.col("is_upper") & (pl.col("shared__") >= sizes.HEADLINE_MIN_SHARED)
                & (pl.col("menu_words__") > sizes.MENU_MAX_WORDS) & ~pl.col("has_photo_credit")
                & ~pl.col("is_person_caption") & ~pl.col("is_person_label")
                & (pl.col("text").str.len_chars() <= sizes.TITLE_MAX_CHARS) & (line_no == above_text)).fill_null(False)
    framed = framed.with_columns(capitals_no__=first_line(capitals))
    capitals_no = pl.col("capitals_no__")
    capitals_shared = on_line(pl.col("shared__"), capitals_no)
    title_shared = on_line(pl.when(pl.col("no_title")).then(0.0).otherwise(pl.col("shared__")),
                           pl.col("title_no")).fill_null(0)
    chosen = ((capitals_no < NEVER_LINE) & ((capitals_no != pl.col("title_no")) | pl.col("no_title"))
              & (~pl.col("no_title") | (pl.col("lead_no") >= capitals_no)) & (title_shared < capitals_shared))
    # (On a page taken for one without a title, the lead stays the line that opens the text, unless that was the
    # headline itself; otherwise it is looked for again under the new title, against its text.)
    new_lead = chosen & (~pl.col("no_title") | (pl.col("lead_no") == capitals_no))
    return framed.with_columns(
        title_no=pl.when(chosen).then(capitals_no).otherwise(pl.col("title_no")),
        no_title=pl.col("no_title") & ~chosen, new_lead__=new_lead,
    ).with_columns(title_text=on_line(pl.col("text"), pl.col("title_no"))
    ).with_columns(
        lead_no=pl.when(pl.col("new_lead__")).then(first_line(lead_candidate & (line_no > capitals_no)))
        .otherwise(pl.col("lead_no")),
    ).drop("capitals_no__", "new_lead__")


def deck_under_the_title(framed: pl.DataFrame, lead_candidate: pl.Expr, skipped: pl.Expr) -> pl.DataFrame:
    """A second headline right under the title, above the text's first paragraph (a deck: "Giải vô địch Cờ vua trẻ
    2023" / "Kỳ thủ X giành HCV" / "Giải ... đã kết thúc ngày 30-8 ..."): shaped as a headline (no sentence's end, no
    clause's comma, no running text, no time told: `sizes.TOLD_IN_TIME`) and no longer than the title (a longer line is
    its sapo, as in `nearest_headline`), it is no lead; the paragraph under it is. `lead_candidate`, `skipped`: as in
    `nearest_headline`."""
    line_no, text = pl.col("line_no"), pl.col("text")
    at_lead = line_no == pl.col("lead_no")
    short = pl.when(at_lead & (text.str.len_chars() <= pl.col("title_text").str.len_chars())).then(text)
    # (The line's own tests a column first: inside the window below they would run once per document.)
    framed = framed.with_columns(deck__=(short.str.contains(r"[.!?…:;]$|,").not_()
                                         & ~regex.contains(short, sizes.TOLD_IN_TIME)).fill_null(False))
    deck = (at_lead & pl.col("deck__") & ~pl.col("no_title") & ~pl.col("reads_as_text__") & ~pl.col("opens_the_text__")
            & (pl.col("lead_no") == first_line(~skipped & (line_no > pl.col("title_no"))))
            ).fill_null(False).any().over("source_uri")
    return _lead_past(framed, deck, lead_candidate, skipped).drop("deck__")


def caption_under_the_title(framed: pl.DataFrame, lead_candidate: pl.Expr, skipped: pl.Expr) -> pl.DataFrame:
    """A picture's caption right under the title, above the text's first paragraph ("Quang cảnh buổi Lễ tôn vinh" /
    "Hội nghị đã tôn vinh 125 cá nhân ..."): one short sentence shaped as a caption (`caption_shaped__`: no time, no
    linking phrase, no second sentence) that opens as a caption does or is a person's caption, right above a
    paragraph of running text, is no lead; that paragraph is. (`caption_under__` marks the line for `assign_roles`.)
    `lead_candidate`, `skipped`: as in `nearest_headline`."""
    at_lead = pl.col("line_no") == pl.col("lead_no")
    # (The line's own tests a column first, as in `deck_under_the_title`.)
    framed = framed.with_columns(caption_under__=(at_lead & pl.col("caption_shaped__") & ~pl.col("no_title")
                                                  & ~pl.col("opens_the_text__")
                                                  & (regex.contains(pl.when(at_lead).then(pl.col("text")), cap.CAPTION_OPENER)
                                                     | pl.col("is_person_caption"))).fill_null(False))
    return _lead_past(framed, pl.col("caption_under__").any().over("source_uri"), lead_candidate, skipped,
                      passed="caption_under__")


def _lead_past(framed: pl.DataFrame, past: pl.Expr, lead_candidate: pl.Expr, skipped: pl.Expr,
               passed: str | None = None) -> pl.DataFrame:
    """The lead moved past its line where `past` holds (a document's flag: the line is a deck or a caption) and the
    line under it is the next lead candidate and the text's first running paragraph. `passed`: a column left marking
    the line moved past (and nothing else). `lead_candidate`, `skipped`: as in `nearest_headline`."""
    line_no = pl.col("line_no")
    framed = framed.with_columns(next_line_no__=first_line(~skipped & (line_no > pl.col("lead_no"))),
                                 next_lead_no__=first_line(lead_candidate & (line_no > pl.col("lead_no"))))
    moved = (past & (pl.col("next_line_no__") == pl.col("next_lead_no__"))
             & (pl.col("next_lead_no__") == pl.col("first_running_no__")))
    marks = {passed: moved & (line_no == pl.col("lead_no"))} if passed else {}
    return framed.with_columns(**marks, lead_no=pl.when(moved).then(pl.col("next_lead_no__")).otherwise(pl.col("lead_no"))
                               ).drop("next_line_no__", "next_lead_no__")
