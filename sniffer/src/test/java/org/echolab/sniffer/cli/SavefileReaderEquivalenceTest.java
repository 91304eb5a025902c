package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.Savefiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The pure-Java savefile reader and libpcap (through pcap4j) give the same text and jsonl
 * output, summary included, for every kit capture as classic pcap (both byte orders, micro and
 * nano timestamps) and as pcapng (both byte orders); and the threaded renderer prints what
 * rendering each packet in turn prints.
 */
class SavefileReaderEquivalenceTest {
    @TempDir
    Path dir;

    static List<String> captures() {
        return Savefiles.KIT_CAPTURES;
    }

    @ParameterizedTest
    @MethodSource("captures")
    void pureJavaReaderPrintsWhatLibpcapPrints(String name) throws IOException {
        Savefiles.Capture c = Savefiles.read(Savefiles.resource(name));
        List<Path> files = List.of(
                Savefiles.resource(name),
                write("be-nano.pcap", Savefiles.pcap(c, ByteOrder.BIG_ENDIAN, true)),
                write("le-nano.pcap", Savefiles.pcap(c, ByteOrder.LITTLE_ENDIAN, true)),
                write("le.pcapng", Savefiles.pcapng(c, ByteOrder.LITTLE_ENDIAN)),
                write("be.pcapng", Savefiles.pcapng(c, ByteOrder.BIG_ENDIAN)));
        for (String format : List.of("text", "jsonl")) {
            for (Path f : files) {
                String viaLibpcap = run(f, format, p -> Captures.openFileWithLibpcap(p, null));
                String viaJava = run(f, format, p -> Captures.openFile(p, null));
                assertTrue(viaLibpcap.length() > 200, viaLibpcap);
                assertEquals(viaLibpcap, viaJava, format + " of " + f.getFileName() + " (" + name + ")");
                assertEquals(viaJava, run(f, format, p -> Captures.openFile(p, null), true),
                        "threaded rendering against rendering each packet in turn");
            }
        }
        // Korean explanations (UTF-8 beyond ASCII) through both: the threaded JSON generator takes
        // the rendered bytes, the one rendering each packet in turn takes Strings.
        Path f = files.get(0);
        String threaded = run(f, "jsonl", p -> Captures.openFile(p, null), false, "ko");
        assertTrue(threaded.chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3), "Hangul in the explanations");
        assertEquals(threaded, run(f, "jsonl", p -> Captures.openFile(p, null), true, "ko"), "ko jsonl of " + name);
    }

    private Path write(String suffix, byte[] bytes) throws IOException {
        Path p = dir.resolve(suffix);
        Files.write(p, bytes);
        return p;
    }

    /** {@code sniffer read FILE --lang en --format F}, with the file opened by {@code opener}. */
    private static String run(Path file, String format, Function<Path, FrameSource> opener) {
        return run(file, format, opener, false);
    }

    /** With {@code direct}, packets render one by one on the reading thread, as in a live capture. */
    private static String run(Path file, String format, Function<Path, FrameSource> opener, boolean direct) {
        return run(file, format, opener, direct, "en");
    }

    private static String run(Path file, String format, Function<Path, FrameSource> opener, boolean direct,
            String lang) {
        DisplayOptions display = new DisplayOptions();
        new CommandLine(display).parseArgs("--lang", lang, "--format", format);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new SnifferRun(opener.apply(file), display, direct).run(new PrintWriter(out), new PrintWriter(err), 0, 0);
        return out + "\n--- stderr ---\n" + err;
    }
}
