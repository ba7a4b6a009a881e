package se.arbetsmarknad.participant.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How personnummer are stored. A plain unique column would be readable by anyone with database
 * access; a plain hash can be reversed by hashing all ~10^7 valid numbers per birth year. So:
 * <ul>
 * <li>lookup by an HMAC-SHA256 with a secret kept outside the database (equal numbers give equal keys,
 * so uniqueness and search work, but a database dump alone reveals nothing);</li>
 * <li>the number itself AES-256-GCM encrypted (random 12-byte IV per value) so an authorised officer can
 * see it.</li>
 * </ul>
 */
@ApplicationScoped
public class IdentityCrypto {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec aesKey;
    private final SecureRandom random = new SecureRandom();

    public IdentityCrypto(ParticipantConfig config) {
        this.hmacKey = new SecretKeySpec(config.identity().hmacSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        byte[] key = Base64.getDecoder().decode(config.identity().encryptionKey());
        if (key.length != 32) {
            throw new IllegalStateException("participant.identity.encryption-key must be 32 bytes (base64)");
        }
        this.aesKey = new SecretKeySpec(key, "AES");
        if (config.identity().hmacSecret().startsWith("local-only")) {
            org.jboss.logging.Logger.getLogger(IdentityCrypto.class).warn("participant.identity.* are the local-only values from "
                    + "application.properties; set PARTICIPANT_IDENTITY_HMAC_SECRET and PARTICIPANT_IDENTITY_ENCRYPTION_KEY "
                    + "from a Secret outside local use");
        }
    }

    /** The lookup key of a canonical personnummer. */
    public String lookupKey(Personnummer pnr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(pnr.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed (wrong key?)", e);
        }
    }
}
