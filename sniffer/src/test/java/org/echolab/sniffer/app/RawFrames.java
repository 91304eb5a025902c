package org.echolab.sniffer.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;

/**
 * Builds a conversation of raw IPv4 packets (LINKTYPE_RAW) between a client 10.0.0.1 and a server
 * 10.0.0.2, tracks each side's sequence numbers, and hands the frames to the Dissector or to a
 * pcap file for tshark. Checksums are zero: neither side verifies them.
 */
final class RawFrames {
    static final int LINKTYPE_RAW = 101;
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    private final List<byte[]> frames = new ArrayList<>();
    private long clientSeq = 1000;
    private long serverSeq = 5000;

    /** The 3-way handshake between client port {@code cport} and server port {@code sport}. */
    RawFrames handshake(int cport, int sport) {
        tcp(true, cport, sport, SYN, new byte[0]);
        tcp(false, cport, sport, SYN | ACK, new byte[0]);
        return tcp(true, cport, sport, ACK, new byte[0]);
    }

    RawFrames tcp(boolean fromClient, int cport, int sport, int flags, String ascii) {
        return tcp(fromClient, cport, sport, flags, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawFrames tcp(boolean fromClient, int cport, int sport, int flags, byte[] payload) {
        long seq = fromClient ? clientSeq : serverSeq;
        long ack = fromClient ? serverSeq : clientSeq;
        ByteBuffer t = ByteBuffer.allocate(20 + payload.length);
        t.putShort((short) (fromClient ? cport : sport)).putShort((short) (fromClient ? sport : cport));
        t.putInt((int) seq).putInt((flags & ACK) != 0 ? (int) ack : 0);
        t.put((byte) 0x50).put((byte) flags).putShort((short) 65535).putInt(0).put(payload);
        long advance = payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
        if (fromClient) {
            clientSeq += advance;
        } else {
            serverSeq += advance;
        }
        frames.add(ip(fromClient, 6, t.array()));
        return this;
    }

    RawFrames udp(boolean fromClient, int cport, int sport, byte[] payload) {
        ByteBuffer u = ByteBuffer.allocate(8 + payload.length);
        u.putShort((short) (fromClient ? cport : sport)).putShort((short) (fromClient ? sport : cport));
        u.putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        frames.add(ip(fromClient, 17, u.array()));
        return this;
    }

    private static byte[] ip(boolean fromClient, int protocol, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putInt(0);
        b.put((byte) 64).put((byte) protocol).putShort((short) 0);
        b.put(new byte[] {10, 0, 0, (byte) (fromClient ? 1 : 2)}).put(new byte[] {10, 0, 0, (byte) (fromClient ? 2 : 1)});
        return b.put(payload).array();
    }

    /** Every frame through one Dissector, a millisecond apart. */
    List<Dissection> dissect() {
        Dissector d = new Dissector(DissectorOptions.defaults());
        List<Dissection> out = new ArrayList<>();
        long t = 1_700_000_000_000_000_000L;
        for (byte[] f : frames) {
            out.add(d.dissect(LINKTYPE_RAW, t, f.length, f));
            t += 1_000_000;
        }
        return out;
    }

    void writePcap(Path file) throws IOException {
        int size = 24;
        for (byte[] f : frames) {
            size += 16 + f.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144);
        out.putInt(LINKTYPE_RAW);
        int usec = 0;
        for (byte[] f : frames) {
            out.putInt(1_700_000_000).putInt(usec).putInt(f.length).putInt(f.length).put(f);
            usec += 1000;
        }
        Files.write(file, out.array());
    }
}
