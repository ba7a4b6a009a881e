-- Monthly counters: the same deltas as stat_fact, summed per month, so a report on whole months reads at
-- most one row per month and breakdown however many days and events lie behind it. Written in the same
-- transaction as stat_fact (readmodel.Facts), so the two always agree.
create table stat_month (
    statistic text     not null,
    month     date     not null,
    gender    text     not null,
    unit      text     not null,
    age_band  text     not null,
    kind      text     not null,
    project   text     not null,
    days      integer  not null,
    value     bigint   not null,
    primary key (statistic, month, gender, unit, age_band, kind, project, days)
);
insert into stat_month (statistic, month, gender, unit, age_band, kind, project, days, value)
select statistic, cast(date_trunc('month', day) as date), gender, unit, age_band, kind, project, days, sum(value)
from stat_fact group by 1, 2, 3, 4, 5, 6, 7, 8;

-- Units (enheter) the events have named: asking for any other answers 404, as for anything unknown.
create table unit (
    code text primary key
);
insert into unit (code)
select unit from stat_total where unit <> ''
union select unit from participant_state
union select unit from match_state where unit is not null;

-- One counter per consuming channel, raised in every transaction that applies events: a reader that
-- sees the same sum has seen the same read model (the key of cached report figures).
create table readmodel_version (
    channel text   primary key,
    version bigint not null
);
