package org.echolab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine's RSA-2048 private-key speed, as {@code openssl speed -seconds 5 rsa2048} reports it. */
final class OpensslSpeed {
    /** {@code rsa 2048 bits 0.000644s 0.000019s   1553.0  52164.5}: the third number is sign/s. */
    private static final Pattern RSA_LINE = Pattern.compile("rsa\\s+2048 bits\\s+\\S+\\s+\\S+\\s+([0-9.]+)");

    private OpensslSpeed() {
    }

    static double rsa2048SignsPerSecond() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("openssl", "speed", "-seconds", "5", "rsa2048")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher matcher = RSA_LINE.matcher(output);
        if (!matcher.find()) {
            throw new IOException("no rsa 2048 line in openssl speed output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
