"""The meeting an article reports, from its lead: kind, name, session, term, organiser (patterns/meetings.py)."""

from __future__ import annotations

import polars as pl

from flows.extract.spans import cut_before_names
from flows.patterns import meetings as m
from flows.patterns import organizations

MEETING_SCHEMA = {"source_uri": pl.String, "char_offset": pl.Int64, "kind": pl.String, "name": pl.String,
                  "session": pl.Int32, "term": pl.String, "organiser": pl.String}

def _ordinal(token: pl.Expr) -> pl.Expr:
    """'VII', '11', 'Mười một', 'Hai mươi ba', 'tư' -> 7, 11, 11, 23, 4: in words, the longest opening of the token
    (three words, two or one) that spells a number ('hai tổ chức' -> 2)."""
    lower = token.str.to_lowercase()

    def opening(words: int) -> pl.Expr:
        return lower.str.extract(rf"^(\S+(?:\s+\S+){{{words - 1}}})", 1)

    return pl.coalesce(
        token.cast(pl.Int32, strict=False),
        token.replace_strict(m.ROMAN_NUMERALS, default=None, return_dtype=pl.Int32),
        *(opening(words).replace_strict(m.ORDINAL_WORDS, default=None, return_dtype=pl.Int32) for words in (3, 2, 1)),
    )


def extract_meetings(articles: pl.DataFrame, persons: pl.DataFrame) -> pl.DataFrame:
    """At most one meeting per article: the first one its lead (or, without a lead, its title) names.
    The organiser stops before a person the article names ("Chính phủ | Nguyễn Xuân Phúc")."""
    # (A venue's name joined into one word, same length: "Trung tâm Hội nghị" holds no meeting; "đã họp phiên thứ
    # nhất" read as "Phiên họp thứ nhất".)
    articles = articles.with_columns(pl.col("lead", "title").str.replace_many(m.LEAD_REWRITES)
                                     .str.replace_all(*m.VERB_FIRST_SESSION).str.replace_all(*m.ALL_LEVELS))
    in_lead = pl.col("lead").str.extract_groups(m.PHRASE).struct.field("phrase").str.strip_chars()
    in_title = pl.col("title").str.extract_groups(m.PHRASE).struct.field("phrase").str.strip_chars()
    text = pl.when(in_lead.is_not_null()).then(pl.col("lead")).otherwise(pl.col("title"))
    # The term may be said anywhere in the title or lead ("Kỳ họp thứ 11, HĐND tỉnh khóa VI"); the body's right before
    # its meeting is the meeting's, whatever other term the phrase runs on to.
    around = pl.concat_str(pl.col("lead").fill_null(""), pl.col("title").fill_null(""), separator="\n")
    frame = articles.select("source_uri", text=text, phrase=pl.coalesce(in_lead, in_title), around=around).filter(
        pl.col("phrase").is_not_null()
    )
    # A quoted title inside the name ("Hội thảo “Cách mạng công nghiệp lần thứ tư”") has no session of its own.
    unquoted = pl.col("phrase").str.replace_all(m.QUOTED, "")
    session = pl.coalesce(unquoted.str.extract(rf"(?i){m.SESSION}", 1),
                          unquoted.str.extract(rf"(?i){m.SESSION_NUMBER}", 1))
    kind = pl.lit(None, pl.String)
    for pattern, name in reversed(m.TYPES):
        kind = pl.when(pl.col("phrase").str.contains(pattern)).then(pl.lit(name)).otherwise(kind)
    before_phrase = pl.col("text").str.split(pl.col("phrase")).list.first()
    meetings = frame.select(
        "source_uri",
        char_offset=before_phrase.str.len_chars().cast(pl.Int64),
        kind=pl.coalesce(kind, pl.col("phrase").str.extract(rf"^({m.KIND})", 1)),
        name=pl.col("phrase").str.replace(r"\s*\([^)]*\)$", "").str.replace_many(m.UNJOINED),
        session=_ordinal(session),
        term=pl.coalesce(
            before_phrase.str.extract(rf"(?i){m.TERM_RIGHT_BEFORE}", 1),
            unquoted.str.extract(rf"(?i){m.TERM}", 1),
            pl.col("around").str.split(pl.col("phrase")).list.last().str.extract(rf"(?i){m.TERM}", 1),
            pl.col("around").str.extract(rf"(?i){m.TERM}", 1),
        ).str.to_uppercase(),
        # The organiser is the organisation named in the subject before "tổ chức ..." (null when none is).
        organiser=pl.col("text").str.extract_groups(m.ORGANISER).struct.field("organiser")
        .str.extract(f"({organizations.name_pattern()})", 1),
    )
    # A phrase with neither a known kind, a session nor a term ("hội nghị thảo luận" in passing) names no meeting.
    meetings = meetings.filter(pl.any_horizontal(pl.col("kind", "session", "term").is_not_null()))
    return cut_before_names(meetings, "organiser", persons).cast(MEETING_SCHEMA)
