package org.echolab.sniffer.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure-Java savefile readers: the cases the libpcap comparison cannot reach. */
class SavefileSourceTest {
    private static final long SECOND = 1_700_000_000L;

    @TempDir
    Path dir;

    @Test
    void fileCutInsideAPacketKeepsTheFramesBeforeItAndNamesThePacket() throws IOException {
        byte[] whole = Files.readAllBytes(Savefiles.resource("echo-ipv4.pcap"));
        int frames = Savefiles.read(Savefiles.resource("echo-ipv4.pcap")).frames().size();
        Path cut = write("cut.pcap", Arrays.copyOf(whole, whole.length - 10));
        List<RawFrame> read = new ArrayList<>();
        CaptureException e = assertThrows(CaptureException.class, () -> readAll(cut, read));
        assertEquals("capture.error.truncated", e.key());
        assertEquals(frames - 1, read.size());
        assertEquals(Integer.toString(frames), e.args()[1]);
    }

    @Test
    void recordLongerThanAnyCaptureIsDamageNotAnAllocation() throws IOException {
        byte[] b = Files.readAllBytes(Savefiles.resource("rst.pcap"));
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(24 + 8, 0x7fffffff);
        CaptureException e = assertThrows(CaptureException.class, () -> readAll(write("big.pcap", b), new ArrayList<>()));
        assertEquals("capture.error.damaged", e.key());
        assertEquals("2147483647", e.args()[2]);
    }

    @Test
    void somethingElseIsNotACapture() throws IOException {
        Path text = write("notes.pcap", "hello, this is text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        CaptureException e = assertThrows(CaptureException.class, () -> Captures.openFile(text, null));
        assertEquals("capture.error.notCapture", e.key());
        assertEquals("0x68656c6c", e.args()[1]);
        CaptureException empty = assertThrows(CaptureException.class, () -> Captures.openFile(write("e.pcap", new byte[0]), null));
        assertEquals("capture.error.notCapture", empty.key());
    }

    /**
     * Two interfaces of different link types (Ethernet, and BSD loopback with a binary timestamp
     * resolution of 2^-10 s), an enhanced and a simple packet block: each frame keeps its own
     * interface's link type and time, and both decode as TCP.
     */
    @Test
    void pcapngFramesCarryTheirInterfacesLinkTypeAndResolution() throws IOException {
        byte[] eth = Savefiles.read(Savefiles.resource("echo-ipv4.pcap")).frames().get(0).data();
        byte[] ip = Arrays.copyOfRange(eth, 14, eth.length);
        byte[] bsd = ByteBuffer.allocate(4 + ip.length).order(ByteOrder.LITTLE_ENDIAN).putInt(2).put(ip).array();
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);
        b.putInt(1).putInt(28).putShort((short) 0).putShort((short) 0).putInt(0)
                .putShort((short) 9).putShort((short) 1).put((byte) 0x8a).put(new byte[3]).putInt(28);
        long ticks = SECOND * 1024 + 512;
        epb(b, 1, ticks, bsd);
        epb(b, 0, SECOND * 1_000_000 + 7, eth);
        int padded = (eth.length + 3) & ~3;
        b.putInt(3).putInt(16 + padded).putInt(eth.length).put(eth).put(new byte[padded - eth.length]).putInt(16 + padded);
        Path file = write("two.pcapng", Arrays.copyOf(b.array(), b.position()));

        List<RawFrame> frames = new ArrayList<>();
        readAll(file, frames);
        assertEquals(List.of(0, 1, 1), frames.stream().map(RawFrame::linkType).toList());
        assertEquals(SECOND * 1_000_000_000L + 500_000_000L, frames.get(0).timestampNanos());
        assertEquals(SECOND * 1_000_000_000L + 7_000L, frames.get(1).timestampNanos());
        assertEquals(0, frames.get(2).timestampNanos(), "a simple packet block has no time");
        assertArrayEquals(eth, frames.get(2).data());
        Dissector d = new Dissector(DissectorOptions.defaults());
        for (RawFrame f : frames) {
            var dissection = d.dissect(f.linkType(), f.timestampNanos(), f.originalLength(), f.data());
            assertFalse(dissection.packet().isMalformed(), dissection.info());
            assertEquals("TCP", dissection.protocol());
        }
    }

    private static void epb(ByteBuffer b, int iface, long ticks, byte[] data) {
        int padded = (data.length + 3) & ~3;
        int total = 32 + padded;
        b.putInt(6).putInt(total).putInt(iface).putInt((int) (ticks >>> 32)).putInt((int) ticks).putInt(data.length)
                .putInt(data.length).put(data).put(new byte[padded - data.length]).putInt(total);
    }

    private static void readAll(Path file, List<RawFrame> into) {
        try (FrameSource s = Captures.openFile(file, null)) {
            RawFrame f;
            while ((f = s.next()) != null) {
                into.add(f);
            }
            assertNull(s.next());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
