package org.echolab.sniffer.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given to UTF-8 at once, into one growing byte array:
 * a batch of packets rendered on a render thread, handed to the writing thread as bytes. (A
 * {@link StringBuilder} would turn UTF-16 for the whole batch at the first "→" or Korean
 * character, and leave the encoding to the single writing thread.)
 */
final class BatchWriter extends Writer {
    /** Strings up to this long are copied without a temporary array. */
    private static final int SHORT = 16;
    private static final String LINE_END = System.lineSeparator();

    private byte[] bytes;
    private int length;

    BatchWriter(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        append(new String(cbuf, off, len).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String s, int off, int len) {
        append((off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String s) {
        int n = s.length();
        if (n <= SHORT) {
            // Indents, separators, line ends: copied char by char when ASCII, without a temporary array.
            ensure(n);
            int at = length;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    append(s.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                bytes[at++] = (byte) c;
            }
            length = at;
            return;
        }
        append(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A {@link PrintWriter} into this batch without PrintWriter's lock on every call: a batch
     * is rendered by one thread only.
     */
    PrintWriter printer() {
        return new PrintWriter(this) {
            @Override
            public void write(String s) {
                BatchWriter.this.write(s);
            }

            @Override
            public void write(String s, int off, int len) {
                BatchWriter.this.write(s, off, len);
            }

            @Override
            public void write(int c) {
                BatchWriter.this.write(c);
            }

            @Override
            public void print(String s) {
                BatchWriter.this.write(String.valueOf(s));
            }

            @Override
            public void print(char c) {
                BatchWriter.this.write(c);
            }

            @Override
            public void println() {
                BatchWriter.this.write(LINE_END);
            }

            @Override
            public void println(String s) {
                BatchWriter.this.write(String.valueOf(s));
                BatchWriter.this.write(LINE_END);
            }

            @Override
            public void flush() {
                // Nothing buffered: every call went straight into the batch.
            }
        };
    }

    @Override
    public void write(int c) {
        if (c < 0x80) {
            ensure(1);
            bytes[length++] = (byte) c;
        } else {
            write(String.valueOf((char) c));
        }
    }

    private void append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** The same array as a byte stream: for a renderer that writes UTF-8 itself (jsonl). */
    OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                ensure(1);
                bytes[length++] = (byte) b;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ensure(len);
                System.arraycopy(b, off, bytes, length, len);
                length += len;
            }
        };
    }

    /** Bytes written so far. */
    int length() {
        return length;
    }

    /** The array holding the bytes (valid up to {@link #length()}); not a copy. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
        // Nothing buffered outside the array.
    }

    @Override
    public void close() {
        // Closing an array frees nothing.
    }
}
