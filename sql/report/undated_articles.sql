-- Articles the warehouse holds without a publication date (not drawn on the articles-per-day chart).
SELECT count(*) AS articles FROM fact_article WHERE published_at IS NULL
