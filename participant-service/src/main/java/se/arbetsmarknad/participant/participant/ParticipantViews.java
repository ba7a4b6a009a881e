package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.AgeBands;
import se.arbetsmarknad.participant.common.IdentityCrypto;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.platform.domain.LongTermAssistance;
import se.arbetsmarknad.platform.time.SuiteClock;

/** Reading a participant with personal data (each read audited), by id or by personnummer, and the view itself. */
@ApplicationScoped
public class ParticipantViews {

    @Inject
    IdentityCrypto crypto;
    @Inject
    SuiteClock clock;
    @Inject
    Access access;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;

    @Transactional
    public ParticipantView get(Actor actor, UUID id) {
        Access.Loaded l = access.load(actor, id);
        audit.record(actor, "read", id, "läste deltagaren / read the participant");
        return view(l.participant(), l.enrolment());
    }

    @Transactional
    public ParticipantView search(Actor actor, String personnummer) {
        Personnummer pnr = Personnummer.parse(personnummer, clock.today(), "personnummer");
        ParticipantIdentity identity = ParticipantIdentity.find("personKey", crypto.lookupKey(pnr)).firstResult();
        if (identity == null) {
            throw Access.notFound();
        }
        Access.Loaded l = access.load(actor, identity.participantId);
        audit.record(actor, "search", l.id(), "sökte på personnummer / searched by personnummer");
        return view(l.participant(), l.enrolment());
    }

    public ParticipantView view(Participant p, Enrolment e) {
        ParticipantIdentity identity = ParticipantIdentity.findById(p.id);
        LocalDate today = clock.today();
        Attributes a = new Attributes(identity == null ? null : identity.firstName, identity == null ? null : identity.lastName,
                p.gender, p.bornAbroad, p.educationLevel, p.swedishLevel, p.childrenInHousehold, p.singleParent,
                p.assistanceSince, p.supportObstacle, p.referralSource, List.of(p.occupationInterests),
                p.drivingLicence, p.protectedIdentity);
        return new ParticipantView(p.id, identity == null ? null : crypto.decrypt(identity.personnummerEncrypted),
                identity != null && identity.coordinationNumber, p.birthDate, AgeBands.age(p.birthDate, today),
                AgeBands.band(p.birthDate, today), LongTermAssistance.on(p.assistanceSince, today), a,
                events.projects(p.id), p.version, EnrolmentView.of(e));
    }
}
