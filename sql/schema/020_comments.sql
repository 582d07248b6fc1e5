-- The schema documents itself (issue 13), in the spirit of GDELT's GKG codebook: every table says its grain and
-- every column its meaning, with an example where it helps. `newswh schema [TABLE]` prints them from the catalogue,
-- and the README's reference is generated from them. A column added later comes with its COMMENT ON in its own
-- migration (tests/test_schema.py fails otherwise). What migrations 010 and 012 document is not repeated here: a
-- migration numbered before this one runs before it on a new warehouse, and its comments would be overwritten.

-- Operations ------------------------------------------------------------------------------------------------------

COMMENT ON TABLE schema_migration IS 'grain: one applied schema migration (a file of sql/schema/), recorded when its transaction commits';
COMMENT ON COLUMN schema_migration.version IS 'the migration file''s name without .sql, e.g. 008_source_encoding';
COMMENT ON COLUMN schema_migration.applied_at IS 'when this warehouse applied it';

COMMENT ON TABLE etl_run IS 'grain: one run of the news-etl flow, whatever its end. documents_seen = documents_loaded + documents_quarantined + documents_unchanged';
COMMENT ON COLUMN etl_run.run_id IS 'the Prefect flow run id, e.g. f56ef89f-07b7-4e88-a9cc-ad1636ee87bd (newswh dq --run takes a unique prefix of it)';
COMMENT ON COLUMN etl_run.flow_name IS 'the Prefect flow, news-etl';
COMMENT ON COLUMN etl_run.started_at IS 'when the run started (Asia/Ho_Chi_Minh)';
COMMENT ON COLUMN etl_run.finished_at IS 'when its load transaction was prepared; null while it runs';
COMMENT ON COLUMN etl_run.status IS 'success | failed | interrupted (Ctrl-C, SIGTERM) | cancelled (a served run stopped)';
COMMENT ON COLUMN etl_run.source IS 'the folder the run read, e.g. seeds';
COMMENT ON COLUMN etl_run.full_refresh IS 'true when the run rebuilt the star schema from its folder (--full-refresh)';
COMMENT ON COLUMN etl_run.documents_seen IS 'source documents the run listed (or retried)';
COMMENT ON COLUMN etl_run.documents_loaded IS 'documents whose article it loaded (new or changed)';
COMMENT ON COLUMN etl_run.documents_quarantined IS 'documents it sent to quarantine';
COMMENT ON COLUMN etl_run.documents_unchanged IS 'documents skipped because their content was as last loaded';
COMMENT ON COLUMN etl_run.checks_passed IS 'expectations that passed (dq_result rows with success)';
COMMENT ON COLUMN etl_run.checks_failed IS 'expectations that failed, warnings included';
COMMENT ON COLUMN etl_run.message IS 'why a run that did not succeed stopped, in one line; null on success';
COMMENT ON COLUMN etl_run.window_from IS 'a backfill''s first publication date (--since); null for a normal run';
COMMENT ON COLUMN etl_run.window_to IS 'a backfill''s last publication date (--until); null for a normal run';
COMMENT ON COLUMN etl_run.task_runner IS 'default (local worker processes) | dask; null for runs before release 006';

COMMENT ON TABLE etl_document IS 'grain: one source document, as of the last run that saw it (the manifest that decides new, changed or unchanged)';
COMMENT ON COLUMN etl_document.source_uri IS 'the file''s URI, bytes that are not UTF-8 percent-encoded, e.g. file:///data/news/tin_%FF%FE.txt';
COMMENT ON COLUMN etl_document.source_file IS 'the path under the source folder, for display (bytes that are not UTF-8 as \xff), e.g. 2022/001_2f3999f3b0e71609.txt';
COMMENT ON COLUMN etl_document.content_hash IS 'SHA-256 of the file''s bytes, in hex (of the reason for a file refused unread)';
COMMENT ON COLUMN etl_document.byte_size IS 'the file''s size in bytes when last read';
COMMENT ON COLUMN etl_document.status IS 'loaded | quarantined, as of the last run that read it';
COMMENT ON COLUMN etl_document.article_key IS 'fact_article.article_key of its article (also for a duplicate source, and kept while quarantined)';
COMMENT ON COLUMN etl_document.first_seen_run IS 'etl_run.run_id of the first run that listed it';
COMMENT ON COLUMN etl_document.last_seen_run IS 'etl_run.run_id of the last run that listed it';
COMMENT ON COLUMN etl_document.last_changed_run IS 'etl_run.run_id of the last run that found its content new or changed';
COMMENT ON COLUMN etl_document.duplicate_of IS 'the source_uri whose text this document repeats (same NFC text); null for an article''s own source';
COMMENT ON COLUMN etl_document.mtime_ns IS 'the file''s modification time (ns since the epoch) when last read: same size and mtime, not read again';

COMMENT ON TABLE quarantine IS 'grain: one rejection of one document by one run, with the stage, the reason and the bytes (newswh quarantine list | show | retry)';
COMMENT ON COLUMN quarantine.quarantine_id IS 'the id newswh quarantine show and retry take, e.g. 12';
COMMENT ON COLUMN quarantine.run_id IS 'etl_run.run_id of the run that rejected it';
COMMENT ON COLUMN quarantine.stage IS 'source (refused unread) | decode (not text) | check (an error-level expectation failed)';
COMMENT ON COLUMN quarantine.reason IS 'why, in one line, e.g. binary content: NUL bytes in a text file';
COMMENT ON COLUMN quarantine.source_uri IS 'the document''s URI (see etl_document.source_uri)';
COMMENT ON COLUMN quarantine.source_file IS 'the path under the source folder, for display';
COMMENT ON COLUMN quarantine.content_hash IS 'SHA-256 of the bytes rejected; of the refusal''s reason when refused unread (so that the same refusal is no change)';
COMMENT ON COLUMN quarantine.original_bytes IS 'the document as read; null when it was refused unread (too large, a link outside the folder)';
COMMENT ON COLUMN quarantine.quarantined_at IS 'when the run rejected it';
COMMENT ON COLUMN quarantine.resolved_run IS 'etl_run.run_id of the later run that loaded the document (after a fix or a retry); null while it stays in quarantine';

COMMENT ON TABLE dq_result IS 'grain: run x suite x expectation x column: one Great Expectations result, counts summed over the run''s chunks';
COMMENT ON COLUMN dq_result.run_id IS 'etl_run.run_id';
COMMENT ON COLUMN dq_result.suite IS 'documents | articles | warehouse (expectations/<suite>.json)';
COMMENT ON COLUMN dq_result.expectation IS 'the expectation type, e.g. expect_column_values_to_not_be_null';
COMMENT ON COLUMN dq_result.column_name IS 'the column checked, e.g. published_at; null for a table-level expectation';
COMMENT ON COLUMN dq_result.severity IS 'error (a failing row is quarantined, a failing table stops the load) | warning (recorded)';
COMMENT ON COLUMN dq_result.success IS 'true when the expectation held on every chunk';
COMMENT ON COLUMN dq_result.observed_value IS 'the value a table-level or aggregate expectation observed, as text; null for row-level ones';
COMMENT ON COLUMN dq_result.unexpected_count IS 'rows that failed it, e.g. 1741 articles without published_at';
COMMENT ON COLUMN dq_result.element_count IS 'rows it checked';
COMMENT ON COLUMN dq_result.checked_at IS 'when the run recorded it';

-- Dimensions ------------------------------------------------------------------------------------------------------

COMMENT ON TABLE dim_date IS 'grain: one calendar day that an article''s publication, event or figure refers to';
COMMENT ON COLUMN dim_date.date_key IS 'yyyymmdd, e.g. 20220110';
COMMENT ON COLUMN dim_date.full_date IS 'the day, e.g. 2022-01-10';
COMMENT ON COLUMN dim_date.year IS 'e.g. 2022';
COMMENT ON COLUMN dim_date.quarter IS '1-4';
COMMENT ON COLUMN dim_date.month IS '1-12';
COMMENT ON COLUMN dim_date.day IS 'day of the month, 1-31';
COMMENT ON COLUMN dim_date.iso_week IS 'ISO 8601 week number, 1-53';
COMMENT ON COLUMN dim_date.weekday_name IS 'in Vietnamese: Thứ Hai ... Thứ Bảy, Chủ nhật';
COMMENT ON COLUMN dim_date.is_weekend IS 'true on Saturday and Sunday';

COMMENT ON TABLE dim_province IS 'grain: one provincial unit (province or centrally-run city): the 63 before the 1 July 2025 reorganisation, Huế, and the units it created';
COMMENT ON COLUMN dim_province.province_key IS 'surrogate key: hash of province_name';
COMMENT ON COLUMN dim_province.province_name IS 'the official name, e.g. Phú Thọ, Thành phố Hồ Chí Minh';
COMMENT ON COLUMN dim_province.kind IS 'province | city';
COMMENT ON COLUMN dim_province.valid_from IS 'when the unit was created (2025-07-01 for a new one); null: before the warehouse''s history';
COMMENT ON COLUMN dim_province.valid_to IS 'the day it ceased (2025-07-01 when merged); null: it still exists';
COMMENT ON COLUMN dim_province.successor_name IS 'the unit it was merged into or renamed to, e.g. Phú Thọ for Vĩnh Phúc; null when none';

COMMENT ON TABLE dim_outlet IS 'grain: one outlet (newspaper, portal, agency), by the name its dateline code or the page resolves to in the outlet registry';
COMMENT ON COLUMN dim_outlet.outlet_key IS 'surrogate key: hash of outlet_name';
COMMENT ON COLUMN dim_outlet.outlet_name IS 'the registry''s name, e.g. Báo Điện Biên Phủ; an unknown code as printed, e.g. ĐTTD';
COMMENT ON COLUMN dim_outlet.outlet_code IS 'the dateline code it prints, e.g. ĐBP, PhuthoPortal; null when the outlet was found by its name';
COMMENT ON COLUMN dim_outlet.province_key IS 'dim_province.province_key of the province it serves; null for national outlets';

COMMENT ON TABLE dim_author IS 'grain: one byline name as printed';
COMMENT ON COLUMN dim_author.author_key IS 'surrogate key: hash of author_name';
COMMENT ON COLUMN dim_author.author_name IS 'as printed, e.g. Minh Anh, T.H, THÚY AN';

COMMENT ON TABLE dim_category IS 'grain: one section name printed above the title (the top section of a path)';
COMMENT ON COLUMN dim_category.category_key IS 'surrogate key: hash of category_name';
COMMENT ON COLUMN dim_category.category_name IS 'e.g. Chính trị - Xã hội';

COMMENT ON TABLE dim_person IS 'grain: one version of one person (type 2): a new version starts on the first article date that shows a post not seen before';
COMMENT ON COLUMN dim_person.person_version_key IS 'surrogate key of this version';
COMMENT ON COLUMN dim_person.person_key IS 'durable key of the person (name + home), shared by all their versions; fact_person_mention.person_key';
COMMENT ON COLUMN dim_person.person_name IS 'as the articles write it, e.g. Ngô Đông Hải';
COMMENT ON COLUMN dim_person.title IS 'the title of office as first written in this version, e.g. Bí thư Tỉnh ủy; null when none';
COMMENT ON COLUMN dim_person.valid_from IS 'the first article date (publication, else fetch) of this version';
COMMENT ON COLUMN dim_person.valid_to IS 'the first day of the next version (exclusive); null for the current one';
COMMENT ON COLUMN dim_person.is_current IS 'true for the person''s latest version';

COMMENT ON TABLE dim_theme IS 'grain: one theme of the keyword taxonomy (flows/patterns/themes.py)';
COMMENT ON COLUMN dim_theme.theme_key IS 'surrogate key: hash of theme_code';
COMMENT ON COLUMN dim_theme.theme_code IS 'e.g. party_building, covid19, inspection_discipline';
COMMENT ON COLUMN dim_theme.theme_name IS 'in English, e.g. Party building';
COMMENT ON COLUMN dim_theme.keywords IS 'the phrases that count for the theme, e.g. [xây dựng Đảng, chỉnh đốn Đảng, ...]';

-- Facts and bridges -----------------------------------------------------------------------------------------------

COMMENT ON TABLE fact_article IS 'grain: one article, the current version of one source text (sources with the same text share it)';
COMMENT ON COLUMN fact_article.article_key IS 'surrogate key: hash of the first source''s URI, stable when the article is corrected';
COMMENT ON COLUMN fact_article.source_uri IS 'the URI of the article''s own source (etl_document.source_uri)';
COMMENT ON COLUMN fact_article.source_file IS 'that source''s path under the source folder, e.g. 002_2c49aaf292dd78d7.txt';
COMMENT ON COLUMN fact_article.content_hash IS 'SHA-256 of the source''s bytes as loaded';
COMMENT ON COLUMN fact_article.title IS 'the headline, e.g. Hội nghị tổng kết công tác năm 2021; null when the page has no title line';
COMMENT ON COLUMN fact_article.published_at IS 'publication time (Asia/Ho_Chi_Minh) from the article''s date line, else a full date in its lead; midnight when only the date is known; null when the page gives none';
COMMENT ON COLUMN fact_article.published_has_time IS 'false when the page gives the date only (published_at is then midnight)';
COMMENT ON COLUMN fact_article.published_date_key IS 'dim_date.date_key of published_at';
COMMENT ON COLUMN fact_article.event_date_key IS 'dim_date.date_key of the day the lead says the event happened (Chiều 29/12)';
COMMENT ON COLUMN fact_article.outlet_key IS 'dim_outlet.outlet_key; null when neither a dateline code nor a known outlet name is found';
COMMENT ON COLUMN fact_article.province_key IS 'dim_province.province_key the article is about: its outlet''s, else the one its title and lead name most (see the article_province view)';
COMMENT ON COLUMN fact_article.category_key IS 'dim_category.category_key; null when no section is printed';
COMMENT ON COLUMN fact_article.view_count IS 'the page''s view counter (Lượt xem: 3700); null when it shows none';
COMMENT ON COLUMN fact_article.lead IS 'the first paragraph after the title, date and byline lines, without the dateline code; null when none';
COMMENT ON COLUMN fact_article.body IS 'the paragraphs after the lead, captions and site chrome removed (a one-paragraph article''s lead too)';
COMMENT ON COLUMN fact_article.captions IS 'picture captions, e.g. [Quang cảnh hội nghị. Ảnh: T.H]';
COMMENT ON COLUMN fact_article.body_chars IS 'characters in the body';
COMMENT ON COLUMN fact_article.fetched_at IS 'when the source was read (the file''s read time, Asia/Ho_Chi_Minh)';
COMMENT ON COLUMN fact_article.loaded_run IS 'etl_run.run_id of the run that loaded this version';
COMMENT ON COLUMN fact_article.text_hash IS 'SHA-256 of the NFC text with whitespace folded: the article''s identity across copies and encodings';
COMMENT ON COLUMN fact_article.source_encoding IS 'what the source was read as: utf-8 | utf-8-sig | utf-16 | windows-1258 | tcvn3 | vni; null for articles loaded before release 008 until their document changes';

COMMENT ON TABLE bridge_article_author IS 'grain: article x author x role';
COMMENT ON COLUMN bridge_article_author.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN bridge_article_author.author_key IS 'dim_author.author_key';
COMMENT ON COLUMN bridge_article_author.role IS 'text | photo | video (Tin, ảnh: X gives X text and photo)';
COMMENT ON COLUMN bridge_article_author.position IS 'the byline''s order in the article, from 0';

COMMENT ON TABLE fact_person_mention IS 'grain: one mention of a person with a title of office in an article, e.g. Bí thư Tỉnh ủy Ngô Đông Hải';
COMMENT ON COLUMN fact_person_mention.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_person_mention.person_key IS 'dim_person.person_key (durable)';
COMMENT ON COLUMN fact_person_mention.person_name IS 'the name as written, e.g. Ngô Đông Hải';
COMMENT ON COLUMN fact_person_mention.title IS 'the titles written with the name, e.g. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; null when none';
COMMENT ON COLUMN fact_person_mention.field IS 'lead | body | caption';
COMMENT ON COLUMN fact_person_mention.paragraph IS 'index of the paragraph within the field, from 0 (article_paragraph view)';
COMMENT ON COLUMN fact_person_mention.char_offset IS 'offset of the mention within the paragraph, in characters, from 0';

COMMENT ON TABLE fact_organization_mention IS 'grain: one mention of an organisation in an article';
COMMENT ON COLUMN fact_organization_mention.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_organization_mention.organization_key IS 'dim_organization.organization_key';
COMMENT ON COLUMN fact_organization_mention.text IS 'as written, e.g. BTV Đảng ủy Khối';
COMMENT ON COLUMN fact_organization_mention.field IS 'lead | body | caption';
COMMENT ON COLUMN fact_organization_mention.paragraph IS 'index of the paragraph within the field, from 0';
COMMENT ON COLUMN fact_organization_mention.char_offset IS 'offset of the mention within the paragraph, in characters, from 0';

COMMENT ON TABLE fact_indicator IS 'grain: one figure reported in an article''s lead or body: a percentage, an amount of money, a ratio or a count';
COMMENT ON COLUMN fact_indicator.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_indicator.published_date_key IS 'dim_date.date_key of the article''s publication';
COMMENT ON COLUMN fact_indicator.kind IS 'percentage | money | ratio | count';
COMMENT ON COLUMN fact_indicator.value IS 'the percent (102.7); the amount in currency units (12.467,5 tỷ đồng = 12467500000000); achieved / target for a ratio; the count';
COMMENT ON COLUMN fact_indicator.achieved IS 'a ratio''s first figure (154 of 154/150); null for other kinds';
COMMENT ON COLUMN fact_indicator.target IS 'a ratio''s second figure (150 of 154/150); null for other kinds';
COMMENT ON COLUMN fact_indicator.currency IS 'VND | USD | EUR ... for money; null for other kinds';
COMMENT ON COLUMN fact_indicator.qualifier IS 'the word before the figure that bounds it: trên, gần, khoảng, hơn ...; null when none';
COMMENT ON COLUMN fact_indicator.measure IS 'what is counted or measured, e.g. đảng viên, người, lượt';
COMMENT ON COLUMN fact_indicator.period IS 'the period named before the figure, e.g. năm 2021, 6 tháng đầu năm 2019, tháng 6; null when none';
COMMENT ON COLUMN fact_indicator.text IS 'the figure as written, e.g. 400.000 lượt';
COMMENT ON COLUMN fact_indicator.field IS 'lead | body';
COMMENT ON COLUMN fact_indicator.paragraph IS 'index of the paragraph within the field, from 0';
COMMENT ON COLUMN fact_indicator.char_offset IS 'offset of the figure within the paragraph, in characters, from 0';

COMMENT ON TABLE fact_meeting IS 'grain: the meeting an article''s lead reports (at most one per article), e.g. Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XIX';
COMMENT ON COLUMN fact_meeting.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_meeting.kind IS 'Hội nghị Ban Chấp hành, Hội nghị tổng kết, Kỳ họp, Đại hội, ...';
COMMENT ON COLUMN fact_meeting.name IS 'the meeting as written in the lead (else the title)';
COMMENT ON COLUMN fact_meeting.session IS 'the session number in digits: lần thứ VII and lần thứ bảy give 7; null when not said';
COMMENT ON COLUMN fact_meeting.term IS 'the term in Roman numerals: khóa XIX gives XIX; null when not said';
COMMENT ON COLUMN fact_meeting.organiser IS 'the body that held it as written, e.g. Ban Thường vụ Tỉnh ủy; null when not said';
COMMENT ON COLUMN fact_meeting.meeting_date_key IS 'dim_date.date_key of the article''s event date';
COMMENT ON COLUMN fact_meeting.char_offset IS 'offset of the meeting phrase within the lead, in characters, from 0';

COMMENT ON TABLE bridge_article_province IS 'grain: article x province x source: the article''s outlet''s province, and each province its text names';
COMMENT ON COLUMN bridge_article_province.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN bridge_article_province.province_key IS 'dim_province.province_key';
COMMENT ON COLUMN bridge_article_province.source IS 'outlet (the outlet''s province) | text (named in the article)';
COMMENT ON COLUMN bridge_article_province.mentions IS 'how often the text names it; 0 for source outlet';

COMMENT ON TABLE bridge_article_theme IS 'grain: article x theme the article is about';
COMMENT ON COLUMN bridge_article_theme.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN bridge_article_theme.theme_key IS 'dim_theme.theme_key';
COMMENT ON COLUMN bridge_article_theme.hits IS 'keyword matches of the theme in the title, lead and body';
