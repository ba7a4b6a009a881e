package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the participant API; entities never leave the service. */
public final class ParticipantDtos {

    public static final String EDUCATION = "forgymnasial|gymnasial|eftergymnasial|okand";
    public static final String SWEDISH = "sfi-1|sfi-2|sfi-3|modersmal|okand";
    public static final String REFERRAL = "ekonomiskt-bistand|arbetsformedlingen|egen-anmalan|annan";
    public static final String EXIT_REASON = "arbete|studier|annat-stod|flyttat|annat";
    public static final String CODE = "[a-z0-9][a-z0-9-]{1,62}";
    public static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
    public static final int CODE_MAX = 63;
    public static final int USERNAME_MAX = 100;
    /** 12 digits, a separator and some white space around a pasted number. */
    public static final int PERSONNUMMER_MAX = 20;

    private ParticipantDtos() {
    }

    @Schema(description = "Deltagarens uppgifter / the participant's attributes (a PUT replaces all of them)")
    public record Attributes(
            @Schema(description = "Förnamn (personuppgift) / first name (personal data)", example = "Amira")
            @Size(max = 100) String firstName,
            @Schema(description = "Efternamn (personuppgift) / last name (personal data)", example = "Hassan")
            @Size(max = 100) String lastName,
            @Schema(description = "Kön K/M; utelämnat: enligt personnumret / gender; default from the personnummer", example = "K")
            @Size(max = 1) @Pattern(regexp = "K|M", message = "ska vara K eller M / must be K or M") String gender,
            @Schema(description = "Utrikes född / born abroad", example = "true") Boolean bornAbroad,
            @Schema(description = "Utbildningsnivå / education level", example = "forgymnasial", enumeration = {
                    "forgymnasial", "gymnasial", "eftergymnasial", "okand" })
            @Size(max = 20) @Pattern(regexp = EDUCATION, message = "ska vara en av / must be one of " + EDUCATION) String educationLevel,
            @Schema(description = "Svenskanivå (sfi studieväg) / Swedish level", example = "sfi-2", enumeration = {
                    "sfi-1", "sfi-2", "sfi-3", "modersmal", "okand" })
            @Size(max = 20) @Pattern(regexp = SWEDISH, message = "ska vara en av / must be one of " + SWEDISH) String swedishLevel,
            @Schema(description = "Barn i hushållet / children in the household", example = "true") Boolean childrenInHousehold,
            @Schema(description = "Ensamstående förälder / single parent", example = "true") Boolean singleParent,
            @Schema(description = "Försörjningsstöd sedan / on social assistance since", example = "2025-09-01") LocalDate assistanceSince,
            @Schema(description = "Försörjningshinder (kod) / obstacle to self-support (code)", example = "arbetsloshet")
            @Size(max = CODE_MAX) @Pattern(regexp = CODE, message = "ska vara en kod (a-z, 0-9, -) / must be a code") String supportObstacle,
            @Schema(description = "Remissväg / referral source", example = "ekonomiskt-bistand", enumeration = {
                    "ekonomiskt-bistand", "arbetsformedlingen", "egen-anmalan", "annan" })
            @Size(max = 20) @Pattern(regexp = REFERRAL, message = "ska vara en av / must be one of " + REFERRAL) String referralSource,
            @Schema(description = "Yrkesintressen, SSYK 2012 / occupation interests, SSYK 2012 codes", example = "[\"5321\", \"8321\"]")
            @Size(max = 20) List<@NotNull @Size(max = 4) @Pattern(regexp = "[0-9]{1,4}", message = "ska vara en SSYK-kod (1–4 siffror) / must be an SSYK code") String> occupationInterests,
            @Schema(description = "B-körkort / driving licence", example = "false") Boolean drivingLicence,
            @Schema(description = "Skyddad identitet: bara ansvarig handläggare och admin ser deltagaren / protected identity", example = "false")
            Boolean protectedIdentity) {
    }

    @Schema(description = "Inskrivning / enrolment")
    public record EnrolRequest(
            @Schema(description = "Personnummer eller samordningsnummer (10 eller 12 siffror) / personal or coordination number", example = "19900101-0017")
            @NotBlank(message = "saknas / is required") @Size(max = PERSONNUMMER_MAX) String personnummer,
            @Schema(description = "Enhet; utelämnad: handläggarens / unit; default the officer's", example = "unga-18-24")
            @Size(max = CODE_MAX) @Pattern(regexp = CODE) String unit,
            @Schema(description = "Ansvarig handläggare (användarnamn); utelämnad: den inloggade / responsible officer", example = "anna.handlaggare")
            @Size(max = USERNAME_MAX) @Pattern(regexp = USERNAME) String officer,
            @Schema(description = "Inskrivningsdag; utelämnad: i dag / enrolment day; default today", example = "2026-11-23") LocalDate enrolledOn,
            @Valid Attributes attributes) {
    }

    @Schema(description = "Sök på personnummer (i kroppen, aldrig i URL) / search by personnummer (in the body, never in a URL)")
    public record SearchRequest(
            @Schema(example = "19900101-0017") @NotBlank(message = "saknas / is required") @Size(max = PERSONNUMMER_MAX) String personnummer) {
    }

    public record TransferRequest(
            @Schema(description = "Ny enhet; utelämnad: samma / new unit; default unchanged", example = "arbete-forsorjning")
            @Size(max = CODE_MAX) @Pattern(regexp = CODE) String toUnit,
            @Schema(description = "Ny ansvarig handläggare / new responsible officer", example = "erik.handlaggare")
            @NotBlank(message = "saknas / is required") @Size(max = USERNAME_MAX) @Pattern(regexp = USERNAME) String toOfficer,
            @Schema(example = "2026-11-23") LocalDate on) {
    }

    public record DateRequest(@Schema(description = "Dag; utelämnad: i dag / day; default today", example = "2026-11-23") LocalDate on) {
    }

    public record ExitRequest(
            @Schema(description = "Avslutsdag / day of exit", example = "2026-11-23") LocalDate on,
            @Schema(description = "Avslutsorsak / reason", example = "arbete", enumeration = { "arbete", "studier", "annat-stod", "flyttat", "annat" })
            @NotBlank(message = "saknas / is required")
            @Size(max = 20) @Pattern(regexp = EXIT_REASON, message = "ska vara en av / must be one of " + EXIT_REASON) String reason,
            @Schema(description = "Kommentar (stannar i tjänsten, gallras) / comment (stays here, erased by gallring)", example = "Anställd som busschaufför")
            @Size(max = 2000) String comment) {
    }

    public record ReopenRequest(
            @Schema(description = "Dag för återaktualisering / day of re-opening", example = "2026-11-23") LocalDate on,
            @Schema(description = "Enhet; utelämnad: samma som förra / unit; default the previous one", example = "unga-18-24")
            @Size(max = CODE_MAX) @Pattern(regexp = CODE) String unit,
            @Schema(description = "Ansvarig handläggare; utelämnad: den inloggade / responsible officer", example = "anna.handlaggare")
            @Size(max = USERNAME_MAX) @Pattern(regexp = USERNAME) String officer) {
    }

    public record EnrolmentView(
            @Schema(example = "c3d9a0c1-2b1f-4d7e-8a55-0e9b7f3c1a22") UUID id,
            @Schema(example = "unga-18-24") String unit,
            @Schema(example = "anna.handlaggare") String officer,
            @Schema(example = "ACTIVE") Enrolment.Status status,
            LocalDate enrolledOn, LocalDate pausedOn, LocalDate exitedOn,
            @Schema(example = "arbete") String exitReason, String exitComment, UUID reopenedFrom, long version) {

        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id, e.unit, e.officer, e.status, e.enrolledOn, e.pausedOn, e.exitedOn,
                    e.exitReason, e.exitComment, e.reopenedFrom, e.version);
        }
    }

    @Schema(description = "Deltagare med personuppgifter (läsningen loggas) / participant with personal data (the read is logged)")
    public record ParticipantView(
            @Schema(description = "Pseudonymt id / pseudonymous id", example = "0f8e7a52-3f7c-4f0e-9a35-6f1d2b9c8e41") UUID id,
            @Schema(description = "Kanonisk form / canonical form", example = "19900101-0017") String personnummer,
            boolean coordinationNumber,
            LocalDate birthDate,
            @Schema(example = "36") int age,
            @Schema(example = "30-54") String ageBand,
            @Schema(description = "Minst 10 av de senaste 12 månaderna med försörjningsstöd / long-term assistance") boolean longTermAssistance,
            Attributes attributes,
            @Schema(description = "Aktuella projekt / current projects", example = "[\"iris\", \"iris-usb\"]") List<String> projects,
            @Schema(description = "Version (även ETag) / version (also the ETag)", example = "3") long version,
            EnrolmentView enrolment) {
    }

    public record EnrolResult(
            @Schema(example = "0f8e7a52-3f7c-4f0e-9a35-6f1d2b9c8e41") UUID participantId,
            @Schema(example = "c3d9a0c1-2b1f-4d7e-8a55-0e9b7f3c1a22") UUID enrolmentId,
            @Schema(description = "Sant när en tidigare deltagare återaktualiserades / true when a former participant was re-opened")
            boolean reopened) {
    }

    public record HistoryEntry(LocalDate on, @Schema(example = "transferred") String kind, String fromUnit, String toUnit,
            String fromOfficer, String toOfficer, String reason, String recordedBy) {
    }

    public record EnrolmentWithHistory(EnrolmentView enrolment, List<HistoryEntry> history) {
    }
}
