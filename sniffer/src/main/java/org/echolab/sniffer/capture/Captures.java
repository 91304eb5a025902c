package org.echolab.sniffer.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echolab.cli.ExitCodes;
import org.echolab.sniffer.decode.NetAddress;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapAddress;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;
import org.pcap4j.core.Pcaps;

/**
 * The capture edge: lists devices, opens live captures and savefiles through pcap4j/libpcap, and
 * turns libpcap's failures into {@link CaptureException}s that say how to fix them.
 */
public final class Captures {
    /** Large enough that no frame on loopback (MTU 65536) is cut. */
    static final int SNAPLEN = 262_144;
    /**
     * libpcap hands packets over in blocks: a block goes to the reader when it is full or this
     * old, so a packet shows at most this late. (Immediate mode would hand over each packet at
     * once, but on Linux it switches to TPACKET_V2, whose ring has one slot per packet sized for
     * the interface's MTU: on loopback (MTU 65536) 32 MB holds only ~500 packets, and a flood
     * overflows it; TPACKET_V3's blocks hold packets at their real sizes.)
     */
    static final int READ_TIMEOUT_MILLIS = 50;
    static final int BUFFER_BYTES = 32 * 1024 * 1024;

    private Captures() {
    }

    public static List<InterfaceInfo> interfaces() {
        Libpcap.ensureLoadable();
        List<PcapNetworkInterface> devs;
        try {
            devs = Pcaps.findAllDevs();
        } catch (PcapNativeException e) {
            throw classify(e, "");
        }
        List<InterfaceInfo> out = new ArrayList<>();
        int i = 1;
        for (PcapNetworkInterface d : devs) {
            List<String> addrs = new ArrayList<>();
            for (PcapAddress a : d.getAddresses()) {
                if (a.getAddress() != null) {
                    byte[] raw = a.getAddress().getAddress();
                    addrs.add(NetAddress.of(raw, 0, raw.length).toString());
                }
            }
            out.add(new InterfaceInfo(i++, d.getName(), d.getDescription() == null ? "" : d.getDescription(),
                    isLoopback(d), d.isUp(), addrs));
        }
        return out;
    }

    /** The platform's loopback device name (lo, lo0, Npcap's loopback adapter). */
    public static String defaultLoopback() {
        List<InterfaceInfo> all = interfaces();
        for (InterfaceInfo i : all) {
            if (i.loopback()) {
                return i.name();
            }
        }
        throw new CaptureException("capture.error.noLoopback", names(all));
    }

    /**
     * Opens a live capture on {@code iface} with filter {@code bpf}, writing every frame to
     * {@code writeTo}, or to a temporary file when it is null ({@link LiveCapture} reads the
     * frames back from that file); {@link LiveCapture#start} begins it.
     */
    public static LiveCapture openLive(String iface, String bpf, Path writeTo) {
        List<InterfaceInfo> all = interfaces();
        if (all.stream().noneMatch(i -> i.name().equals(iface))) {
            throw new CaptureException(ExitCodes.USAGE, "capture.error.unknownInterface", iface, names(all));
        }
        PcapHandle handle;
        try {
            handle = new PcapHandle.Builder(iface)
                    .snaplen(SNAPLEN)
                    .promiscuousMode(PromiscuousMode.NONPROMISCUOUS)
                    .timeoutMillis(READ_TIMEOUT_MILLIS)
                    .bufferSize(BUFFER_BYTES)
                    .build();
        } catch (PcapNativeException e) {
            throw classify(e, iface);
        }
        PcapSource.setFilter(handle, bpf);
        Path file = writeTo;
        try {
            if (file == null) {
                file = Files.createTempFile("echo-lab-capture-", ".pcap");
            }
            return new LiveCapture(handle, handle.dumpOpen(file.toString()), file, writeTo == null, iface);
        } catch (IOException | PcapNativeException | NotOpenException e) {
            handle.close();
            if (writeTo == null && file != null) {
                file.toFile().delete();
            }
            Path shown = file != null ? file : Path.of(System.getProperty("java.io.tmpdir"));
            throw new CaptureException("capture.error.cannotWrite", shown, clean(e.getMessage()));
        }
    }

    /**
     * Opens a pcap or pcapng file; frames keep nanosecond timestamps where the file has them.
     * Without a filter the file is read in pure Java ({@link SavefileSource}): libpcap's one
     * native call per frame through pcap4j would cap the reading speed. A BPF filter needs
     * libpcap's compiler and interpreter, so a filtered read goes through libpcap.
     */
    public static FrameSource openFile(Path file, String bpf) {
        checkReadable(file);
        if (bpf == null || bpf.isBlank()) {
            return SavefileSource.open(file);
        }
        return openFileWithLibpcap(file, bpf);
    }

    /** Opens a file through libpcap even without a filter (the reference the pure-Java reader is tested against). */
    public static FrameSource openFileWithLibpcap(Path file, String bpf) {
        checkReadable(file);
        Libpcap.ensureLoadable();
        PcapHandle handle;
        try {
            handle = Pcaps.openOffline(file.toString(), PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException e) {
            throw new CaptureException("capture.error.badFile", file, clean(e.getMessage()));
        }
        PcapSource.setFilter(handle, bpf);
        return new PcapSource(handle, file.toString());
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new CaptureException("capture.error.noSuchFile", file);
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new CaptureException("capture.error.unreadableFile", file);
        }
    }

    static CaptureException classify(PcapNativeException e, String iface) {
        String msg = clean(e.getMessage());
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("permission") || lower.contains("not permitted")) {
            return new CaptureException(ExitCodes.NO_CAPTURE_PERMISSION, Libpcap.permissionHintKey(), msg);
        }
        if (lower.contains("no such device")) {
            return new CaptureException(ExitCodes.USAGE, "capture.error.unknownInterface", iface, "");
        }
        return new CaptureException("capture.error.device", iface, msg);
    }

    private static boolean isLoopback(PcapNetworkInterface d) {
        String desc = d.getDescription() == null ? "" : d.getDescription().toLowerCase(Locale.ROOT);
        return d.isLoopBack() || d.getName().equals("lo") || d.getName().equals("lo0")
                || desc.contains("loopback");
    }

    private static String names(List<InterfaceInfo> all) {
        StringBuilder sb = new StringBuilder();
        for (InterfaceInfo i : all) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(i.name());
        }
        return sb.toString();
    }

    /** libpcap messages sometimes carry pcap4j's "Error occurred in pcap_xxx: " prefix and line breaks. */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceFirst("^Error occurred in pcap_[a-z_]+\\(\\): ", "").replace('\n', ' ').trim();
    }
}
