package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.TCP_SYN_LINUX;
import static org.echolab.sniffer.decode.Frames.hex;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.echolab.sniffer.decode.PcapFile.Frame;
import org.echolab.sniffer.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes crafted frames to a pcap per link type and checks our decoding field by field against tshark. */
class TsharkOracleTest {
    private static final List<String> FIELDS = List.of("frame.number", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
            "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.hdr_len", "tcp.len",
            "tcp.window_size_value", "tcp.flags", "tcp.options.mss_val", "tcp.options.wscale.shift",
            "tcp.options.timestamp.tsval", "tcp.options.timestamp.tsecr", "tcp.options.sack_le", "udp.srcport",
            "udp.length");

    /** ::1 → 2001:db8::1:0:0:1 (two equal zero runs: RFC 5952 compresses the first). */
    private static final String IPV6_LOOPBACK_HEADER = "60000000 %s 06 40 00000000000000000000000000000001"
            + " 20010db8000000000001000000000001";
    /** An ACK with one SACK block (100-200) and timestamps TSval 2147483649 (unsigned), TSecr 7. */
    private static final String TCP_SACK_TS = "c350 1f90 00000002 000003e8 b010 01f5 0000 0000"
            + " 0101 050a 00000064 000000c8 0101 080a 80000001 00000007";

    /** PI_ERROR in tshark's {@code _ws.expert.severity}. */
    private static final String TSHARK_SEVERITY_ERROR = "8388608";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "link type {0}")
    @ValueSource(ints = {LinkType.ETHERNET, LinkType.NULL, LinkType.LINUX_SLL, LinkType.LINUX_SLL2, LinkType.RAW})
    void decodingAgreesWithTshark(int linkType) throws Exception {
        Path tshark = Tools.requireTool("tshark");
        List<Frame> frames = frames(linkType);
        Path pcap = dir.resolve("oracle-" + linkType + ".pcap");
        PcapFile.write(pcap, linkType, frames);

        List<String> ours = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            Packet p = Decoder.decode(i + 1, 0, linkType, f.bytes(), f.originalLength());
            assertTrue(p.malformed() == null, () -> "frame " + p.number() + ": " + p.malformed());
            ours.add(row(p));
        }
        assertEquals(String.join("\n", runTshark(tshark, pcap, FIELDS)), String.join("\n", ours));
    }

    /**
     * Our {@code malformed} verdict matches tshark's: an error-severity expert item or a
     * "Malformed Packet" exception. Bad TCP options are only warnings there, so not malformed here.
     */
    @Test
    void malformedVerdictAgreesWithTshark() throws Exception {
        Path tshark = Tools.requireTool("tshark");
        String addresses = Frames.IPV4_ADDRESSES;
        List<String> ips = List.of(
                "4400 002d 0001 4000 4006 0000" + addresses + TCP_HELLO, // IHL 4
                "5500 002d 0001 4000 4006 0000" + addresses + TCP_HELLO, // version 5
                "4500 0010 0001 4000 4006 0000" + addresses + TCP_HELLO, // total length 16 < 20
                ipv4(6, "c350 1f90 00000001 00000000 4002 ffff 0000 0000"), // data offset 4
                ipv4(6, "c350 1f90 00000001 00000000 f002 ffff 0000 0000"), // data offset 15: short segment
                ipv4(17, "9c40 1e61 0004 0000 41424344"), // UDP length 4
                ipv4(17, "9c40 1e61 0040 0000 41424344"), // UDP length past the IP payload
                ipv4(6, "c350 1f90 00000001 00000000 7002 ffff 0000 0000 020305b4 01010101"), // MSS length 3
                ipv4(6, "c350 1f90 00000001 00000000 7002 ffff 0000 0000 0800 0000 00000000"), // option length 0
                ipv4(6, "c350 1f90 00000001 00000000 7002 ffff 0000 0000 0101080a 00000001"), // past header
                ipv4(6, TCP_SYN_LINUX));
        List<Frame> frames = new ArrayList<>();
        for (String ip : ips) {
            frames.add(Frame.whole(hex(Frames.ethernet(ip.startsWith("6") ? 0x86dd : 0x0800, ip))));
        }
        frames.add(Frame.whole(hex(Frames.ethernet(0x86dd, ipv6(0, "0602 0104 00000000"))))); // ext past payload
        frames.add(Frame.whole(hex("020000000002 0200"))); // 8-byte Ethernet
        Path pcap = dir.resolve("malformed.pcap");
        PcapFile.write(pcap, LinkType.ETHERNET, frames);

        List<String> theirs = new ArrayList<>();
        for (String line : runTshark(tshark, pcap, List.of("frame.number", "_ws.malformed", "_ws.expert.severity"))) {
            boolean error = line.contains("_ws.malformed") || line.contains(TSHARK_SEVERITY_ERROR);
            theirs.add(line.substring(0, line.indexOf('\t')) + (error ? " malformed" : " ok"));
        }
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            byte[] bytes = frames.get(i).bytes();
            Packet p = Decoder.decode(i + 1, 0, LinkType.ETHERNET, bytes, bytes.length);
            ours.add((i + 1) + (p.isMalformed() ? " malformed" : " ok"));
        }
        assertEquals(theirs, ours);
    }

    /** The same conversation pieces under every link type, plus link-specific extras. */
    private static List<Frame> frames(int linkType) {
        UnaryOperator<String> v4 = ip -> link(linkType, 0x0800, ip);
        UnaryOperator<String> v6 = ip -> link(linkType, 0x86dd, ip);
        String data = TCP_HELLO;
        List<Frame> frames = new ArrayList<>(List.of(
                Frame.whole(hex(v4.apply(ipv4(6, TCP_SYN_LINUX)))),
                Frame.whole(hex(v4.apply(ipv4(6, TCP_SACK_TS)))),
                Frame.whole(hex(v4.apply(ipv4(6, data)))),
                Frame.whole(hex(v4.apply(ipv4(17, "9c40 1e61 000c 0000 41424344")))),
                // Hop-by-hop extension header, then TCP.
                Frame.whole(hex(v6.apply(ipv6(0, "0600 0104 00000000" + TCP_SYN_LINUX)))),
                Frame.whole(hex(v6.apply(String.format(IPV6_LOOPBACK_HEADER, Frames.u16(Frames.byteLength(data)))
                        + data))),
                // Total length 0, as the sender captures under segmentation offload.
                Frame.whole(hex(v4.apply("4500 0000 0001 4000 4006 0000 7f000001 7f000002" + data)))));
        // Snaplen kept 3 payload bytes of a 1400-byte segment.
        byte[] snapped = hex(v4.apply("4500 05a0 0001 4000 4006 0000 7f000001 7f000002"
                + data.substring(0, data.length() - 4)));
        frames.add(new Frame(snapped, snapped.length + 1400 - 3));
        if (linkType == LinkType.ETHERNET) {
            frames.add(Frame.whole(hex("ffffffffffff 020000000001 0806" + Frames.ARP)));
            frames.add(Frame.whole(hex("020000000002 020000000001 8100 0064 0800" + ipv4(6, data))));
            frames.add(Frame.whole(hex(v4.apply(ipv4(6, data)) + "000000000000")));
        }
        if (linkType == LinkType.NULL) {
            frames.add(Frame.whole(hex(Frames.bigEndianFamily(30, ipv6(6, data)))));
        }
        return frames;
    }

    private static String link(int linkType, int etherType, String ip) {
        boolean v4 = etherType == 0x0800;
        return switch (linkType) {
            case LinkType.ETHERNET -> Frames.ethernet(etherType, ip);
            case LinkType.NULL -> Frames.nullLittleEndian(v4 ? 2 : 30, ip);
            case LinkType.LINUX_SLL -> Frames.sll(etherType, ip);
            case LinkType.LINUX_SLL2 -> Frames.sll2(etherType, ip);
            default -> ip;
        };
    }

    /** Our decoding rendered as tshark's tab-separated fields. */
    private static String row(Packet p) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(p.number()));
        boolean v4 = p.ip() instanceof IpHeader.Ipv4;
        boolean v6 = p.ip() instanceof IpHeader.Ipv6;
        cells.add(v4 ? p.ip().src().toString() : "");
        cells.add(v4 ? p.ip().dst().toString() : "");
        cells.add(v6 ? p.ip().src().toString() : "");
        cells.add(v6 ? p.ip().dst().toString() : "");
        Transport.Tcp tcp = p.tcp();
        if (tcp == null) {
            cells.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", "", ""));
        } else {
            cells.add(Integer.toString(tcp.srcPort()));
            cells.add(Integer.toString(tcp.dstPort()));
            cells.add(Long.toString(tcp.seq()));
            cells.add(Long.toString(tcp.ack()));
            cells.add(Integer.toString(tcp.headerLength()));
            cells.add(Integer.toString(tcp.segmentLength()));
            cells.add(Integer.toString(tcp.window()));
            cells.add(String.format("0x%04x", tcp.flags()));
            cells.add(option(tcp, TcpOption.Mss.class, o -> Integer.toString(o.mss())));
            cells.add(option(tcp, TcpOption.WindowScale.class, o -> Integer.toString(o.shift())));
            cells.add(option(tcp, TcpOption.Timestamps.class, o -> Long.toString(o.tsval())));
            cells.add(option(tcp, TcpOption.Timestamps.class, o -> Long.toString(o.tsecr())));
            cells.add(option(tcp, TcpOption.Sack.class, o -> Long.toString(o.blocks().get(0).left())));
        }
        Transport.Udp udp = p.udp();
        cells.add(udp == null ? "" : Integer.toString(udp.srcPort()));
        cells.add(udp == null ? "" : Integer.toString(udp.length()));
        return String.join("\t", cells);
    }

    private static <T extends TcpOption> String option(Transport.Tcp tcp, Class<T> type,
            Function<T, String> value) {
        return tcp.options().stream().filter(type::isInstance).map(type::cast).findFirst().map(value).orElse("");
    }

    private static List<String> runTshark(Path tshark, Path pcap, List<String> fields) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", pcap.toString(), "-T", "fields",
                "-o", "tcp.relative_sequence_numbers:FALSE", "-E", "separator=/t", "-E", "occurrence=a"));
        for (String field : fields) {
            command.add("-e");
            command.add(field);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark timed out");
        assertEquals(0, process.exitValue(), "tshark exit code; output: " + out);
        return out.lines().toList();
    }
}
