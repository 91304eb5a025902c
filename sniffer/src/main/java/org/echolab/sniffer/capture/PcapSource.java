package org.echolab.sniffer.capture;

import java.io.EOFException;
import java.sql.Timestamp;
import java.util.concurrent.TimeoutException;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;

/**
 * A capture file read through libpcap, one native call per frame: used when a BPF filter needs
 * libpcap's compiler, and as the reference the pure-Java readers are tested against.
 */
final class PcapSource implements FrameSource {
    private final PcapHandle handle;
    private final String name;
    private volatile boolean stopped;
    private int linkType = -1;

    PcapSource(PcapHandle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    /** Compiles and sets {@code bpf} on {@code handle} (nothing when blank); closes the handle when it is invalid. */
    static void setFilter(PcapHandle handle, String bpf) {
        if (bpf == null || bpf.isBlank()) {
            return;
        }
        try {
            handle.setFilter(bpf, BpfCompileMode.OPTIMIZE);
        } catch (PcapNativeException | NotOpenException e) {
            handle.close();
            throw new CaptureException(org.echolab.cli.ExitCodes.USAGE, "capture.error.badFilter", bpf,
                    Captures.clean(e.getMessage()));
        }
    }

    @Override
    public int linkType() {
        if (linkType < 0) {
            linkType = handle.getDlt().value();
        }
        return linkType;
    }

    @Override
    public RawFrame next() {
        while (!stopped) {
            byte[] data;
            try {
                data = handle.getNextRawPacketEx();
            } catch (TimeoutException e) {
                continue;
            } catch (EOFException | NotOpenException e) {
                return null;
            } catch (PcapNativeException e) {
                throw new CaptureException("capture.error.truncatedFile", name, Captures.clean(e.getMessage()));
            }
            Timestamp ts = handle.getTimestamp();
            long nanos = ts.getTime() / 1000 * 1_000_000_000L + ts.getNanos();
            Integer orig = handle.getOriginalLength();
            return new RawFrame(linkType(), nanos, orig != null ? orig : data.length, data);
        }
        return null;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public CaptureStats stats() {
        return null;
    }

    @Override
    public void close() {
        if (handle.isOpen()) {
            handle.close();
        }
    }
}
