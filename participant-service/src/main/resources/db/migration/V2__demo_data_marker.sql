-- Which demo data sets have been loaded (suite.demo-data.enabled): a second start loads nothing new.
create table demo_data_load (
    name      text primary key,
    rows      integer not null,
    loaded_at timestamptz not null
);
