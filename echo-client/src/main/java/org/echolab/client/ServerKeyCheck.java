package org.echolab.client;

import java.io.IOException;
import java.security.PublicKey;

/** Decides whether the public key a server sent is the one this client should trust. */
interface ServerKeyCheck {
    /**
     * Returns normally if {@code key} is acceptable for {@code address} ({@code host:port}),
     * and throws a {@link org.echolab.cli.UserException} showing both fingerprints if not.
     *
     * @param notices receives translated notice lines, such as "new server key, remembered"
     */
    void check(String address, PublicKey key, Notices notices) throws IOException;

    /** Where a check reports what it did (the command prints these on stderr). */
    interface Notices {
        void notice(String key, Object... args);
    }
}
