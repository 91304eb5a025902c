package org.echolab.sniffer.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.echolab.cli.Utf8Buffer;

/**
 * An IPv4 or IPv6 address, printed the way tshark prints it ({@code 127.0.0.1}, {@code ::1},
 * RFC 5952 compressed form for IPv6).
 */
public final class NetAddress implements Comparable<NetAddress> {
    /**
     * IPv4 addresses decoded lately, by value: a capture holds few distinct ones, and every
     * packet has two, so each is one object with one hash and one printed form. Shared by all
     * threads without locks: an entry is an immutable address (final fields), so a thread sees
     * either a whole address or another one, and a lost update only costs a new object.
     */
    private static final NetAddress[] RECENT_V4 = new NetAddress[256];

    private final byte[] octets;
    private final int hash;
    /** The printed form in UTF-8, made when first printed. */
    private Printed printed;

    private NetAddress(byte[] octets) {
        this.octets = octets;
        this.hash = Arrays.hashCode(octets);
    }

    /** Holds the bytes in a final field, so whichever thread sees the holder sees its bytes. */
    private static final class Printed {
        final byte[] utf8;

        Printed(byte[] utf8) {
            this.utf8 = utf8;
        }
    }

    /** Copies a 4-byte (IPv4) or 16-byte (IPv6) address out of {@code src} at {@code offset}. */
    public static NetAddress of(byte[] src, int offset, int length) {
        if (length == 4) {
            return ipv4(src, offset);
        }
        if (length != 16) {
            throw new IllegalArgumentException("address length must be 4 or 16: " + length);
        }
        return new NetAddress(Arrays.copyOfRange(src, offset, offset + length));
    }

    private static NetAddress ipv4(byte[] src, int offset) {
        int value = (src[offset] & 0xff) << 24 | (src[offset + 1] & 0xff) << 16 | (src[offset + 2] & 0xff) << 8
                | (src[offset + 3] & 0xff);
        int slot = (value * 0x9E3779B9) >>> 24;
        NetAddress recent = RECENT_V4[slot];
        if (recent != null && Arrays.equals(recent.octets, 0, 4, src, offset, offset + 4)) {
            return recent;
        }
        NetAddress a = new NetAddress(Arrays.copyOfRange(src, offset, offset + 4));
        RECENT_V4[slot] = a;
        return a;
    }

    public static NetAddress ipv4(int a, int b, int c, int d) {
        return new NetAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    public boolean isIpv6() {
        return octets.length == 16;
    }

    public byte[] octets() {
        return octets.clone();
    }

    @Override
    public String toString() {
        if (octets.length == 4) {
            return (octets[0] & 0xff) + "." + (octets[1] & 0xff) + "." + (octets[2] & 0xff) + "."
                    + (octets[3] & 0xff);
        }
        return ipv6ToString();
    }

    /** What {@link #toString()} returns, appended to {@code out}. */
    public void appendTo(Utf8Buffer out) {
        Printed p = printed;
        if (p == null) {
            p = new Printed(toString().getBytes(StandardCharsets.UTF_8));
            printed = p;
        }
        out.append(p.utf8);
    }

    /** RFC 5952: lower-case hex, leading zeros dropped, the longest run (≥ 2) of zero groups as "::". */
    private String ipv6ToString() {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((octets[2 * i] & 0xff) << 8) | (octets[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        // IPv4-mapped (::ffff:a.b.c.d) prints with a dotted tail, as tshark does.
        boolean mapped = bestStart == 0 && bestLen == 5 && groups[5] == 0xffff;
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (mapped && i == 6) {
                sb.append(octets[12] & 0xff).append('.').append(octets[13] & 0xff).append('.')
                        .append(octets[14] & 0xff).append('.').append(octets[15] & 0xff);
                break;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetAddress other && Arrays.equals(octets, other.octets);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(NetAddress o) {
        return Arrays.compareUnsigned(octets, o.octets);
    }
}
