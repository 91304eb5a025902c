package org.echolab.sniffer.decode;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable slice of bytes that compares by content and prints as hex.
 *
 * <p>A {@code byte[]} inside a record compares by identity; this value class is what records
 * hold instead. It copies on the way in and on the way out of {@link #toArray()}; {@link #get}
 * reads without copying.
 */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Copies {@code length} bytes of {@code src} from {@code offset}. */
    public static Bytes copyOf(byte[] src, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        return new Bytes(Arrays.copyOfRange(src, offset, offset + length));
    }

    public static Bytes copyOf(byte[] src) {
        return copyOf(src, 0, src.length);
    }

    public static Bytes ofHex(String hex) {
        return new Bytes(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    public int length() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    /** The unsigned byte at {@code index}. */
    public int get(int index) {
        return data[index] & 0xff;
    }

    /** Adds one to {@code counts[b]} for every byte {@code b} (unsigned). */
    public void countInto(long[] counts) {
        for (byte b : data) {
            counts[b & 0xff]++;
        }
    }

    /** The bytes as ISO-8859-1 text, one char per byte (for bytes known to be ASCII). */
    public String toLatin1String() {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public byte[] toArray() {
        return data.clone();
    }

    public Bytes slice(int offset, int length) {
        return copyOf(data, offset, length);
    }

    public String toHex() {
        return HexFormat.of().formatHex(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
