-- Tabell 1 counts who held a placement on a given day, also after the match has ended: the day a match
-- started (match.started) and the day it ended (match.ended) are kept beside its status, which only says
-- where it stands now. Rows from before this migration get the best the old columns tell (a rebuild
-- from the topics, POST /api/admin/rebuild, gives the exact days).
alter table match_state add column started_on date, add column ended_on date;
update match_state set started_on = on_date where status = 'started';
update match_state set started_on = start_date, ended_on = on_date where status = 'ended';

-- The share of employees a förvaltning's quota is (organisation events' quotaSharePercent, Malmö 5.7):
-- the city's own quota is that share of all employees (1 516), beside the sum of the rounded rows (1 515).
alter table organisation add column quota_share numeric;

-- Uppsala's indicators 4.1 (exits to work or studies with sfi studieväg 1) and 4.2 (employments started in
-- long-term assistance with försörjningshinder arbetslöshet) need the participant's Swedish level and
-- obstacle as last told (participant.enrolled / attributes-changed); earlier rows learn them from a rebuild.
alter table participant_state add column swedish_level text, add column support_obstacle text;
