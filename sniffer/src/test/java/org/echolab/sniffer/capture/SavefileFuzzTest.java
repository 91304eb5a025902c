package org.echolab.sniffer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.echolab.cli.Messages;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.render.Ansi;
import org.echolab.sniffer.render.DetailRenderer;
import org.echolab.sniffer.render.JsonlRenderer;
import org.echolab.sniffer.render.PacketRenderer;
import org.echolab.sniffer.render.RunSummary;
import org.echolab.sniffer.render.TextRenderer;
import org.echolab.sniffer.render.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand damaged capture files, made from the kit's real captures (as classic pcap in both
 * byte orders and as pcapng) by bit flips, truncation, extreme length fields, wrong link types
 * and garbled runs of bytes, go through the real file reader, the whole dissector and all three
 * renderers. Nothing may escape but a {@link CaptureException} with a bundle key, at most one per
 * file; bad packets come out as malformed packets.
 */
class SavefileFuzzTest {
    private static final int FILES = 10_000;
    private static final long SEED = 0x5eed_ec40L;
    private static final String BUNDLE = "org.echolab.sniffer.cli.Messages";
    private static final long[] EXTREMES = {0, 1, 3, 0xffffffffL, 0x7fffffffL, 0x80000000L, 262_144, 262_145, 65_535};
    private static final int[] LINK_TYPES = {0, 1, 12, 101, 113, 228, 229, 276, 0xffff, 147, 9};

    @TempDir
    Path dir;

    @Test
    void damagedFilesEndInOneKeyedErrorAndBadPacketsRenderAsMalformed() throws IOException {
        List<Variant> variants = variants();
        Random random = new Random(SEED);
        Texts[] texts = {Texts.load(Locale.ENGLISH), Texts.load(Locale.KOREAN)};
        Messages[] bundles = {Messages.load(BUNDLE, Locale.ENGLISH), Messages.load(BUNDLE, Locale.KOREAN)};
        TreeMap<String, Integer> errors = new TreeMap<>();
        List<String> escaped = new ArrayList<>();
        long frames = 0;
        long malformed = 0;
        int clean = 0;
        Path file = dir.resolve("fuzz.pcap");
        for (int i = 0; i < FILES; i++) {
            Variant v = variants.get(random.nextInt(variants.size()));
            byte[] bytes = mutate(v, random);
            Files.write(file, bytes);
            Dissector dissector = new Dissector(DissectorOptions.defaults());
            List<PacketRenderer> renderers = renderers(texts[i % 2]);
            try (FrameSource source = Captures.openFile(file, null)) {
                RawFrame f;
                while ((f = source.next()) != null) {
                    Dissection d = dissector.dissect(f.linkType(), f.timestampNanos(), f.originalLength(), f.data());
                    malformed += d.packet().isMalformed() ? 1 : 0;
                    for (PacketRenderer r : renderers) {
                        r.packet(d);
                    }
                }
                clean++;
            } catch (CaptureException e) {
                assertTrue(bundles[i % 2].has(e.key()), () -> "no bundle text for " + e.key());
                assertTrue(!e.render(bundles[i % 2]).contains("\n"), "one line");
                errors.merge(e.key(), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                if (escaped.size() < 5) {
                    escaped.add(v.name + " #" + i + ": " + e + " at " + List.of(e.getStackTrace()).subList(0, 3));
                }
            }
            frames += dissector.frames();
            summarize(dissector, renderers, texts[i % 2]);
        }
        assertEquals(List.of(), escaped, "exceptions other than CaptureException escaped");
        assertTrue(malformed > 1000, "damaged packets reported as malformed: " + malformed + " of " + frames);
        assertTrue(errors.keySet().containsAll(List.of("capture.error.truncated", "capture.error.damaged",
                "capture.error.notCapture")), "file errors seen: " + errors);
        assertTrue(clean > 1000, "files read to the end: " + clean);
    }

    private static List<PacketRenderer> renderers(Texts texts) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        return List.of(new TextRenderer(sink, texts, Ansi.off()), new DetailRenderer(sink, texts),
                new JsonlRenderer(sink, sink, texts));
    }

    private static void summarize(Dissector dissector, List<PacketRenderer> renderers, Texts texts) {
        List<String> lines = new ArrayList<>();
        dissector.conversations().forEach(c -> lines.add(dissector.summarize(c).render(texts.explain())));
        for (PacketRenderer r : renderers) {
            r.summary(new RunSummary(dissector.frames(), lines, 0, null));
        }
    }

    /** A well-formed file and where its length and link-type fields sit. */
    private record Variant(String name, byte[] bytes, ByteOrder order, List<Integer> lengthFields, int linkTypeField,
            int linkTypeSize) {
    }

    private static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (String name : Savefiles.KIT_CAPTURES) {
            Savefiles.Capture c = Savefiles.read(Savefiles.resource(name));
            for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                byte[] pcap = Savefiles.pcap(c, order, order == ByteOrder.BIG_ENDIAN);
                List<Integer> fields = new ArrayList<>();
                for (int at = 24; at + 16 <= pcap.length; at += 16 + ByteBuffer.wrap(pcap, at + 8, 4).order(order).getInt()) {
                    fields.add(at + 8);
                    fields.add(at + 12);
                }
                out.add(new Variant(name + " pcap " + order, pcap, order, fields, 20, 4));
                byte[] ng = Savefiles.pcapng(c, order);
                List<Integer> blocks = new ArrayList<>();
                for (int at = 0; at + 8 <= ng.length; at += ByteBuffer.wrap(ng, at + 4, 4).order(order).getInt()) {
                    blocks.add(at + 4);
                    if (ByteBuffer.wrap(ng, at, 4).order(order).getInt() == 6) {
                        blocks.add(at + 20);
                        blocks.add(at + 24);
                    }
                }
                out.add(new Variant(name + " pcapng " + order, ng, order, blocks, 28 + 16 + 8, 2));
            }
        }
        return out;
    }

    private static byte[] mutate(Variant v, Random random) {
        byte[] b = v.bytes().clone();
        int kind = random.nextInt(6);
        b = apply(kind, v, b, random);
        if (kind == 5) {
            b = apply(random.nextInt(5), v, apply(random.nextInt(5), v, b, random), random);
        }
        return b;
    }

    private static byte[] apply(int kind, Variant v, byte[] b, Random random) {
        if (b.length == 0) {
            return b;
        }
        switch (kind) {
            case 0 -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int bit = random.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int at = v.lengthFields().get(random.nextInt(v.lengthFields().size()));
                long value = random.nextInt(4) == 0 ? random.nextInt() : EXTREMES[random.nextInt(EXTREMES.length)];
                if (at + 4 <= b.length) {
                    ByteBuffer.wrap(b, at, 4).order(v.order()).putInt((int) value);
                }
            }
            case 3 -> {
                int type = LINK_TYPES[random.nextInt(LINK_TYPES.length)];
                ByteBuffer buf = ByteBuffer.wrap(b).order(v.order());
                if (v.linkTypeSize() == 4) {
                    buf.putInt(v.linkTypeField(), type);
                } else {
                    buf.putShort(v.linkTypeField(), (short) type);
                }
            }
            default -> {
                int start = random.nextInt(b.length);
                int end = Math.min(b.length, start + 1 + random.nextInt(64));
                for (int i = start; i < end; i++) {
                    b[i] = (byte) random.nextInt(256);
                }
            }
        }
        return b;
    }
}
