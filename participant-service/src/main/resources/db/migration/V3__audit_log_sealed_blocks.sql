-- Loggning without a cluster-wide lock (issue 12). Writers only insert a row: its id comes from a sequence
-- and `tx` records the inserting transaction, so nobody reads "the last row" or waits for anybody. One
-- sealer in the cluster (AuditSealer, under an advisory lock) then chains what has committed: each block
-- lists its rows with their hashes and is chained to the block before (hash over prev_hash and the rows'
-- digest). Changing, deleting or reordering a row or a block breaks the chain; the latest block hash is
-- written to the operators' log (the anchor outside the database). See docs/operations.md.

-- Increment 50: the service takes ids 50 at a time (Hibernate's pooled optimizer: a value V stands for
-- V-49..V), so rows are inserted in JDBC batches; the start leaves the existing ids below every range.
create sequence audit_log_id_seq increment by 50;
select setval('audit_log_id_seq', (select coalesce(max(id), 0) + 51 from audit_log), false);
alter table audit_log alter column id set default nextval('audit_log_id_seq');
alter sequence audit_log_id_seq owned by audit_log.id;

-- The inserting transaction (64-bit, never wraps): rows of transactions older than the sealer's snapshot
-- horizon have all committed, so the sealer knows which rows can no longer appear.
alter table audit_log add column tx bigint not null default (pg_current_xact_id()::text::bigint);
create index audit_log_tx on audit_log (tx);
create index audit_log_time_id on audit_log (occurred_at desc, id desc);

-- The old per-row chain (prev_hash, hash) is replaced by the blocks; its rows are sealed into the first block.
alter table audit_log drop column prev_hash;
alter table audit_log drop column hash;

create table audit_block (
    block_no    bigint primary key check (block_no >= 1),
    sealed_at   timestamptz not null,
    sealed_by   text not null,
    row_count   integer not null check (row_count >= 1),
    rows_digest text not null,
    prev_hash   text not null,
    hash        text not null unique,
    -- Every row of a transaction older than this has been sealed in this block or an earlier one.
    horizon     bigint not null
);

create table audit_block_row (
    audit_id bigint primary key references audit_log (id),
    block_no bigint not null references audit_block (block_no),
    position integer not null,
    row_hash text not null,
    unique (block_no, position)
);

create trigger audit_block_no_update_delete before update or delete on audit_block
    for each row execute function audit_log_append_only();
create trigger audit_block_no_truncate before truncate on audit_block
    for each statement execute function audit_log_append_only();
create trigger audit_block_row_no_update_delete before update or delete on audit_block_row
    for each row execute function audit_log_append_only();
create trigger audit_block_row_no_truncate before truncate on audit_block_row
    for each statement execute function audit_log_append_only();
