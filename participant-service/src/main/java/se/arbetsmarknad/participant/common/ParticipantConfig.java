package se.arbetsmarknad.participant.common;

import java.time.Period;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of participant-service (prefix {@code participant}). */
@ConfigMapping(prefix = "participant")
public interface ParticipantConfig {

    /** The units (enheter) participants can be enrolled into; equal to the realm's {@code unit} claims. */
    @WithDefault("unga-18-24,arbete-forsorjning")
    List<String> units();

    Identity identity();

    Retention retention();

    Worklist worklist();

    Audit audit();

    interface Identity {
        /** Secret of the HMAC-SHA256 lookup key of personnummer; changing it makes every stored key unfindable. */
        String hmacSecret();

        /** AES-256 key (base64, 32 bytes) that encrypts the stored personnummer. */
        String encryptionKey();
    }

    interface Retention {
        /** Gallring: how long after exit personal identifiers are kept (ISO-8601 period, e.g. P2Y). */
        @WithDefault("P2Y")
        Period afterExit();

        /** When the daily retention job runs (Quarkus cron). */
        @WithDefault("0 30 2 * * ?")
        String cron();
    }

    interface Audit {
        /** How often committed audit rows are sealed into the hash chain (AuditSealer). */
        @WithDefault("1s")
        java.time.Duration sealEvery();

        /** At most this many rows per sealed block. */
        @WithDefault("5000")
        int sealBatch();
    }

    interface Worklist {
        /** Snabb aktivering: default N for "no intervention N days after enrolment". */
        @WithDefault("30")
        int noInterventionDays();

        /** A plan older than this is no longer current. */
        @WithDefault("P12M")
        Period planValidFor();

        @WithDefault("200")
        int maxPageSize();
    }
}
