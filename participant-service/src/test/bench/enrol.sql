-- pgbench anchor for the enrolment write path: the same six rows one POST /api/participants writes
-- (participant, participant_identity, enrolment, enrolment_history, outbox_event, audit_log), with values
-- of the same size, in one transaction, one statement per row as the service sends them.
-- Usage: pgbench -n -c 8 -j 2 -T 30 -f enrol.sql -h localhost -p PORT -U participant participant
BEGIN;
SELECT gen_random_uuid() AS pid, gen_random_uuid() AS eid, gen_random_uuid() AS evid \gset
INSERT INTO participant (id, gender, birth_date, born_abroad, education_level, swedish_level, children_in_household,
    single_parent, assistance_since, support_obstacle, referral_source, occupation_interests, driving_licence,
    protected_identity, erased_at, version, created_at)
VALUES (':pid', 'K', DATE '1990-01-01', false, 'gymnasial', 'modersmal', false, false, DATE '2025-01-01', null,
    'ekonomiskt-bistand', '{5321}', false, false, null, 0, now());
INSERT INTO participant_identity (participant_id, person_key, personnummer_enc, coordination_number, first_name, last_name)
VALUES (':pid', encode(sha256(convert_to(':pid', 'UTF8')), 'hex'),
    encode(sha256(convert_to(':eid', 'UTF8')), 'base64') || 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA', false, 'Bench', 'Mark');
INSERT INTO enrolment (id, participant_id, unit, officer, status, enrolled_on, paused_on, exited_on, exit_reason,
    exit_comment, reopened_from, version, created_at)
VALUES (':eid', ':pid', 'unga-18-24', 'anna.handlaggare', 'ACTIVE', current_date, null, null, null, null, null, 0, now());
INSERT INTO enrolment_history (enrolment_id, happened_on, kind, from_unit, to_unit, from_officer, to_officer, reason,
    recorded_by, recorded_at)
VALUES (':eid', current_date, 'enrolled', null, 'unga-18-24', null, 'anna.handlaggare', null, 'anna.handlaggare', now());
INSERT INTO outbox_event (event_id, topic, message_key, event_type, envelope, created_at, published_at, attempts, last_error)
VALUES (':evid', 'participant.events.v1', ':pid', 'participant.enrolled', jsonb_build_object(
    'specversion', '1.0', 'id', ':evid', 'type', 'participant.enrolled', 'source', '/participant-service',
    'time', now(), 'subject', ':pid', 'datacontenttype', 'application/json',
    'dataschema', 'contracts/participant.enrolled.schema.json',
    'data', jsonb_build_object('participantId', ':pid', 'enrolmentId', ':eid', 'unit', 'unga-18-24',
        'enrolledOn', current_date, 'gender', 'K', 'birthYear', 1990, 'ageBand', '30-54', 'bornAbroad', false,
        'educationLevel', 'gymnasial', 'swedishLevel', 'modersmal', 'drivingLicence', false,
        'occupationInterests', jsonb_build_array('5321'), 'singleParent', false, 'childrenInHousehold', false,
        'assistanceSince', '2025-01-01', 'referralSource', 'ekonomiskt-bistand', 'projects', jsonb_build_array(),
        'longTermAssistance', true, 'supportObstacle', null, 'reopened', false)), now(), null, 0, null);
INSERT INTO audit_log (occurred_at, username, action, participant_id, detail, request_method, request_path, request_id,
    client_address)
VALUES (now(), 'anna.handlaggare', 'enrolled', ':pid', 'inskriven / enrolled', 'POST', '/api/participants',
    gen_random_uuid()::text, '127.0.0.1');
COMMIT;
