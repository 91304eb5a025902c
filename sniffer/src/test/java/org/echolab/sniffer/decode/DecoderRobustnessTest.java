package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.TCP_SYN_LINUX;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mutated frames (bit flips, truncations, extreme length fields, wrong link types) never make decode throw. */
class DecoderRobustnessTest {
    private static final int MUTATIONS = 10_000;
    private static final int[] LINK_TYPES = {LinkType.NULL, LinkType.ETHERNET, LinkType.RAW, LinkType.RAW_ALT_12,
        LinkType.RAW_ALT_14, LinkType.LOOP, LinkType.LINUX_SLL, LinkType.IPV4, LinkType.IPV6, LinkType.LINUX_SLL2,
        147, -1};
    private static final Set<String> KINDS = Set.of(Malformed.TRUNCATED, Malformed.UNSUPPORTED_LINK_TYPE,
            Malformed.BAD_VERSION, Malformed.BAD_HEADER_LENGTH, Malformed.BAD_TOTAL_LENGTH,
            Malformed.BAD_PAYLOAD_LENGTH, Malformed.SHORT_SEGMENT, Malformed.BAD_LENGTH);

    /** Network-layer payloads worth mutating: TCP with options and SACK, IPv6 with extensions, UDP. */
    private static final List<String> NETWORK = List.of(
            ipv4(6, TCP_SYN_LINUX),
            ipv4(6, "c350 1f90 00000002 000003e8 8018 0200 0000 0000 0101 050a 00000064 000000c8"
                    + " 0101 080a 00000001 00000002 48454c4c4f"),
            ipv6(0, "2c00 0104 00000000" + "0600 0001 00000001" + TCP_HELLO),
            ipv6(60, "3300 0104 00000000" + "1100 0000 00000000" + Frames.UDP_HI),
            ipv4(17, Frames.UDP_HI));

    @ParameterizedTest(name = "link type {0}")
    @ValueSource(ints = {0, 1, 101, 12, 14, 108, 113, 228, 229, 276})
    void mutatedFramesNeverThrow(int linkType) {
        Random random = new Random(0xec40L * 31 + linkType);
        List<byte[]> seeds = NETWORK.stream().map(ip -> Frames.hex(wrap(linkType, ip))).toList();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] frame = mutate(seeds.get(random.nextInt(seeds.size())), random);
            int decodeAs = random.nextInt(20) == 0 ? LINK_TYPES[random.nextInt(LINK_TYPES.length)] : linkType;
            int originalLength = originalLength(frame, random);
            Packet p = assertDoesNotThrow(() -> Decoder.decode(1, 0, decodeAs, frame, originalLength),
                    () -> "link type " + decodeAs + ", frame " + Bytes.copyOf(frame));
            assertNotNull(p);
            assertEquals(frame.length, p.capturedLength());
            if (p.malformed() != null) {
                assertTrue(KINDS.contains(p.malformed().kind()), p.malformed().toString());
            }
            assertDoesNotThrow(p::toString);
        }
    }

    private static String wrap(int linkType, String ip) {
        int etherType = ip.startsWith("6") ? 0x86dd : 0x0800;
        return switch (linkType) {
            case LinkType.ETHERNET -> "020000000002 020000000001 8100 0064" + Frames.u16(etherType) + ip;
            case LinkType.NULL -> Frames.nullLittleEndian(etherType == 0x0800 ? 2 : 30, ip);
            case LinkType.LOOP -> Frames.bigEndianFamily(etherType == 0x0800 ? 2 : 24, ip);
            case LinkType.LINUX_SLL -> Frames.sll(etherType, ip);
            case LinkType.LINUX_SLL2 -> Frames.sll2(etherType, ip);
            default -> ip;
        };
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] frame = seed.clone();
        int operations = 1 + random.nextInt(4);
        for (int op = 0; op < operations && frame.length > 0; op++) {
            int at = random.nextInt(frame.length);
            switch (random.nextInt(5)) {
                case 0 -> frame[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> frame = Arrays.copyOf(frame, random.nextInt(frame.length + 1));
                case 2 -> frame[at] = (byte) (random.nextBoolean() ? 0xff : 0x00);
                case 3 -> {
                    frame[at] = (byte) 0xff;
                    if (at + 1 < frame.length) {
                        frame[at + 1] = (byte) 0xff;
                    }
                }
                default -> frame[at] = (byte) random.nextInt(256);
            }
        }
        return frame;
    }

    private static int originalLength(byte[] frame, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Integer.MAX_VALUE;
            case 3 -> frame.length + random.nextInt(70_000);
            default -> frame.length;
        };
    }
}
