-- The documents cited in the most articles.
SELECT kind, number, code, issuer, articles, citations, first_cited_on, last_cited_on
FROM document_citations
ORDER BY articles DESC, citations DESC, kind, number
LIMIT 20;
