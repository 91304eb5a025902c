package org.echolab.sniffer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The sniffer's standard output: a UTF-8 {@link PrintWriter} that also takes text already
 * encoded as UTF-8, so the render threads do the encoding and the writing thread only copies
 * bytes to the stream.
 */
final class Utf8PrintWriter extends PrintWriter {
    private final OutputStream stream;

    Utf8PrintWriter(OutputStream stream, int bufferChars) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), bufferChars), false);
        this.stream = stream;
    }

    /** Writes {@code len} bytes of UTF-8 after everything printed before. */
    void writeUtf8(byte[] bytes, int off, int len) {
        synchronized (lock) {
            flush();
            try {
                stream.write(bytes, off, len);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Writes UTF-8 bytes to {@code out}: directly when it is a {@link Utf8PrintWriter}, else decoded. */
    static void writeUtf8(PrintWriter out, byte[] bytes, int len) {
        if (out instanceof Utf8PrintWriter u) {
            u.writeUtf8(bytes, 0, len);
        } else {
            out.write(new String(bytes, 0, len, StandardCharsets.UTF_8));
        }
    }
}
