-- The matching index (MatchingIndex, IndexFeed) keeps placements, active participants and organisation
-- names in memory. Every committed change tells every instance which row to read again: NOTIFY is
-- delivered at commit (never for a rolled-back change) and identical payloads in one transaction are
-- sent once.
create function notify_matching_index() returns trigger language plpgsql as $$
declare
    changed uuid;
begin
    if TG_TABLE_NAME = 'participant_profile' then
        changed := case when TG_OP = 'DELETE' then OLD.participant_id else NEW.participant_id end;
    else
        changed := case when TG_OP = 'DELETE' then OLD.id else NEW.id end;
    end if;
    perform pg_notify('matching_index', TG_TABLE_NAME || ':' || changed::text);
    return null;
end
$$;

create trigger placement_matching_index after insert or update or delete on placement
    for each row execute function notify_matching_index();
create trigger participant_profile_matching_index after insert or update or delete on participant_profile
    for each row execute function notify_matching_index();
create trigger organisation_matching_index after insert or update of name or delete on organisation
    for each row execute function notify_matching_index();

-- Lists page through placements and matches in a stable order.
create index placement_org_period on placement (organisation_id, period_start, title, id);
create index match_placement_status on match_proposal (placement_id, status);
