package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The participant joined ({@code member}) or left a project or sub-project.
 * Payload of {@code participant.project-membership-changed} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectMembershipChanged(UUID participantId, UUID enrolmentId, String unit, String project,
        String subProject, boolean member, LocalDate on, boolean onAssistance) implements EventPayload {
}
