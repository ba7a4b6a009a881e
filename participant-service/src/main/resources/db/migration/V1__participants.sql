-- participant-service: the case officer's register. Personal identifiers live apart from the pseudonymous
-- record (participant_identity), so that gallring can delete them and leave the statistics rows intact.

-- Reference data: the kinds of insatser (interventions). Data, not an enum in code; admin may add kinds.
create table intervention_kind (
    code     text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    category text not null check (category in ('anstallning-med-stod', 'praktik', 'utbildning', 'vagledning', 'stod')),
    name_sv  text not null,
    name_en  text not null,
    active   boolean not null default true
);

insert into intervention_kind (code, category, name_sv, name_en) values
    ('praktik', 'praktik', 'Praktik', 'Internship'),
    ('extratjanst', 'anstallning-med-stod', 'Extratjänst', 'Extra job (subsidised)'),
    ('nystartsjobb', 'anstallning-med-stod', 'Nystartsjobb (NYS)', 'New start job'),
    ('utvecklingsanstallning', 'anstallning-med-stod', 'Utvecklingsanställning (UVA)', 'Development employment'),
    ('lonebidrag', 'anstallning-med-stod', 'Lönebidrag', 'Wage subsidy'),
    ('osa', 'anstallning-med-stod', 'Offentligt skyddad anställning (OSA)', 'Sheltered public employment'),
    ('beredskapsanstallning', 'anstallning-med-stod', 'Beredskapsanställning', 'Standby employment'),
    ('feriepraktik', 'praktik', 'Feriepraktik', 'Summer job for youth'),
    ('jobbspar', 'utbildning', 'Jobbspår / rekryteringsutbildning', 'Job track / recruitment training'),
    ('studievagledning', 'vagledning', 'Vägledning till utbildning', 'Study guidance'),
    ('supported-employment', 'stod', 'Supported Employment (SE)', 'Supported Employment'),
    ('ips', 'stod', 'IPS (Individual Placement and Support)', 'Individual Placement and Support'),
    ('ungdomssamtal', 'vagledning', 'Ungdomssamtal', 'Youth counselling'),
    ('sprakstod', 'stod', 'Språkstöd', 'Language support');

-- Externally funded projects and their sub-projects (ESF, Finsam).
create table project (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    parent_code text references project (code),
    name        text not null,
    funder      text not null
);

insert into project (code, parent_code, name, funder) values
    ('iris', null, 'IRIS', 'ESF'),
    ('iris-usb', 'iris', 'USB – Unga som behöver stöd', 'ESF'),
    ('iris-kompetenstrappan', 'iris', 'Kompetenstrappan', 'ESF'),
    ('iris-insam', 'iris', 'INSAM', 'ESF'),
    ('finsam-steget', null, 'Steget (Finsam)', 'Finsam');

-- The pseudonymous record: what statistics and matching need, never a name or personnummer.
create table participant (
    id                    uuid primary key,
    gender                char(1) check (gender in ('K', 'M')),
    birth_date            date,
    born_abroad           boolean not null default false,
    education_level       text not null default 'okand',
    swedish_level         text not null default 'okand',
    children_in_household boolean not null default false,
    single_parent         boolean not null default false,
    assistance_since      date,
    support_obstacle      text,
    referral_source       text not null default 'annan',
    occupation_interests  text[] not null default '{}',
    driving_licence       boolean not null default false,
    protected_identity    boolean not null default false,
    erased_at             timestamptz,
    version               bigint not null default 0,
    created_at            timestamptz not null default now()
);

-- Personal identifiers, deleted by gallring. person_key = HMAC-SHA256(secret, canonical personnummer):
-- a lookup key that cannot be reversed or brute-forced without the secret; personnummer_enc =
-- AES-256-GCM ciphertext of the canonical form, shown to those with access.
create table participant_identity (
    participant_id   uuid primary key references participant (id),
    person_key       text not null unique,
    personnummer_enc text not null,
    coordination_number boolean not null default false,
    first_name       text,
    last_name        text
);

-- Inskrivning: one person has at most one open enrolment (partial unique index below).
create table enrolment (
    id             uuid primary key,
    participant_id uuid not null references participant (id),
    unit           text not null,
    officer        text not null,
    status         text not null check (status in ('ACTIVE', 'PAUSED', 'EXITED')),
    enrolled_on    date not null,
    paused_on      date,
    exited_on      date,
    exit_reason    text check (exit_reason in ('arbete', 'studier', 'annat-stod', 'flyttat', 'annat')),
    exit_comment   text,
    reopened_from  uuid references enrolment (id),
    version        bigint not null default 0,
    created_at     timestamptz not null default now()
);
create unique index enrolment_one_open on enrolment (participant_id) where status <> 'EXITED';
create index enrolment_unit on enrolment (unit, status);
create index enrolment_officer on enrolment (officer, status);

-- What happened to an enrolment over time (transfers, pauses, exits, re-openings), for the case history.
create table enrolment_history (
    id            bigint generated always as identity primary key,
    enrolment_id  uuid not null references enrolment (id),
    happened_on   date not null,
    kind          text not null,
    from_unit     text,
    to_unit       text,
    from_officer  text,
    to_officer    text,
    reason        text,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);
create index enrolment_history_enrolment on enrolment_history (enrolment_id, id);

-- Planering: every version kept; the highest version is the current plan.
create table plan (
    id             uuid primary key,
    enrolment_id   uuid not null references enrolment (id),
    plan_version   integer not null,
    goal           text,
    steps          jsonb not null default '[]',
    next_follow_up date not null,
    decided_on     date not null,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    unique (enrolment_id, plan_version)
);

create table follow_up_meeting (
    id           uuid primary key,
    enrolment_id uuid not null references enrolment (id),
    held_on      date not null,
    notes        text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index follow_up_meeting_enrolment on follow_up_meeting (enrolment_id, held_on);

-- Insatser. match_id is unique so a redelivered or repeated match.accepted/started starts one intervention.
create table intervention (
    id             uuid primary key,
    enrolment_id   uuid not null references enrolment (id),
    participant_id uuid not null references participant (id),
    kind           text not null references intervention_kind (code),
    started_on     date not null,
    planned_end_on date,
    ended_on       date,
    placement_id   uuid,
    match_id       uuid unique,
    created_by     text not null,
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    check (ended_on is null or ended_on >= started_on),
    check (planned_end_on is null or planned_end_on >= started_on)
);
create index intervention_enrolment on intervention (enrolment_id);

create table project_membership (
    id             uuid primary key,
    participant_id uuid not null references participant (id),
    project_code   text not null references project (code),
    joined_on      date not null,
    left_on        date,
    check (left_on is null or left_on >= joined_on)
);
create unique index project_membership_open on project_membership (participant_id, project_code) where left_on is null;

-- Loggning: append-only and hash-chained. hash = SHA-256(prev_hash || canonical row), computed by the
-- service under a transaction-scoped advisory lock so the chain never forks.
create table audit_log (
    id             bigint primary key,
    occurred_at    timestamptz not null,
    username       text not null,
    action         text not null,
    participant_id uuid,
    detail         text,
    request_method text,
    request_path   text,
    request_id     text,
    client_address text,
    prev_hash      text not null,
    hash           text not null
);
create index audit_log_participant on audit_log (participant_id, id);
create index audit_log_user on audit_log (username, id);
create index audit_log_time on audit_log (occurred_at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op;
end $$;
create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
