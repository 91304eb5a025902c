package org.echolab.sniffer.capture;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.concurrent.TimeoutException;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapStat;

/**
 * A libpcap handle (live or offline) as a {@link FrameSource}, optionally copying every frame to a
 * savefile through libpcap's own dumper, so a {@code -w} file is exactly what tshark expects.
 */
final class PcapSource implements FrameSource {
    private final PcapHandle handle;
    private final boolean live;
    private final String name;
    /** At most this many buffered frames are drained after a stop (a flood must not delay it). */
    static final int DRAIN_MAX_FRAMES = 100_000;
    static final long DRAIN_MAX_NANOS = 2_000_000_000L;

    private volatile boolean stopped;
    private boolean draining;
    private boolean breakConsumed;
    private int drained;
    private long drainDeadline;
    private PcapDumper dumper;
    private long lastFlushNanos;
    private int linkType = -1;

    PcapSource(PcapHandle handle, boolean live, String name) {
        this.handle = handle;
        this.live = live;
        this.name = name;
    }

    void setFilter(String bpf) {
        if (bpf == null || bpf.isBlank()) {
            return;
        }
        try {
            handle.setFilter(bpf, BpfCompileMode.OPTIMIZE);
        } catch (PcapNativeException | NotOpenException e) {
            close();
            throw new CaptureException(org.echolab.cli.ExitCodes.USAGE, "capture.error.badFilter", bpf,
                    Captures.clean(e.getMessage()));
        }
    }

    /** Starts writing every frame read from now on to {@code file} (pcap format, this source's link type). */
    void writeTo(Path file) {
        try {
            dumper = handle.dumpOpen(file.toString());
        } catch (PcapNativeException | NotOpenException e) {
            throw new CaptureException("capture.error.cannotWrite", file, Captures.clean(e.getMessage()));
        }
    }

    @Override
    public int linkType() {
        if (linkType < 0) {
            linkType = handle.getDlt().value();
        }
        return linkType;
    }

    /**
     * The next frame. After {@link #stop()} a live capture first drains what the kernel already
     * buffered (non-blocking, bounded by {@link #DRAIN_MAX_FRAMES} and {@link #DRAIN_MAX_NANOS}), so
     * Ctrl-C right after the traffic ends still shows and saves every packet of it.
     */
    @Override
    public RawFrame next() {
        while (true) {
            if (stopped && (!live || !startDrain())) {
                return end();
            }
            if (draining && (++drained > DRAIN_MAX_FRAMES || System.nanoTime() > drainDeadline)) {
                return end();
            }
            byte[] data;
            try {
                data = handle.getNextRawPacketEx();
            } catch (TimeoutException e) {
                if (draining) {
                    return end();
                }
                flushIfDue();
                continue;
            } catch (EOFException e) {
                // pcap_breakloop makes one live read return like end of file; what follows is the drain.
                if (live && stopped && !breakConsumed) {
                    breakConsumed = true;
                    continue;
                }
                return end();
            } catch (PcapNativeException e) {
                if (stopped) {
                    return end();
                }
                throw new CaptureException(live ? "capture.error.device" : "capture.error.truncatedFile", name,
                        Captures.clean(e.getMessage()));
            } catch (NotOpenException e) {
                return end();
            }
            Timestamp ts = handle.getTimestamp();
            long nanos = ts.getTime() / 1000 * 1_000_000_000L + ts.getNanos();
            Integer orig = handle.getOriginalLength();
            if (dumper != null) {
                dump(data, ts);
            }
            return new RawFrame(linkType(), nanos, orig != null ? orig : data.length, data);
        }
    }

    /** The end of the frames: a live capture's file is flushed now, complete even if the JVM exits next. */
    private RawFrame end() {
        if (dumper != null && live) {
            try {
                dumper.flush();
            } catch (PcapNativeException | NotOpenException e) {
                throw new CaptureException("capture.error.cannotWrite", name, Captures.clean(e.getMessage()));
            }
        }
        return null;
    }

    /** Switches a stopped live capture to non-blocking reads once; false when that is impossible. */
    private boolean startDrain() {
        if (draining) {
            return true;
        }
        try {
            handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        } catch (PcapNativeException | NotOpenException e) {
            return false;
        }
        draining = true;
        drainDeadline = System.nanoTime() + DRAIN_MAX_NANOS;
        return true;
    }

    private void dump(byte[] data, Timestamp ts) {
        try {
            dumper.dumpRaw(data, ts);
            flushIfDue();
        } catch (NotOpenException e) {
            throw new CaptureException("capture.error.cannotWrite", name, Captures.clean(e.getMessage()));
        }
    }

    /** A live capture's file is flushed a few times a second, so a killed sniffer loses little. */
    private void flushIfDue() {
        if (dumper == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastFlushNanos > 200_000_000L) {
            lastFlushNanos = now;
            try {
                dumper.flush();
            } catch (PcapNativeException | NotOpenException e) {
                throw new CaptureException("capture.error.cannotWrite", name, Captures.clean(e.getMessage()));
            }
        }
    }

    /**
     * Sets the flag the read loop checks, and for a live capture also calls pcap_breakloop: on
     * Linux in immediate mode libpcap ignores the read timeout and would otherwise block in poll
     * until the next packet arrives.
     */
    @Override
    public void stop() {
        stopped = true;
        if (live && handle.isOpen()) {
            try {
                handle.breakLoop();
            } catch (NotOpenException e) {
                return;
            }
        }
    }

    @Override
    public CaptureStats stats() {
        if (!live || !handle.isOpen()) {
            return null;
        }
        try {
            PcapStat s = handle.getStats();
            return new CaptureStats(s.getNumPacketsReceived(), s.getNumPacketsDropped(), s.getNumPacketsDroppedByIf());
        } catch (PcapNativeException | NotOpenException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (dumper != null) {
            dumper.close();
            dumper = null;
        }
        if (handle.isOpen()) {
            handle.close();
        }
    }
}
