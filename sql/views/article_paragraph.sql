-- grain: one paragraph of one article (lead, body or caption), as the mentions' positions refer to it:
-- a mention's text is substr(text, char_offset + 1, length(mention)).
CREATE OR REPLACE VIEW article_paragraph AS
SELECT article_key, 'lead' AS field, 0 AS paragraph, lead AS text
FROM fact_article WHERE lead IS NOT NULL
UNION ALL
SELECT article_key, 'body' AS field, CAST(unnest(range(len(body))) AS INTEGER) AS paragraph, unnest(body) AS text
FROM fact_article
UNION ALL
SELECT article_key, 'caption' AS field, CAST(unnest(range(len(captions))) AS INTEGER) AS paragraph,
       unnest(captions) AS text
FROM fact_article;
COMMENT ON VIEW article_paragraph IS 'grain: one paragraph of one article (lead, body or caption), the text the mentions'' positions refer to';
COMMENT ON COLUMN article_paragraph.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN article_paragraph.field IS 'lead | body | caption';
COMMENT ON COLUMN article_paragraph.paragraph IS 'index of the paragraph within the field, from 0';
COMMENT ON COLUMN article_paragraph.text IS 'the paragraph; a mention is substr(text, char_offset + 1, length(mention))';
