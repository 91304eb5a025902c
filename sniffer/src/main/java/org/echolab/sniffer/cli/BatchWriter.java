package org.echolab.sniffer.cli;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: what {@link java.io.StringWriter} does, without
 * its synchronized {@link StringBuffer}, for text that one thread renders and another writes.
 */
final class BatchWriter extends Writer {
    private final StringBuilder text;

    BatchWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        text.append(cbuf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    @Override
    public void flush() {
        // Nothing buffered outside the builder.
    }

    @Override
    public void close() {
        // Closing a string builder frees nothing.
    }
}
