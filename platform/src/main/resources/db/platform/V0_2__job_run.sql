-- Scheduled jobs claim their slot here (e.g. month-end freeze for 2026-10, retention for 2026-11-23), so a
-- slot runs once in the whole cluster, however many replicas fire the schedule, and a restart does not
-- run it again. Also answers "when did the job last run, and where".
create table job_run (
    job         text        not null,
    slot        text        not null,
    instance    text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    primary key (job, slot)
);
