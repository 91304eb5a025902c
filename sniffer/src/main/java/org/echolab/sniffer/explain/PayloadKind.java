package org.echolab.sniffer.explain;

import java.util.Locale;

/**
 * What a segment's payload is, as far as the sniffer can tell without any key. The
 * {@link #id()} is stable and goes into JSON lines as-is; {@link #labelKey()} names it in the
 * {@code Explanations} bundle.
 */
public enum PayloadKind {
    /** No payload bytes (a pure ACK, a SYN, a FIN). */
    NONE,
    /** Printable UTF-8/ASCII text: readable by anyone who sees the packet. */
    TEXT,
    /** Bytes that are neither text nor a recognised kit message. */
    BINARY,
    /** The secure server's {@code ELK1} public key record. */
    KIT_PUBLIC_KEY,
    /** The secure client's 256-byte RSA-OAEP wrapped AES session key. */
    KIT_WRAPPED_KEY,
    /** One or more AES-256-GCM records (or parts of them). */
    KIT_RECORD;

    // Built once: every packet's payload kind is printed and looked up by these.
    private final String id = name().toLowerCase(Locale.ROOT);
    private final String labelKey = "payload.kind." + id;

    /** {@code none}, {@code text}, {@code binary}, {@code kit_public_key} … */
    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** True for the secure pair's key exchange and records. */
    public boolean isKit() {
        return this == KIT_PUBLIC_KEY || this == KIT_WRAPPED_KEY || this == KIT_RECORD;
    }
}
