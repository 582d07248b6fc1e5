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
