-- Knowledge you can join on (issue 12): one row per body, per post, per real person.
-- Organisations are keyed by their canonical name (flows/extract/canonical.py), posts by role + body, persons by
-- name + home province. The knowledge of the articles already loaded is rebuilt by re-reading their documents
-- once (the last statement), so that old and new rows follow the same rules.

-- dim_organization again, without the uniqueness of the name (two keys of the old rules may share one), with
-- the body's kind, level and place.
CREATE TABLE dim_organization_v010 (
    organization_key  BIGINT PRIMARY KEY,
    organization_name VARCHAR NOT NULL,
    canonical_key     VARCHAR,
    organization_kind VARCHAR,
    level             VARCHAR,
    province_name     VARCHAR
);
INSERT INTO dim_organization_v010 (organization_key, organization_name)
SELECT organization_key, organization_name FROM dim_organization;
DROP TABLE dim_organization;
ALTER TABLE dim_organization_v010 RENAME TO dim_organization;
COMMENT ON TABLE dim_organization IS 'grain: one body (a Party committee, a People''s Committee, a ministry, ...), by its canonical name: names that differ only by case, punctuation or a known abbreviation are one row. Example: Ủy ban nhân dân tỉnh Phú Thọ';
COMMENT ON COLUMN dim_organization.organization_key IS 'surrogate key: hash of the canonical key';
COMMENT ON COLUMN dim_organization.organization_name IS 'the canonical name as first seen (abbreviations expanded, TP. spelled out, the province by its official name), e.g. Ủy ban nhân dân Thành phố Hồ Chí Minh';
COMMENT ON COLUMN dim_organization.canonical_key IS 'the canonical name in lower case without punctuation: the natural key, e.g. ủy ban nhân dân thành phố hồ chí minh';
COMMENT ON COLUMN dim_organization.organization_kind IS 'party_committee | peoples_council | peoples_committee | national_assembly | government | ministry | department | agency | mass_organization | police | army | court | press; null when the head is not known';
COMMENT ON COLUMN dim_organization.level IS 'central | province | district | commune; null when the name does not say';
COMMENT ON COLUMN dim_organization.province_name IS 'the province the name names (official name), e.g. Phú Thọ; null for central bodies and unplaced ones';

-- grain: one spelling of a body as articles write it (the variants folded into its canonical name).
CREATE TABLE dim_organization_alias (
    organization_key BIGINT NOT NULL,
    alias            VARCHAR NOT NULL,
    PRIMARY KEY (organization_key, alias)
);
COMMENT ON TABLE dim_organization_alias IS 'grain: one spelling of a body as written in an article, e.g. UBND TP.HCM for Ủy ban nhân dân Thành phố Hồ Chí Minh';
COMMENT ON COLUMN dim_organization_alias.organization_key IS 'dim_organization.organization_key';
COMMENT ON COLUMN dim_organization_alias.alias IS 'the name as written, e.g. Uỷ ban nhân dân TP. Đà Nẵng';

ALTER TABLE fact_organization_mention ADD COLUMN resolved_from VARCHAR;
ALTER TABLE fact_organization_mention ADD COLUMN is_bare BOOLEAN;
ALTER TABLE fact_organization_mention ADD COLUMN canonical_name VARCHAR;
COMMENT ON COLUMN fact_organization_mention.canonical_name IS 'the canonical spelling of this mention (placed when bare); the body''s name is the spelling most mentions use';
COMMENT ON COLUMN fact_organization_mention.resolved_from IS 'where the body''s place came from: text (its name says it), sentence (a place of that level named in the same paragraph), article (the article''s province, or the district it names most); null: a bare local body left generic';
COMMENT ON COLUMN fact_organization_mention.is_bare IS 'true when the name as written names no place (Ủy ban nhân dân tỉnh, Công an quận, Sở Y tế)';

-- grain: one post: a role in a body, e.g. Bí thư | Tỉnh ủy Phú Thọ.
CREATE TABLE dim_position (
    position_key      BIGINT PRIMARY KEY,
    position_name     VARCHAR NOT NULL,
    role              VARCHAR NOT NULL,
    organization_key  BIGINT,
    organization_name VARCHAR,
    level             VARCHAR,
    province_name     VARCHAR
);
COMMENT ON TABLE dim_position IS 'grain: one post, a role in a body: Bí thư Tỉnh ủy Phú Thọ. Two wordings of one post are one row';
COMMENT ON COLUMN dim_position.position_key IS 'surrogate key: hash of the post''s canonical key';
COMMENT ON COLUMN dim_position.position_name IS 'role and body, e.g. Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng';
COMMENT ON COLUMN dim_position.role IS 'the role, e.g. Bí thư, Phó Chủ tịch, Ủy viên, Giám đốc';
COMMENT ON COLUMN dim_position.organization_key IS 'dim_organization.organization_key of the body; null for a role without one (Chủ tịch nước)';
COMMENT ON COLUMN dim_position.organization_name IS 'the body''s canonical name, e.g. Tỉnh ủy Phú Thọ';
COMMENT ON COLUMN dim_position.level IS 'central | province | district | commune';
COMMENT ON COLUMN dim_position.province_name IS 'the province of the body, e.g. Phú Thọ; null for central posts';

-- grain: one post named in one person mention (a title of office holds one or more posts).
CREATE TABLE fact_position_mention (
    article_key  BIGINT NOT NULL,
    person_key   BIGINT NOT NULL,
    position_key BIGINT NOT NULL,
    field        VARCHAR NOT NULL,
    paragraph    INTEGER NOT NULL,
    char_offset  BIGINT NOT NULL
);
COMMENT ON TABLE fact_position_mention IS 'grain: one post in one mention of a person: "Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Lê Văn A" gives two rows';
COMMENT ON COLUMN fact_position_mention.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_position_mention.person_key IS 'dim_person.person_key (durable)';
COMMENT ON COLUMN fact_position_mention.position_key IS 'dim_position.position_key';
COMMENT ON COLUMN fact_position_mention.field IS 'lead | body | caption';
COMMENT ON COLUMN fact_position_mention.paragraph IS 'index of the paragraph within the field, from 0';
COMMENT ON COLUMN fact_position_mention.char_offset IS 'offset of the person mention within the paragraph, in characters';

-- grain: person x post, with when the articles show it held (rebuilt from the mentions on every load).
CREATE TABLE bridge_person_position (
    person_key   BIGINT NOT NULL,
    position_key BIGINT NOT NULL,
    first_seen   DATE NOT NULL,
    last_seen    DATE NOT NULL,
    articles     INTEGER NOT NULL,
    PRIMARY KEY (person_key, position_key)
);
COMMENT ON TABLE bridge_person_position IS 'grain: one person in one post, valid from the first to the last article date that names them in it';
COMMENT ON COLUMN bridge_person_position.person_key IS 'dim_person.person_key (durable)';
COMMENT ON COLUMN bridge_person_position.position_key IS 'dim_position.position_key';
COMMENT ON COLUMN bridge_person_position.first_seen IS 'the first article date (publication, else fetch) naming the person in the post';
COMMENT ON COLUMN bridge_person_position.last_seen IS 'the last such date';
COMMENT ON COLUMN bridge_person_position.articles IS 'how many articles name the person in the post';

-- Persons: one durable person per name and home province; a type-2 version per new post.
ALTER TABLE fact_person_mention ADD COLUMN home VARCHAR;
COMMENT ON COLUMN fact_person_mention.home IS 'the province that tells two namesakes apart: of the local posts the mention names, else the article''s; empty for a person named with central posts only';
ALTER TABLE dim_person ADD COLUMN home VARCHAR;
ALTER TABLE dim_person ADD COLUMN positions VARCHAR[];
COMMENT ON COLUMN dim_person.home IS 'the person''s home province (see fact_person_mention.home); empty: central posts only';
COMMENT ON COLUMN dim_person.positions IS 'the posts the person is known in as of this version (a version starts when a post not seen before appears; the wording of a title does not start one)';

-- Re-read every loaded document once, so that its knowledge is rebuilt under these rules (the next run counts
-- them as changed).
UPDATE etl_document SET content_hash = 'before-010:' || content_hash, mtime_ns = NULL;
