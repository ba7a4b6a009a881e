-- A synthetic history for measuring the read side: the counters that N participant events over ten
-- years (2017–2026; 8 statistics, 2 units, 6 age bands, 5 kinds, K/M) fold into, written straight into
-- reporting's read model as the projections would aggregate them (daily, monthly and all-time counters,
-- the units). For a bench stack only: it replaces every counter.
--   psql ... -f history.sql -c "select pg_temp.bench_history(1000000)"   (./suite up, see the README)
--   ReportingBenchmark runs the same file over JDBC.
create or replace function pg_temp.bench_history(events bigint) returns bigint language plpgsql as $$
declare
    counter_rows bigint;
begin
    truncate stat_fact, stat_month, stat_total;
    insert into stat_fact (statistic, day, gender, unit, age_band, kind, project, days, value)
    select statistic, day, gender, unit, age_band, kind, '', days, count(*) from (
      select (array['enrolled-unique', 'active-participants', 'interventions-started', 'supported-employments-started',
                    'internships-started', 'exits', 'exits-to-work-or-studies', 'days-to-first-intervention'])[1 + i % 8]
               as statistic,
        date '2017-01-01' + cast(i * 7919 % 3650 as integer) as day,
        -- Breakdowns from i / 8 (i % 8 picks the statistic), so every statistic gets every combination.
        case when i / 8 % 2 = 0 then 'K' else 'M' end as gender,
        case when i / 16 % 3 = 0 then 'unga-18-24' else 'arbete-forsorjning' end as unit,
        (array['17-19', '20-24', '25-29', '30-54', '55-64', '65+'])[1 + i / 48 % 6] as age_band,
        (array['praktik', 'extratjanst', 'nystartsjobb', 'osa', 'studievagledning'])[1 + i / 7 % 5] as kind,
        case when i % 8 = 7 then cast(i % 90 as integer) else 0 end as days
      from generate_series(cast(1 as bigint), events) i) x
    group by statistic, day, gender, unit, age_band, kind, days;
    insert into stat_month (statistic, month, gender, unit, age_band, kind, project, days, value)
    select statistic, cast(date_trunc('month', day) as date), gender, unit, age_band, kind, project, days, sum(value)
    from stat_fact group by 1, 2, 3, 4, 5, 6, 7, 8;
    insert into stat_total (statistic, gender, unit, age_band, kind, project, days, value)
    select statistic, gender, unit, age_band, kind, project, days, sum(value) from stat_fact
    group by statistic, gender, unit, age_band, kind, project, days;
    insert into unit (code) values ('unga-18-24'), ('arbete-forsorjning') on conflict do nothing;
    -- Cached figures are keyed by this version: raise it as any applied event does.
    insert into readmodel_version (channel, version) values ('bench-history', 1)
    on conflict (channel) do update set version = readmodel_version.version + 1;
    analyze stat_fact;
    analyze stat_month;
    analyze stat_total;
    select count(*) into counter_rows from stat_fact;
    return counter_rows;
end $$;
