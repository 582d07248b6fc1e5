-- A mention of a body that names no particular one ("Ủy ban nhân dân tỉnh" in an article of no province, "Sở Tài
-- chính" with no place) is kept and counted, but it is no member of dim_organization: its key is null. The
-- extraction rules changed with this migration (names end at a country, a person or a second body), so the
-- knowledge of every article is read again (flows/warehouse.py REBUILDS_KNOWLEDGE).

ALTER TABLE fact_organization_mention ALTER COLUMN organization_key DROP NOT NULL;
COMMENT ON COLUMN fact_organization_mention.organization_key IS 'dim_organization.organization_key; null for a generic body that names no place the text or the article gives (resolved_from null)';
