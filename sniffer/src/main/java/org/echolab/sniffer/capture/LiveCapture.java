package org.echolab.sniffer.capture;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapStat;

/**
 * A live capture built the way dumpcap and Wireshark build theirs: libpcap writes every packet to
 * a file from native code ({@code pcap_loop} with {@code pcap_dump} as the callback: no Java, no
 * JNA call per packet), and the display reads that file as it grows. However far the explanations
 * fall behind during a flood, the kernel's buffer is emptied at libpcap's own speed, and the
 * backlog waits on disk, not in the heap. The file is the {@code -w} file, or else a temporary
 * one deleted at the end.
 *
 * <p>{@link #next()} blocks until the next packet is in the file, flushing libpcap's stdio buffer
 * when it has caught up (glibc, macOS and Windows C libraries lock a FILE, so the flush may run
 * on this thread while {@code pcap_dump} runs on the capture thread).
 */
public final class LiveCapture implements FrameSource {
    /** At most this many packets the kernel still held at a stop are saved after it (a flood must not delay it). */
    static final int DRAIN_MAX_FRAMES = 100_000;
    static final long DRAIN_MAX_NANOS = 2_000_000_000L;
    /** Two read timeouts and a margin: by then the kernel has handed over the block it was filling. */
    static final long DRAIN_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(2L * Captures.READ_TIMEOUT_MILLIS + 20);
    private static final long DRAIN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** How long the reader waits before looking at the file again when it has caught up. */
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final PcapHandle handle;
    private final PcapDumper dumper;
    private final Path file;
    private final boolean temporary;
    private final String device;
    private volatile boolean stopped;
    private volatile boolean finished;
    private volatile CaptureException failure;
    private volatile Thread consumer;
    private Thread capture;
    private FrameSource reader;
    private Runnable onIdle = () -> { };
    private boolean closed;

    LiveCapture(PcapHandle handle, PcapDumper dumper, Path file, boolean temporary, String device) {
        this.handle = handle;
        this.dumper = dumper;
        this.file = file;
        this.temporary = temporary;
        this.device = device;
    }

    /**
     * Starts capturing on its own thread.
     *
     * @param maxFrames stop after this many packets (0: until {@link #stop()}); the file then
     *     holds exactly the packets {@link #next()} returns
     * @param idle run on the reading thread each time it has caught up with the capture and is
     *     about to wait (the moment to flush the display)
     */
    public void start(long maxFrames, Runnable idle) {
        if (capture != null) {
            throw new IllegalStateException("already started");
        }
        this.onIdle = idle;
        capture = new Thread(() -> captureAll(maxFrames), "sniffer-capture");
        capture.setDaemon(true);
        capture.start();
    }

    private void captureAll(long maxFrames) {
        boolean broken = false;
        try {
            int count = maxFrames > 0 && maxFrames < Integer.MAX_VALUE ? (int) maxFrames : -1;
            handle.loop(count, dumper);
        } catch (InterruptedException e) {
            // pcap_breakloop from stop(): the packets the kernel still holds are saved next.
            broken = true;
        } catch (PcapNativeException e) {
            if (!stopped) {
                failure = new CaptureException("capture.error.device", device, Captures.clean(e.getMessage()));
            }
        } catch (NotOpenException e) {
            broken = true;
        } finally {
            try {
                // With a count the file must hold exactly the packets shown, so only an open-ended capture drains.
                if (broken && maxFrames == 0) {
                    drain();
                }
                dumper.flush();
            } catch (PcapNativeException | NotOpenException | RuntimeException e) {
                if (failure == null) {
                    failure = new CaptureException("capture.error.cannotWrite", file, Captures.clean(e.getMessage()));
                }
            } finally {
                finished = true;
                Thread c = consumer;
                if (c != null) {
                    LockSupport.unpark(c);
                }
            }
        }
    }

    /**
     * Saves what the kernel had already buffered when the capture was stopped, so Ctrl-C right
     * after the traffic ends still keeps every packet of it. The reads do not block (a blocking
     * read waits for the next packet however long that takes), and go on until no packet has come
     * for {@link #DRAIN_QUIET_NANOS}: the kernel hands over its last, partly filled block only at
     * the read timeout. Bounded by {@link #DRAIN_MAX_FRAMES} and {@link #DRAIN_MAX_NANOS}; one
     * packet at a time through pcap4j, as a drain is short.
     */
    private void drain() throws PcapNativeException, NotOpenException {
        handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        long start = System.nanoTime();
        long lastPacket = start;
        boolean breakSeen = false;
        int n = 0;
        while (n < DRAIN_MAX_FRAMES) {
            long now = System.nanoTime();
            if (now - start > DRAIN_MAX_NANOS || now - lastPacket > DRAIN_QUIET_NANOS) {
                return;
            }
            byte[] data;
            try {
                data = handle.getNextRawPacketEx();
            } catch (TimeoutException e) {
                LockSupport.parkNanos(DRAIN_POLL_NANOS);
                continue;
            } catch (EOFException e) {
                // A second stop() (timer and Ctrl-C) leaves one more pcap_breakloop to consume.
                if (breakSeen) {
                    return;
                }
                breakSeen = true;
                continue;
            }
            dumper.dumpRaw(data, handle.getTimestamp());
            lastPacket = System.nanoTime();
            n++;
        }
    }

    /** The {@code -w} file every packet is written to; null when the capture goes to a temporary file. */
    public Path savedTo() {
        return temporary ? null : file;
    }

    /** The file the capture goes through: the {@code -w} file or the temporary one. */
    Path file() {
        return file;
    }

    @Override
    public int linkType() {
        return handle.getDlt().value();
    }

    @Override
    public RawFrame next() {
        if (closed) {
            return null;
        }
        consumer = Thread.currentThread();
        if (reader == null) {
            reader = SavefileSource.open(new GrowingFile(), file.toString());
        }
        RawFrame f = reader.next();
        if (f == null && failure != null) {
            throw failure;
        }
        return f;
    }

    /** Stops the capture; {@link #next()} returns what was captured before it, then null. Safe from any thread. */
    @Override
    public void stop() {
        stopped = true;
        if (handle.isOpen()) {
            try {
                handle.breakLoop();
            } catch (NotOpenException e) {
                return;
            }
        }
    }

    /** libpcap's counters; exact once {@link #next()} has returned null. */
    @Override
    public CaptureStats stats() {
        if (!handle.isOpen()) {
            return null;
        }
        try {
            PcapStat s = handle.getStats();
            return new CaptureStats(s.getNumPacketsReceived(), s.getNumPacketsDropped(), s.getNumPacketsDroppedByIf());
        } catch (PcapNativeException | NotOpenException e) {
            return null;
        }
    }

    /** Stops the capture, waits for it (its drain is bounded), and closes the file, the handle, and a temporary file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        if (capture != null) {
            try {
                capture.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reader != null) {
            reader.close();
        }
        dumper.close();
        if (handle.isOpen()) {
            handle.close();
        }
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file we cannot delete is left to the system's clean-up.
                file.toFile().deleteOnExit();
            }
        }
    }

    /**
     * The capture file as a stream that, at its current end, waits for libpcap to write more,
     * and ends only when the capture has finished and everything it wrote has been read.
     */
    private final class GrowingFile extends InputStream {
        private final InputStream in;

        GrowingFile() {
            try {
                in = Files.newInputStream(file);
            } catch (IOException e) {
                throw new CaptureException("capture.error.unreadableFile", file);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (true) {
                int n = in.read(b, off, len);
                if (n > 0) {
                    return n;
                }
                if (finished) {
                    // The capture thread flushed before it set the flag: this read sees everything.
                    n = in.read(b, off, len);
                    return n > 0 ? n : -1;
                }
                flushQuietly();
                n = in.read(b, off, len);
                if (n > 0) {
                    return n;
                }
                onIdle.run();
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
            }
        }

        private void flushQuietly() {
            try {
                dumper.flush();
            } catch (PcapNativeException | NotOpenException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
