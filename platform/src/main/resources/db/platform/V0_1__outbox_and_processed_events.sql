-- Shared by every service (platform module): the transactional outbox and the idempotent-consumer log.
-- Services' own migrations start at V1.

create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    envelope     jsonb       not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
-- The relay reads the backlog in id order; only unpublished rows are indexed.
create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
