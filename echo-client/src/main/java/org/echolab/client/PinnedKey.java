package org.echolab.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.echolab.cli.UserException;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.PemFiles;

/**
 * {@code --server-key}: trust exactly one key, given as the server's public key PEM file
 * ({@code server_key.pub.pem}) or as its fingerprint ({@code SHA256:…}).
 */
final class PinnedKey implements ServerKeyCheck {
    private final String expected;
    private final String source;

    private PinnedKey(String expected, String source) {
        this.expected = expected;
        this.source = source;
    }

    /** Reads {@code value}: a fingerprint as is, anything else as a PEM file. */
    static PinnedKey parse(String value) {
        if (Fingerprint.looksLikeFingerprint(value)) {
            return new PinnedKey(value, value);
        }
        Path file = Path.of(value);
        if (!Files.isReadable(file)) {
            throw new UserException("client.error.pinMissing", value);
        }
        try {
            return new PinnedKey(Fingerprint.of(PemFiles.readPublicKey(file)), value);
        } catch (IOException e) {
            throw new UserException("client.error.pinUnreadable", value, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void check(String address, PublicKey key, Notices notices) {
        String actual = Fingerprint.of(key);
        if (!actual.equals(expected)) {
            throw new UserException("client.error.pinMismatch", address, expected, source, actual);
        }
        notices.notice("client.key.pinned", actual);
    }
}
