-- Frozen follow-ups of goals (goal.follow-up-frozen): the figures of a month's end as the managers froze
-- them, e.g. Lund's interim report of 2022-08-31. Never updated: a follow-up is frozen once.
create table goal_follow_up (
    follow_up_id    uuid    not null,
    goal_id         uuid    not null,
    plan_id         uuid,
    month           text    not null,
    kind            text    not null,
    as_of           date,
    actual          numeric,
    forecast        numeric,
    computed_status text,
    judgement       text,
    primary key (follow_up_id, goal_id)
);
create index goal_follow_up_goal on goal_follow_up (goal_id, kind, month);
