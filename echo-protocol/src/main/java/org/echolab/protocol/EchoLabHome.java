package org.echolab.protocol;

import java.nio.file.Path;

/**
 * Where the kit keeps its state: {@code $ECHO_LAB_HOME}, or {@code ~/.echo-lab} when the
 * variable is unset. The server key and the client's known servers live here.
 */
public final class EchoLabHome {
    /** The environment variable that moves the directory. */
    public static final String VARIABLE = "ECHO_LAB_HOME";

    private EchoLabHome() {
    }

    public static Path dir() {
        String env = System.getenv(VARIABLE);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".echo-lab");
    }

    /** The default private key file of the secure server. */
    public static Path serverKey() {
        return dir().resolve("server_key.pem");
    }

    /** The default trust-on-first-use file of the secure client. */
    public static Path knownServers() {
        return dir().resolve("known_servers");
    }
}
