package org.echolab.sniffer.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.echolab.cli.Utf8Buffer;

/**
 * An immutable run of bytes that compares by content and prints as hex.
 *
 * <p>A {@code byte[]} inside a record compares by identity; this value class is what records
 * hold instead. It copies on the way in ({@link #copyOf}) and on the way out of
 * {@link #toArray()}; {@link #get} reads without copying, and {@link #slice} shares the bytes:
 * the decoder copies a frame once and hands out its headers and payload as slices of it.
 */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    /** Never written after construction; may be shared by several slices. */
    private final byte[] data;
    private final int offset;
    private final int length;

    private Bytes(byte[] data, int offset, int length) {
        this.data = data;
        this.offset = offset;
        this.length = length;
    }

    /** Copies {@code length} bytes of {@code src} from {@code offset}. */
    public static Bytes copyOf(byte[] src, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        return new Bytes(Arrays.copyOfRange(src, offset, offset + length), 0, length);
    }

    /** {@code data} itself, which nobody may write afterwards (the decoder's own copy of a frame). */
    static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data, 0, data.length);
    }

    public static Bytes copyOf(byte[] src) {
        return copyOf(src, 0, src.length);
    }

    public static Bytes ofHex(String hex) {
        byte[] b = HexFormat.of().parseHex(hex.replace(" ", ""));
        return new Bytes(b, 0, b.length);
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The unsigned byte at {@code index}. */
    public int get(int index) {
        return data[offset + checkIndex(index)] & 0xff;
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + ", length " + length);
        }
        return index;
    }

    /** Adds one to {@code counts[b]} for every byte {@code b} (unsigned). */
    public void countInto(long[] counts) {
        byte[] d = data;
        for (int i = offset, end = offset + length; i < end; i++) {
            counts[d[i] & 0xff]++;
        }
    }

    /** The bytes decoded as UTF-8 (malformed input as U+FFFD, as {@code new String(bytes, UTF_8)}). */
    public String toUtf8String() {
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    public byte[] toArray() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /** {@code length} bytes from {@code offset}, sharing these bytes (no copy). */
    public Bytes slice(int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        if (offset < 0 || length < 0 || offset > this.length - length) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + length + " of " + this.length);
        }
        return offset == 0 && length == this.length ? this : new Bytes(data, this.offset + offset, length);
    }

    /** Appends these bytes, as they are, to {@code out}. */
    public void appendTo(Utf8Buffer out) {
        out.append(data, offset, length);
    }

    public String toHex() {
        return HexFormat.of().formatHex(data, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other
                && Arrays.equals(data, offset, offset + length, other.data, other.offset, other.offset + other.length);
    }

    @Override
    public int hashCode() {
        // Arrays.hashCode of the same bytes as an array of their own.
        int h = 1;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + data[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return toHex();
    }
}
