-- Field completeness per run and outlet: how many of the articles a run loaded got each field. The drift check
-- (sql/checks/drift.sql) compares an outlet's shares with its own recent runs; the trends page draws them.
CREATE TABLE field_metric (
    run_id      VARCHAR NOT NULL,
    outlet      VARCHAR NOT NULL,
    field       VARCHAR NOT NULL,
    articles    INTEGER NOT NULL,
    with_field  INTEGER NOT NULL,
    share       DOUBLE NOT NULL,
    measured_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, outlet, field)
);

COMMENT ON TABLE field_metric IS 'grain: run x outlet x field: of the articles one run loaded from an outlet, how '
    'many got the field (run 3f2a..., ''Báo Điện Biên Phủ'', ''authors'': 40 articles, 38 with it, share 0.95); '
    'written by every run that loaded articles, read by the drift check and the trends page';
COMMENT ON COLUMN field_metric.run_id IS 'etl_run.run_id of the run that loaded the articles measured';
COMMENT ON COLUMN field_metric.outlet IS 'dim_outlet.outlet_name; ''(not stated)'' for articles without an '
    'outlet; ''(all outlets)'' for every article of the run';
COMMENT ON COLUMN field_metric.field IS 'the field measured: title, published_at, lead, body, authors, '
    'outlet, province, category, event_date, view_count, persons, organizations, documents, indicators, meeting';
COMMENT ON COLUMN field_metric.articles IS 'articles of this outlet the run loaded (new or changed ones)';
COMMENT ON COLUMN field_metric.with_field IS 'how many of them have the field (a value, or at least one row)';
COMMENT ON COLUMN field_metric.share IS 'with_field / articles, 0 to 1';
COMMENT ON COLUMN field_metric.measured_at IS 'when the run finished (Asia/Ho_Chi_Minh)';
