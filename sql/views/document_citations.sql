-- grain: document. How often and in how many articles each document is cited, first and last citation.
CREATE OR REPLACE VIEW document_citations AS
SELECT d.document_key, d.kind, d.number, d.code, d.issuer, d.issued_on,
       count(*) AS citations,
       count(DISTINCT r.article_key) AS articles,
       min(CAST(a.published_at AS DATE)) AS first_cited_on,
       max(CAST(a.published_at AS DATE)) AS last_cited_on
FROM fact_document_reference AS r
JOIN dim_document AS d USING (document_key)
JOIN fact_article AS a USING (article_key)
GROUP BY ALL;
COMMENT ON VIEW document_citations IS 'grain: one cited document, with how often and in how many articles it is cited';
COMMENT ON COLUMN document_citations.document_key IS 'dim_document.document_key';
COMMENT ON COLUMN document_citations.kind IS 'dim_document.kind, e.g. Kết luận';
COMMENT ON COLUMN document_citations.number IS 'dim_document.number, e.g. 21';
COMMENT ON COLUMN document_citations.code IS 'dim_document.code, e.g. 21-KL/TW';
COMMENT ON COLUMN document_citations.issuer IS 'dim_document.issuer';
COMMENT ON COLUMN document_citations.issued_on IS 'dim_document.issued_on';
COMMENT ON COLUMN document_citations.citations IS 'citations in all articles';
COMMENT ON COLUMN document_citations.articles IS 'articles that cite it';
COMMENT ON COLUMN document_citations.first_cited_on IS 'publication date of the first article citing it; null when no citing article has one';
COMMENT ON COLUMN document_citations.last_cited_on IS 'publication date of the last article citing it';
