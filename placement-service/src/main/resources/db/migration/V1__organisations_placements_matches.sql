-- Organisations that offer placements: förvaltningar (municipal departments), private employers,
-- non-profits (ideella) and work-integrating social enterprises (ASF).
create table organisation (
    id                  uuid primary key,
    code                varchar(63)  not null unique,
    name                varchar(200) not null,
    kind                varchar(20)  not null check (kind in ('forvaltning', 'privat', 'ideell', 'asf')),
    organisation_number varchar(11),
    municipality        varchar(100) not null,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

-- Employee counts by date: the fördelningsmodell uses the latest count on or before the day asked for.
create table organisation_employees (
    organisation_id uuid    not null references organisation (id),
    counted_on      date    not null,
    employees       integer not null check (employees >= 0),
    primary key (organisation_id, counted_on)
);

create table contact_person (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(200) not null,
    role            varchar(100),
    email           varchar(200),
    phone           varchar(40)
);
create index contact_person_org on contact_person (organisation_id);

-- SSYK 2012 (Standard för svensk yrkesklassificering): the public code list, loaded from
-- ssyk2012.csv at start-up (see SsykCatalogue). Levels 1-4; parent is the code one level up.
create table ssyk_code (
    code    varchar(4)   primary key,
    level   integer      not null check (level between 1 and 4),
    name_sv varchar(300) not null,
    parent  varchar(4)
);

create table placement (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    kind             varchar(40)  not null,
    title            varchar(200) not null,
    ssyk             varchar(4)   not null,
    description      text,
    municipality     varchar(100) not null,
    place            varchar(200),
    seats            integer      not null check (seats >= 1),
    seats_filled     integer      not null default 0 check (seats_filled >= 0 and seats_filled <= seats),
    period_start     date         not null,
    period_end       date         not null,
    hours_per_week   numeric(4, 1),
    swedish_level    varchar(20),
    driving_licence  boolean      not null default false,
    age_min          integer,
    age_max          integer,
    education_level  varchar(20),
    supervisor_name  varchar(200),
    supervisor_phone varchar(40),
    supervisor_email varchar(200),
    status           varchar(10)  not null check (status in ('draft', 'open', 'filled', 'closed')),
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    check (period_end >= period_start)
);
create index placement_org on placement (organisation_id);
create index placement_status on placement (status);

-- A proposed match of a participant (pseudonymous id) to a placement and its lifecycle.
create table match_proposal (
    id             uuid primary key,
    placement_id   uuid        not null references placement (id),
    participant_id uuid        not null,
    unit           varchar(63) not null,
    status         varchar(10) not null check (status in ('proposed', 'accepted', 'declined', 'started', 'ended', 'withdrawn')),
    score          integer,
    proposed_by    varchar(100) not null,
    proposed_on    date        not null,
    decided_on     date,
    decline_reason varchar(40),
    start_date     date,
    end_date       date,
    started_on     date,
    ended_on       date,
    end_reason     varchar(40),
    version        bigint      not null default 0,
    created_at     timestamptz not null default now()
);
create index match_placement on match_proposal (placement_id);
create index match_participant on match_proposal (participant_id);
-- One live proposal per participant and placement.
create unique index match_live on match_proposal (placement_id, participant_id)
    where status in ('proposed', 'accepted', 'started');

-- Local matching projection of participant.events.v1: pseudonymous, no personnummer or names.
create table participant_profile (
    participant_id        uuid primary key,
    unit                  varchar(63) not null,
    gender                varchar(1),
    birth_year            integer,
    age_band              varchar(10),
    education_level       varchar(20),
    swedish_level         varchar(20),
    driving_licence       boolean     not null default false,
    occupation_interests  varchar(500) not null default '',
    single_parent         boolean     not null default false,
    children_in_household boolean     not null default false,
    assistance_since      date,
    status                varchar(10) not null default 'active' check (status in ('active', 'paused', 'exited')),
    updated_at            timestamptz not null default now()
);
create index participant_profile_unit on participant_profile (unit);

-- The fördelningsmodell's current rule (one row): a share of employees or a city-wide total.
create table quota_rule (
    id            integer primary key check (id = 1),
    method        varchar(10)  not null check (method in ('share', 'total')),
    share_percent numeric(6, 3),
    total         integer,
    kinds         varchar(300) not null,
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
insert into quota_rule (id, method, share_percent, total, kinds, updated_by)
values (1, 'share', 5.7, null, 'extratjanst,nystartsjobb,utvecklingsanstallning,lonebidrag,osa,beredskapsanstallning', 'system');
