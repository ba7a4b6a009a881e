-- ./suite bench: schema bench in participant-service's database with copies of the six tables an
-- enrolment writes (columns, defaults, identity, indexes, constraints and foreign keys), emptied each run.
drop schema if exists bench cascade;
create schema bench;
create table bench.participant (like public.participant including all);
create table bench.participant_identity (like public.participant_identity including all,
    foreign key (participant_id) references bench.participant (id));
create table bench.enrolment (like public.enrolment including all,
    foreign key (participant_id) references bench.participant (id));
create table bench.enrolment_history (like public.enrolment_history including all,
    foreign key (enrolment_id) references bench.enrolment (id));
create table bench.outbox_event (like public.outbox_event including all);
create table bench.audit_log (like public.audit_log including all);
create sequence bench.audit_id;
