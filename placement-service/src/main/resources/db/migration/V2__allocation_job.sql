-- Allocations too large to answer at once run as background jobs. The row is the job's whole state, so
-- any replica can report it, and a job whose replica stopped (heartbeat too old) is taken over by another.
create table allocation_job (
    id           uuid primary key,
    owner        varchar(200) not null,
    -- the case officer's unit when the job was created (null: every unit, for admins)
    unit         varchar(100),
    -- the request as given, with its day (asOf) fixed at creation, so a re-run computes the same
    request      jsonb        not null,
    status       varchar(10)  not null check (status in ('queued', 'running', 'done', 'failed')),
    progress     integer      not null default 0 check (progress between 0 and 100),
    attempt      integer      not null default 0,
    instance     varchar(200),
    heartbeat_at timestamptz,
    result       jsonb,
    error        varchar(500),
    proposed_at  timestamptz,
    created_at   timestamptz  not null,
    finished_at  timestamptz
);

create index allocation_job_unfinished on allocation_job (heartbeat_at) where status in ('queued', 'running');
create index allocation_job_created on allocation_job (created_at);
