create table thing (id text primary key, name text not null, version bigint not null default 0);
-- what the test consumer applied, in the order it applied it
create table applied_change (seq bigint generated always as identity primary key, thing_id text not null, n integer not null);
