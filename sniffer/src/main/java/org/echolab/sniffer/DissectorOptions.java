package org.echolab.sniffer;

import java.util.Set;

/**
 * How a capture is dissected.
 *
 * @param kitPorts the ports of the kit's echo pairs (12321 plain, 12345 secure), whose payloads are
 *     recognised and labelled
 * @param fullPayload dump every payload byte instead of the first 64
 */
public record DissectorOptions(Set<Integer> kitPorts, boolean fullPayload) {
    public static final int PLAIN_PORT = 12321;
    public static final int SECURE_PORT = 12345;

    public DissectorOptions {
        kitPorts = Set.copyOf(kitPorts);
    }

    public static DissectorOptions defaults() {
        return new DissectorOptions(Set.of(PLAIN_PORT, SECURE_PORT), false);
    }
}
