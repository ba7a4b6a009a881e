-- pgbench script for ./suite bench: the six rows one enrolment writes (participant, identity, enrolment,
-- history, outbox, audit), one transaction, as participant-service writes them; on copies of its tables
-- in schema bench (bench-setup.sql), so the anchor writes what the service writes, indexes included.
\set serial random(1, 999)
BEGIN;
SELECT gen_random_uuid() AS pid, gen_random_uuid() AS eid, md5(random()::text) AS pkey \gset
INSERT INTO participant (id, gender, birth_date, education_level, referral_source, occupation_interests)
    VALUES (:pid, 'K', date '1990-01-01' + :serial::int, 'gymnasial', 'annan', '{}');
INSERT INTO participant_identity (participant_id, person_key, personnummer_enc, first_name, last_name)
    VALUES (:pid, :pkey, repeat('x', 96), 'Bench', 'Mätning');
INSERT INTO enrolment (id, participant_id, unit, officer, status, enrolled_on)
    VALUES (:eid, :pid, 'unga-18-24', 'anna.handlaggare', 'ACTIVE', current_date);
INSERT INTO enrolment_history (enrolment_id, happened_on, kind, to_unit, to_officer, recorded_by)
    VALUES (:eid, current_date, 'enrolled', 'unga-18-24', 'anna.handlaggare', 'anna.handlaggare');
INSERT INTO outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
    VALUES (gen_random_uuid(), 'participant.events.v1', :pid, 'participant.enrolled',
            jsonb_build_object('specversion', '1.0', 'id', gen_random_uuid(), 'type', 'participant.enrolled',
                               'subject', :pid::text, 'data', jsonb_build_object('participantId', :pid::text,
                               'unit', 'unga-18-24', 'gender', 'K', 'birthYear', 1990, 'padding', repeat('x', 600))),
            now());
-- The audit row as written since the sealed-block audit log: no hash per row (the sealer chains rows later).
INSERT INTO audit_log (id, occurred_at, username, action, participant_id, detail, request_method, request_path,
                       request_id, client_address)
    VALUES (nextval('audit_id'), now(), 'anna.handlaggare', 'enrol', :pid, 'inskriven / enrolled', 'POST',
            '/api/participants', :pkey, '127.0.0.1');
COMMIT;
