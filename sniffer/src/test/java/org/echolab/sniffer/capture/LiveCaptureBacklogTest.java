package org.echolab.sniffer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.echolab.sniffer.testing.CaptureAccess;
import org.echolab.sniffer.testing.Tshark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live capture whose display does not read at all while a burst goes by: libpcap keeps
 * emptying the kernel's buffer into the file, so nothing is dropped, and afterwards the display
 * gets every packet in order. Needs capture privileges (root in CI).
 */
@Timeout(120)
class LiveCaptureBacklogTest {
    private static final int ROUND_TRIPS = 3_000;
    private static final int MESSAGE_BYTES = 1_400;
    private static String loopback;

    @BeforeAll
    static void requireCapture() {
        loopback = CaptureAccess.requireLoopbackCapture();
    }

    @Test
    void aDisplayThatReadsNothingDuringABurstStillGetsEveryPacketAndTheKernelDropsNone(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("burst.pcap");
        AtomicInteger idles = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            LiveCapture capture = Captures.openLive(loopback, "tcp port " + port, file);
            try {
                capture.start(0, idles::incrementAndGet);
                burst(server, port);
                Thread.sleep(300);
                capture.stop();
                long frames = 0;
                long lastTime = 0;
                RawFrame f;
                while ((f = capture.next()) != null) {
                    frames++;
                    assertTrue(f.timestampNanos() >= lastTime, "frames come in capture order");
                    lastTime = f.timestampNanos();
                }
                CaptureStats stats = capture.stats();
                assertNotNull(stats);
                assertEquals(0, stats.dropped(), "the kernel dropped packets: " + stats);
                // Each round trip is at least two data segments; the handshake and teardown add more.
                assertTrue(frames >= 2L * ROUND_TRIPS, frames + " frames");
                List<String[]> tshark = Tshark.fields(file, List.of("frame.number"));
                assertEquals(frames, tshark.size(), "the display got exactly the packets in the file");
                assertNull(capture.next(), "after the end, still the end");
            } finally {
                capture.close();
            }
        }
        assertTrue(Files.size(file) > (long) ROUND_TRIPS * MESSAGE_BYTES, "-w file kept");
    }

    @Test
    void withoutAFileTheCaptureGoesThroughATemporaryOneThatIsDeletedAtTheEnd() throws Exception {
        LiveCapture capture = Captures.openLive(loopback, "tcp port 1", null);
        assertNull(capture.savedTo());
        capture.start(0, () -> { });
        capture.stop();
        assertNull(capture.next());
        Path temporary = capture.file();
        assertTrue(Files.exists(temporary), "the capture went through " + temporary);
        capture.close();
        assertFalse(Files.exists(temporary), "temporary capture file deleted");
    }

    /** One connection echoing {@link #ROUND_TRIPS} messages of {@link #MESSAGE_BYTES}, as fast as loopback allows. */
    private static void burst(ServerSocket server, int port) throws IOException {
        byte[] message = new byte[MESSAGE_BYTES];
        try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port); Socket a = server.accept()) {
            c.setTcpNoDelay(true);
            a.setTcpNoDelay(true);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                c.getOutputStream().write(message);
                a.getOutputStream().write(a.getInputStream().readNBytes(MESSAGE_BYTES));
                c.getInputStream().readNBytes(MESSAGE_BYTES);
            }
        }
    }
}
