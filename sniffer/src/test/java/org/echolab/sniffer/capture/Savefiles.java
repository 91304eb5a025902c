package org.echolab.sniffer.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads the checked-in classic pcap captures into frames and writes them back as
 * classic pcap (either byte order, micro or nano) or pcapng, so the readers meet every variant
 * of the same real traffic.
 */
public final class Savefiles {
    /** The checked-in captures (real loopback traffic recorded with the kit). */
    public static final List<String> KIT_CAPTURES = List.of("echo-ipv4.pcap", "echo-ipv6.pcap", "keepalive.pcap",
            "port-reuse.pcap", "rst.pcap", "zero-window.pcap", "crafted.pcap");

    private Savefiles() {
    }

    /** One frame of a capture. */
    public record Frame(long timestampNanos, int originalLength, byte[] data) {
    }

    /** A capture: its link type and frames. */
    public record Capture(int linkType, List<Frame> frames) {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Savefiles.class.getResource("/captures/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a little-endian microsecond pcap (what tcpdump writes on x86). */
    public static Capture read(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            b.position(20);
            int linkType = b.getInt();
            List<Frame> frames = new ArrayList<>();
            while (b.remaining() >= 16) {
                long sec = b.getInt() & 0xffffffffL;
                long usec = b.getInt() & 0xffffffffL;
                int caplen = b.getInt();
                int orig = b.getInt();
                byte[] data = new byte[caplen];
                b.get(data);
                frames.add(new Frame(sec * 1_000_000_000L + usec * 1000, orig, data));
            }
            return new Capture(linkType, frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pcap(Capture c, ByteOrder order, boolean nanos) {
        int size = 24;
        for (Frame f : c.frames()) {
            size += 16 + f.data().length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(order);
        b.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(262_144).putInt(c.linkType());
        for (Frame f : c.frames()) {
            long ns = f.timestampNanos();
            b.putInt((int) (ns / 1_000_000_000L)).putInt((int) (nanos ? ns % 1_000_000_000L : ns % 1_000_000_000L / 1000))
                    .putInt(f.data().length).putInt(f.originalLength()).put(f.data());
        }
        return b.array();
    }

    /**
     * pcapng: SHB, a name-resolution block the reader must skip, an IDB with if_tsresol 10^-9,
     * then one EPB per frame.
     */
    public static byte[] pcapng(Capture c, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(1024 + c.frames().stream().mapToInt(f -> 48 + f.data().length).sum())
                .order(order);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(4).putInt(16).putInt(0).putInt(16);
        b.putInt(1).putInt(32).putShort((short) c.linkType()).putShort((short) 0).putInt(262_144)
                .putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(0).putInt(32);
        for (Frame f : c.frames()) {
            int padded = (f.data().length + 3) & ~3;
            int total = 32 + padded;
            long ns = f.timestampNanos();
            b.putInt(6).putInt(total).putInt(0).putInt((int) (ns >>> 32)).putInt((int) ns).putInt(f.data().length)
                    .putInt(f.originalLength()).put(f.data()).put(new byte[padded - f.data().length]).putInt(total);
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }
}
