-- How a run was made: a backfill's publication window, and the task runner of its parse stage.
ALTER TABLE etl_run ADD COLUMN window_from DATE;
ALTER TABLE etl_run ADD COLUMN window_to DATE;
ALTER TABLE etl_run ADD COLUMN task_runner VARCHAR;
