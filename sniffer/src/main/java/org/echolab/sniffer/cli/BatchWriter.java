package org.echolab.sniffer.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import org.echolab.cli.Utf8Buffer;

/**
 * One batch of the render pipeline: the UTF-8 bytes of a run of packets, rendered on a render
 * thread and handed to the writing thread as bytes. The text renderer appends to the
 * {@link #buffer()} itself; the others write through {@link #printer()} (text, encoded at once)
 * or {@link #stream()} (jsonl's UTF-8). A {@link StringBuilder} would turn UTF-16 for the whole
 * batch at the first "→" or Korean character, and leave the encoding to the single writing thread.
 */
final class BatchWriter extends Writer {
    private static final String LINE_END = System.lineSeparator();

    private final Utf8Buffer buffer;

    BatchWriter(int capacity) {
        buffer = new Utf8Buffer(capacity);
    }

    /** The batch's bytes, for a renderer that encodes its text itself. */
    Utf8Buffer buffer() {
        return buffer;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        buffer.append(new String(cbuf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
        buffer.append(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(String s) {
        buffer.append(s);
    }

    @Override
    public void write(int c) {
        if (c < 0x80) {
            buffer.ascii((char) c);
        } else {
            buffer.append(String.valueOf((char) c));
        }
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

    /** The same bytes as a stream: for a renderer that writes UTF-8 itself (jsonl). */
    OutputStream stream() {
        return new OutputStream() {
            private final byte[] one = new byte[1];

            @Override
            public void write(int b) {
                one[0] = (byte) b;
                buffer.append(one, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.append(b, off, len);
            }
        };
    }

    /** Empties the batch, keeping its array, to be filled again. */
    void clear() {
        buffer.setLength(0);
    }

    /** Bytes written so far. */
    int length() {
        return buffer.length();
    }

    /** The array holding the bytes (valid up to {@link #length()}); not a copy. */
    byte[] bytes() {
        return buffer.array();
    }

    @Override
    public String toString() {
        return buffer.toString();
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
