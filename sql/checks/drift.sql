-- One row per outlet, as the load transaction is about to commit: whether a field's share fell sharply against the
-- outlet's own recent runs (a layout change), and whether an outlet that had articles in each recent run has none
-- in this one. expectations/drift.json warns on either. Parameters (flows/settings.py): $history_runs,
-- $min_articles, $max_drop, $quiet_after_runs, $judge_quiet.
WITH this_run AS (SELECT run_id FROM load_context),
current AS (
    SELECT outlet, field, articles, share FROM field_metric
    WHERE run_id = (SELECT run_id FROM this_run) AND outlet <> '(all outlets)'
),
-- Each outlet's earlier runs with enough of its articles to measure, newest first.
history AS (
    SELECT m.outlet, m.run_id, m.field, m.share,
           dense_rank() OVER (PARTITION BY m.outlet ORDER BY m.measured_at DESC, m.run_id) AS recency
    FROM field_metric AS m
    WHERE m.run_id <> (SELECT run_id FROM this_run) AND m.articles >= $min_articles
),
baseline AS (
    SELECT outlet, field, avg(share) AS share, count(*) AS runs
    FROM history WHERE recency <= $history_runs
    GROUP BY outlet, field
),
dropped AS (
    SELECT c.outlet,
           string_agg(format('{} {:.0f}% -> {:.0f}%', c.field, 100 * b.share, 100 * c.share), ', '
                      ORDER BY b.share - c.share DESC) AS fields,
           any_value(c.articles) AS articles,
           max(b.runs) AS runs
    FROM current AS c JOIN baseline AS b USING (outlet, field)
    WHERE c.articles >= $min_articles AND b.share - c.share >= $max_drop
    GROUP BY c.outlet
),
-- The last runs that loaded any article, before this one.
recent_runs AS (
    SELECT run_id FROM field_metric
    WHERE outlet = '(all outlets)' AND field = 'title' AND run_id <> (SELECT run_id FROM this_run)
    ORDER BY measured_at DESC LIMIT $quiet_after_runs
),
quiet AS (
    SELECT m.outlet
    FROM field_metric AS m JOIN recent_runs USING (run_id)
    WHERE m.field = 'title' AND m.outlet NOT IN ('(all outlets)', '(not stated)')
    GROUP BY m.outlet
    HAVING count(*) = $quiet_after_runs AND $judge_quiet
       AND m.outlet NOT IN (SELECT outlet FROM current)
),
outlets AS (
    SELECT DISTINCT outlet FROM current
    UNION SELECT outlet FROM quiet
)
SELECT
    o.outlet,
    coalesce((SELECT any_value(articles) FROM current AS c WHERE c.outlet = o.outlet), 0) AS articles,
    CASE WHEN d.outlet IS NOT NULL THEN format('{}: {} ({} articles; baseline: its last {} runs)', o.outlet,
         d.fields, d.articles, d.runs) END AS dropped_fields,
    CASE WHEN q.outlet IS NOT NULL THEN format('{}: no article this run, after articles in each of the last {} runs',
         o.outlet, $quiet_after_runs) END AS went_quiet
FROM outlets AS o
LEFT JOIN dropped AS d USING (outlet)
LEFT JOIN quiet AS q USING (outlet)
ORDER BY o.outlet
