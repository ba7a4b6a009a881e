package se.arbetsmarknad.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/** The matching projection, fed with participant events over the real broker. */
@QuarkusTest
class ParticipantProjectionTest {

    @Test
    void enrolmentAndAttributeChangesBuildTheProjection() {
        UUID id = Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("5311", "9412"), "singleParent", true,
                "childrenInHousehold", true));
        ParticipantProfile p = Participants.profile(id);
        assertThat(p.unit).isEqualTo("unga-18-24");
        assertThat(p.interests()).containsExactly("5311", "9412");
        assertThat(p.singleWomanWithChildren()).isTrue();
        assertThat(p.longTermAssistance(LocalDate.now())).isTrue();
        assertThat(p.status).isEqualTo(ParticipantStatus.ACTIVE);

        Map<String, Object> changed = Participants.enrolled(id, "unga-18-24");
        changed.put("swedishLevel", "modersmal");
        changed.put("drivingLicence", false);
        changed.put("assistanceSince", null);
        changed.put("on", LocalDate.now().toString());
        changed.remove("enrolledOn");
        changed.remove("reopened");
        Participants.send("participant.attributes-changed", id, changed);
        Participants.awaitProfile(id, r -> r.swedishLevel == SwedishLevel.MODERSMAL);
        ParticipantProfile after = Participants.profile(id);
        assertThat(after.drivingLicence).isFalse();
        assertThat(after.assistanceSince).isNull();
        assertThat(after.longTermAssistance(LocalDate.now())).isFalse();
    }

    @Test
    void transferPauseExitAndReopenFollowTheParticipant() {
        UUID id = Participants.enrol("unga-18-24", Map.of());
        Participants.send("participant.transferred", id, Map.of("participantId", id.toString(), "enrolmentId", UUID.randomUUID().toString(),
                "unit", "unga-18-24", "fromUnit", "unga-18-24", "toUnit", "arbete-forsorjning", "on", LocalDate.now().toString()));
        Participants.awaitProfile(id, p -> "arbete-forsorjning".equals(p.unit));
        Participants.send("participant.paused", id, Map.of("participantId", id.toString(), "enrolmentId", UUID.randomUUID().toString(),
                "unit", "arbete-forsorjning", "on", LocalDate.now().toString()));
        Participants.awaitProfile(id, p -> p.status == ParticipantStatus.PAUSED);
        Participants.send("participant.exited", id, Map.of("participantId", id.toString(), "enrolmentId", UUID.randomUUID().toString(),
                "unit", "arbete-forsorjning", "exitedOn", LocalDate.now().toString(), "reason", "arbete"));
        Participants.awaitProfile(id, p -> p.status == ParticipantStatus.EXITED);
        Participants.send("participant.reopened", id, Map.of("participantId", id.toString(), "enrolmentId", UUID.randomUUID().toString(),
                "unit", "arbete-forsorjning", "reopenedOn", LocalDate.now().toString()));
        Participants.awaitProfile(id, p -> p.status == ParticipantStatus.ACTIVE);
        assertThat(Participants.profile(id).swedishLevel).isEqualTo(SwedishLevel.SFI_3); // attributes kept across the cycle
    }

    @Test
    void erasureForgetsTheParticipantAndARedeliveryChangesNothing() {
        UUID id = Participants.enrol("arbete-forsorjning", Map.of());
        Participants.send("participant.erased", id, Map.of("participantId", id.toString()));
        Participants.awaitProfile(id, p -> p == null);

        // the same enrolment envelope delivered again (a replay) is recognised and not applied twice
        UUID other = UUID.randomUUID();
        var envelope = TopicProbe.envelope("participant.enrolled", other.toString(), Participants.enrolled(other, "unga-18-24"));
        TopicProbe.send(Topics.PARTICIPANT, envelope);
        Participants.awaitProfile(other, p -> p != null);
        Participants.send("participant.erased", other, Map.of("participantId", other.toString()));
        Participants.awaitProfile(other, p -> p == null);
        TopicProbe.send(Topics.PARTICIPANT, envelope);
        UUID marker = Participants.enrol("unga-18-24", Map.of()); // applied after the redelivery
        assertThat(marker).isNotNull();
        assertThat(Participants.profile(other)).isNull();
    }

    @Test
    void anEventBeforeTheEnrolmentCreatesARowThatTheEnrolmentCompletes() {
        UUID id = UUID.randomUUID();
        Participants.send("participant.paused", id, Map.of("participantId", id.toString(), "enrolmentId", UUID.randomUUID().toString(),
                "unit", "unga-18-24", "on", LocalDate.now().toString()));
        Participants.awaitProfile(id, p -> p != null && p.status == ParticipantStatus.PAUSED);
        Participants.send("participant.enrolled", id, Participants.enrolled(id, "unga-18-24"));
        Participants.awaitProfile(id, p -> p.swedishLevel == SwedishLevel.SFI_3);
    }
}
