-- Documents quarantined per run, by the short reason: for a failed check ("expect_...(column): why"), the first
-- words of why the check exists (before any colon); otherwise the words before the first colon ("binary content").
SELECT run_id, stage,
       coalesce(nullif(trim(regexp_extract(reason, '^expect_\w+\([^)]*\): ([^:;]+)', 1)), ''),
                trim(split_part(reason, ':', 1))) AS reason,
       count(*) AS documents
FROM quarantine
GROUP BY ALL
