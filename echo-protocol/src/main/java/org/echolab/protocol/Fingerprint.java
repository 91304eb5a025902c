package org.echolab.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The OpenSSH-style fingerprint of a public key: {@code SHA256:} followed by the unpadded
 * base64 of SHA-256 over the key's X.509 SubjectPublicKeyInfo DER.
 */
public final class Fingerprint {
    /** The prefix every fingerprint starts with. */
    public static final String PREFIX = "SHA256:";

    private Fingerprint() {
    }

    public static String of(PublicKey key) {
        return of(key.getEncoded());
    }

    public static String of(byte[] spki) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki);
            return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code text} has the shape of a fingerprint (prefix and 43 base64 characters). */
    public static boolean looksLikeFingerprint(String text) {
        return text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43;
    }
}
