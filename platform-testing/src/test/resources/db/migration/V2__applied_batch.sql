-- The batched consumer's once-per-transaction step stamps the changes its transaction applied with one
-- applied_batch row: a change without a stamp was committed without that step.
create table applied_batch (id bigint generated always as identity primary key, events integer not null);
alter table applied_change add column batch bigint;
