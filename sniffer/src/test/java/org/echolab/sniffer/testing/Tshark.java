package org.echolab.sniffer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real tshark as the oracle: {@code tshark -n -r FILE -T fields} with the given fields,
 * one row per frame, columns in the order asked (FT_NONE expert fields print {@code 1} when set).
 * Skips (or fails under CI=true) when tshark is not installed.
 */
public final class Tshark {
    private Tshark() {
    }

    /**
     * @param dataPorts TCP ports to decode as plain data, so no other dissector's heuristics claim
     *     the kit's ports (TCP's own analysis is unaffected)
     */
    public static List<String[]> fields(Path file, List<String> fields, int... dataPorts)
            throws IOException, InterruptedException {
        List<String> decodeAs = new ArrayList<>();
        for (int p : dataPorts) {
            decodeAs.add("tcp.port==" + p + ",data");
        }
        return fieldsDecodingAs(file, fields, decodeAs);
    }

    /** @param decodeAs tshark {@code -d} rules, e.g. {@code udp.port==5353,dns} */
    public static List<String[]> fieldsDecodingAs(Path file, List<String> fields, List<String> decodeAs)
            throws IOException, InterruptedException {
        Path tshark = Tools.requireTool("tshark");
        List<String> cmd = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", file.toString()));
        for (String rule : decodeAs) {
            cmd.add("-d");
            cmd.add(rule);
        }
        cmd.addAll(List.of("-T", "fields", "-E", "separator=/t", "-E", "occurrence=f"));
        for (String f : fields) {
            cmd.add("-e");
            cmd.add(f);
        }
        Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "tshark did not finish on " + file);
        assertEquals(0, proc.exitValue(), "tshark exit status on " + file);
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
