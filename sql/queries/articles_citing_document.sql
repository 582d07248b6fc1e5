-- Which articles cite a document: edit the values in `wanted`, the parts of its code (05-CT/TW: number 05, kind
-- CT, issuer TW; 53/2017/NĐ-CP: number 53, kind NĐ, issuer CP). The references that do not write the code but
-- joined the document count too ("Chỉ thị 05 của Bộ Chính trị"): `resolved_as` says which ones did. For an issuer
-- every province has (TU, UBND ...) each province's document is its own row: `province` tells them apart.
WITH wanted AS (
    SELECT '05' AS number, 'CT' AS kind_abbreviation, 'TW' AS issuer_abbreviation
)
SELECT a.source_file, a.title, CAST(a.published_at AS DATE) AS published_on, d.code, d.province_name AS province,
       r.text AS cited_as, r.resolved_as
FROM wanted AS w
JOIN dim_document AS d
  ON ltrim(d.number, '0') = ltrim(w.number, '0')
 AND upper(d.kind_abbreviation) = upper(w.kind_abbreviation)
 AND upper(d.issuer_abbreviation) = upper(w.issuer_abbreviation)
JOIN fact_document_reference AS r ON r.document_key = d.document_key
JOIN fact_article AS a ON a.article_key = r.article_key
ORDER BY published_on, a.source_file, r.field, r.paragraph, r.char_offset;
