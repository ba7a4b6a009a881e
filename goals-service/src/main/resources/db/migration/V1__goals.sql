-- Plans (verksamhetsplaner / handlingsplaner) with their målområden, åtgärder and indikatorer.
create table plan (
    id uuid primary key,
    name text not null,
    organisation text not null,
    period_from int not null,
    period_to int not null,
    board_goal text,
    interim_month int,
    version bigint not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table goal_area (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    number int not null,
    title text not null,
    description text,
    unique (plan_id, number)
);

create table plan_action (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    number int not null,
    area_number int,
    text text not null,
    expected_effect text,
    year_from int not null,
    year_to int not null,
    responsible text,
    status text not null,
    version bigint not null default 0,
    unique (plan_id, number)
);

create table action_note (
    action_id uuid not null references plan_action (id),
    position int not null,
    written_on date not null,
    author text,
    text text not null,
    primary key (action_id, position)
);

create table indicator (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    code text not null,
    area_number int,
    title text not null,
    unit text not null,
    statistic text,
    denominator text,
    baseline_year int,
    baseline_value double precision,
    source text,
    gender_breakdown boolean not null default true,
    unique (plan_id, code)
);

create table goal (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    indicator_id uuid references indicator (id),
    position int not null,
    title text not null,
    year int not null,
    target text not null,
    target_kind text not null,
    milestone_reached_on date,
    milestone_reached_by text,
    last_status text,
    version bigint not null default 0
);
create index goal_plan_year on goal (plan_id, year);
create index goal_indicator on goal (indicator_id);

-- The manager's judgement ("kommer att klara målet?"), every one kept: the newest is the current one.
create table goal_judgement (
    id uuid primary key,
    seq bigint generated always as identity,
    goal_id uuid not null references goal (id),
    status text not null,
    comment text,
    judged_by text not null,
    judged_at timestamptz not null
);
create index goal_judgement_goal on goal_judgement (goal_id, judged_at);

-- statistic.series-updated from reporting-service, newest asOf per statistic and year.
create table statistic_series (
    statistic text not null,
    year int not null,
    as_of date not null,
    aggregation text not null,
    breakdown jsonb not null,
    received_at timestamptz not null,
    primary key (statistic, year)
);

-- Imported reference data, e.g. the adult population per year as a ratio goal's denominator.
create table reference_value (
    series text not null,
    year int not null,
    value double precision not null,
    primary key (series, year)
);

create table follow_up (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    month text not null,
    kind text not null,
    as_of date not null,
    frozen_at timestamptz not null,
    frozen_by text not null,
    unique (plan_id, month)
);

create table follow_up_row (
    id uuid primary key,
    follow_up_id uuid not null references follow_up (id),
    position int not null,
    goal_id uuid not null,
    title text not null,
    target text not null,
    target_kind text not null,
    unit text,
    statistic text,
    actual double precision,
    forecast double precision,
    forecast_method text,
    computed_status text,
    judgement text,
    judgement_comment text,
    judged_by text
);

create table follow_up_comment (
    id uuid primary key,
    follow_up_id uuid not null references follow_up (id),
    author text not null,
    written_at timestamptz not null,
    text text not null
);
