package org.echolab.sniffer.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A capture file read in pure Java, without a native call per frame: the base of the classic
 * pcap and the pcapng readers. Damage in the file ends the stream with one
 * {@link CaptureException}; the frames returned before it stay valid.
 */
abstract class SavefileSource implements FrameSource {
    /** libpcap's MAXIMUM_SNAPLEN: a record claiming more than this is damage, not a frame. */
    static final int MAX_FRAME_BYTES = 262_144;

    final SavefileInput in;
    final String name;
    private long frames;
    private volatile boolean stopped;

    SavefileSource(SavefileInput in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Opens {@code file} as classic pcap or pcapng, whichever its first four bytes say. */
    static FrameSource open(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file);
        } catch (IOException e) {
            throw new CaptureException("capture.error.unreadableFile", file);
        }
        return open(new SavefileInput(channel), file.toString());
    }

    /** Reads a capture from {@code stream}, named {@code name} in messages; closes the stream when it fails. */
    static FrameSource open(InputStream stream, String name) {
        return open(new SavefileInput(stream), name);
    }

    private static FrameSource open(SavefileInput in, String name) {
        byte[] magic = new byte[4];
        try {
            if (!in.read(magic, 0, 4)) {
                throw new CaptureException("capture.error.notCapture", name, "(empty)");
            }
            if (PcapngFileSource.isPcapng(magic)) {
                return new PcapngFileSource(in, name, magic);
            }
            if (PcapFileSource.isPcap(magic)) {
                return new PcapFileSource(in, name, magic);
            }
            throw new CaptureException("capture.error.notCapture", name, hex(magic));
        } catch (SavefileInput.Truncated e) {
            in.close();
            throw new CaptureException("capture.error.truncatedHeader", name);
        } catch (UncheckedIOException e) {
            in.close();
            throw new CaptureException("capture.error.badFile", name, e.getCause().getMessage());
        } catch (CaptureException e) {
            in.close();
            throw e;
        }
    }

    /** Reads the next frame; null at a clean end of file. */
    abstract RawFrame readFrame() throws SavefileInput.Truncated;

    @Override
    public final RawFrame next() {
        if (stopped) {
            return null;
        }
        try {
            RawFrame f = readFrame();
            if (f != null) {
                frames++;
            }
            return f;
        } catch (SavefileInput.Truncated e) {
            throw new CaptureException("capture.error.truncated", name, Long.toString(frames + 1));
        } catch (UncheckedIOException e) {
            throw new CaptureException("capture.error.badFile", name, e.getCause().getMessage());
        }
    }

    /** Frames returned so far. */
    final long frames() {
        return frames;
    }

    /** A record that cannot be right (a length beyond any capture); ends the file. */
    final CaptureException damaged(long length) {
        return new CaptureException("capture.error.damaged", name, Long.toString(frames + 1), Long.toString(length));
    }

    @Override
    public final void stop() {
        stopped = true;
    }

    @Override
    public final CaptureStats stats() {
        return null;
    }

    @Override
    public final void close() {
        in.close();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder("0x");
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    static int int32(byte[] b, int off, boolean bigEndian) {
        return bigEndian
                ? (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff)
                : (b[off + 3] & 0xff) << 24 | (b[off + 2] & 0xff) << 16 | (b[off + 1] & 0xff) << 8 | (b[off] & 0xff);
    }

    static int uint16(byte[] b, int off, boolean bigEndian) {
        return bigEndian ? (b[off] & 0xff) << 8 | (b[off + 1] & 0xff) : (b[off + 1] & 0xff) << 8 | (b[off] & 0xff);
    }
}
