-- reporting-service read model: pseudonymous ids and pre-aggregated counters only (no names, no
-- personnummer). Everything here can be rebuilt from the topics (RebuildService).

-- Daily counters per statistic and breakdown. Flows (e.g. interventions started) add 1 on the day;
-- stocks (e.g. active participants) add +1 on the day they start and -1 on the day they end, so the
-- level on a date is the sum of deltas up to it. `days` carries the duration for histogram
-- statistics (days from enrolment to first intervention), 0 otherwise.
create table stat_fact (
    statistic text     not null,
    day       date     not null,
    gender    text     not null,
    unit      text     not null,
    age_band  text     not null,
    kind      text     not null,
    project   text     not null,
    days      integer  not null,
    value     bigint   not null,
    primary key (statistic, day, gender, unit, age_band, kind, project, days)
);

-- The sum of all deltas per breakdown: the level of a stock on a date is total minus the deltas after
-- that date, so a report on recent months reads only recent rows, however long the history is.
create table stat_total (
    statistic text     not null,
    gender    text     not null,
    unit      text     not null,
    age_band  text     not null,
    kind      text     not null,
    project   text     not null,
    days      integer  not null,
    value     bigint   not null,
    primary key (statistic, gender, unit, age_band, kind, project, days)
);

-- (statistic, year) pairs whose figures changed since statistic.series-updated was last published.
-- The version grows with every change, so the publisher clears only what it has actually published.
create table stat_changed (
    statistic text    not null,
    year      integer not null,
    version   bigint  not null default 0,
    primary key (statistic, year)
);

-- Per pseudonymous participant: only what is needed to place later events in the right breakdown.
create table participant_state (
    participant_id        uuid    primary key,
    enrolment_id          uuid,
    unit                  text    not null,
    gender                text    not null,
    age_band              text    not null,
    enrolled_on           date    not null,
    active                boolean not null,
    paused                boolean not null default false,
    first_intervention_on date,
    long_term_from        date,
    exited_on             date
);

-- A participant counts once per year in "enrolled unique participants".
create table participant_counted (
    participant_id uuid    not null,
    statistic      text    not null,
    year           integer not null,
    primary key (participant_id, statistic, year)
);

create table project_membership (
    participant_id uuid    not null,
    project        text    not null,
    sub_project    text    not null,
    on_assistance  boolean not null,
    member         boolean not null,
    primary key (participant_id, project)
);

create table organisation (
    organisation_id uuid primary key,
    code            text,
    name            text,
    kind            text,
    sector          text,
    employees       integer,
    employees_on    date,
    quota           integer
);

create table placement (
    placement_id    uuid primary key,
    organisation_id uuid,
    kind            text,
    seats           integer,
    seats_filled    integer,
    status          text,
    period_start    date,
    period_end      date
);

create table match_state (
    match_id        uuid primary key,
    placement_id    uuid,
    organisation_id uuid,
    participant_id  uuid,
    unit            text,
    kind            text,
    status          text not null,
    rank            integer not null,
    on_date         date,
    start_date      date,
    end_date        date
);
create index match_state_organisation on match_state (organisation_id, status);

create table goal (
    goal_id           uuid primary key,
    plan_id           uuid,
    title             text,
    statistic         text,
    year              integer,
    unit              text,
    target            text,
    target_kind       text,
    as_of             date,
    actual            numeric,
    forecast          numeric,
    computed_status   text,
    judgement         text,
    judgement_comment text
);

-- Reference data: monthly cost per employment kind with validity dates (Malmö, Tabell 2).
create table cost_rate (
    kind         text          not null,
    label        text          not null,
    monthly_rate numeric(12,2) not null,
    valid_from   date          not null,
    valid_to     date,
    primary key (kind, valid_from)
);
insert into cost_rate (kind, label, monthly_rate, valid_from, valid_to) values
    ('utvecklingsanstallning', 'Utvecklingsanställning (UVA)', 5270, '2020-01-01', null),
    ('osa', 'Offentligt skyddad anställning (OSA)', 7300, '2020-01-01', null),
    ('nystartsjobb', 'Nystartsjobb (NYS)', 14500, '2020-01-01', null);

-- Asynchronous exports: progress while rendering, then the file (kept 24 hours).
create table export_job (
    id           uuid primary key,
    owner        text        not null,
    report       text        not null,
    format       text        not null,
    parameters   jsonb       not null,
    status       text        not null,
    progress     integer     not null,
    error        text,
    filename     text,
    content_type text,
    content      bytea,
    created_at   timestamptz not null,
    finished_at  timestamptz
);
