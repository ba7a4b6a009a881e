-- Monthly figures imported from the financial-assistance system (assistance package). The source of
-- truth for these statistics: a rebuild of the read model empties the counters, not these tables, and
-- puts the figures back into the counters from here.
create table assistance_import (
    id          uuid primary key,
    source      text        not null,
    filename    text,
    imported_by text        not null,
    imported_at timestamptz not null,
    rows        integer     not null,
    first_month date        not null,
    last_month  date        not null
);

-- One value per month (its first day), unit, statistic and gender ('K', 'M', '' = without gender).
create table assistance_figure (
    month     date   not null,
    unit      text   not null,
    statistic text   not null,
    gender    text   not null,
    value     bigint not null check (value > 0),
    import_id uuid   not null references assistance_import (id),
    primary key (month, unit, statistic, gender)
);
