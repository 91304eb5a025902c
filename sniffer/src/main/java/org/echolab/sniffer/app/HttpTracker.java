package org.echolab.sniffer.app;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echolab.sniffer.analyze.StreamMap;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.Transport;

/**
 * Finds HTTP/1.x messages in TCP streams on any port and reassembles those that span several
 * segments, in one pass like tshark: a message's head and, when Content-Length (or chunked
 * encoding) says more follows, its body. Segments before the last become {@link AppLayer.HttpPart};
 * the segment that completes the message carries the {@link AppLayer.Http}. Responses pair with the
 * oldest unanswered request of their connection.
 *
 * <p>Retransmitted bytes (a relative sequence number below what this direction already sent) are
 * ignored. Messages above {@value #MAX_MESSAGE} bytes are not reassembled.
 */
final class HttpTracker {
    static final int MAX_BODY_KEPT = 64 * 1024;
    static final int MAX_MESSAGE = 4 * 1024 * 1024;
    /** Ports tshark decodes as HTTP without being told (a subset of its http.tcp.port default): 80 and 8080. */
    static boolean isHttpPort(int port) {
        return port == 80 || port == 8080;
    }
    private static final byte[] LAST_CHUNK = {'\r', '\n', '0', '\r', '\n', '\r', '\n'};

    private final StreamMap<Direction> directions = new StreamMap<>();
    private final Map<Integer, Deque<long[]>> openRequests = new HashMap<>();

    /** One direction of one TCP stream. */
    private static final class Direction {
        long nextSeq;
        int messages;
        Pending pending;
    }

    /** A message still waiting for bytes. */
    private static final class Pending {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Long> frames = new ArrayList<>();
        HttpParser.Head head;
    }

    AppLayer track(long frame, long nanos, Transport.Tcp t, TcpAnalysis a) {
        if (t.payload().isEmpty() || t.payload().length() < t.segmentLength()) {
            return null;
        }
        Direction dir = directions.computeIfAbsent(a.stream() * 2L + (a.fromInitiator() ? 1 : 0), Direction::new);
        if (a.relSeq() < dir.nextSeq) {
            return null;
        }
        dir.nextSeq = a.relSeq() + t.segmentLength();
        Pending p = dir.pending;
        if (p == null) {
            // The first bytes decide; most payloads are not HTTP and need not be copied whole.
            Bytes payload = t.payload();
            if (!HttpParser.looksLikeStart(payload)) {
                boolean httpConnection = isHttpPort(t.srcPort()) || isHttpPort(t.dstPort())
                        || !openRequests.isEmpty() && openRequests.containsKey(a.stream());
                return httpConnection ? new AppLayer.HttpContinuation(payload.length()) : null;
            }
            p = new Pending();
            dir.pending = p;
        }
        byte[] data = t.payload().toArray();
        p.bytes.writeBytes(data);
        p.frames.add(frame);
        AppLayer result = advance(p, frame, nanos, a.stream(), dir);
        if (!(result instanceof AppLayer.HttpPart) || p.bytes.size() > MAX_MESSAGE) {
            dir.pending = null;
        }
        return result;
    }

    void release(int stream) {
        directions.remove(stream * 2L);
        directions.remove(stream * 2L + 1);
        openRequests.remove(stream);
    }

    private AppLayer advance(Pending p, long frame, long nanos, int stream, Direction dir) {
        byte[] all = p.bytes.toByteArray();
        // tshark shows the start line on the message's first segment (once that line is whole) and on
        // the segment that completes the head; segments of the body show the TCP text.
        boolean first = p.frames.size() == 1;
        String firstLine = first ? HttpParser.firstLine(all) : null;
        boolean headNow = p.head == null;
        if (headNow) {
            int end = HttpParser.headEnd(all, all.length);
            if (end < 0) {
                return new AppLayer.HttpPart(firstLine, p.frames.get(0));
            }
            p.head = HttpParser.parse(all, end);
        }
        HttpParser.Head h = p.head;
        long wanted = h.contentLength();
        long bodyLength = all.length - h.length();
        boolean complete = wanted >= 0 ? bodyLength >= wanted
                : wanted == -2 || endsWithLastChunk(all, h.length());
        if (!complete) {
            return new AppLayer.HttpPart(first || headNow ? h.startLine() : null, p.frames.get(0));
        }
        long length = wanted >= 0 ? wanted : bodyLength;
        Bytes body = Bytes.copyOf(all, h.length(), (int) Math.min(length, MAX_BODY_KEPT));
        HttpMessage m = new HttpMessage(h.request(), h.startLine(), h.method(), h.target(), h.version(), h.status(),
                h.reason(), h.headers(), h.length(), body, length, p.frames);
        dir.messages++;
        Deque<long[]> open = openRequests.computeIfAbsent(stream, k -> new ArrayDeque<>());
        if (m.request()) {
            open.addLast(new long[] {frame, nanos});
            return new AppLayer.Http(m, 0, -1, dir.messages);
        }
        long[] req = open.pollFirst();
        return new AppLayer.Http(m, req != null ? req[0] : 0, req != null ? nanos - req[1] : -1, dir.messages);
    }

    private static boolean endsWithLastChunk(byte[] all, int bodyStart) {
        if (all.length - bodyStart == 3 && all[bodyStart] == '0') {
            return true;
        }
        return all.length - bodyStart >= LAST_CHUNK.length
                && Arrays.equals(all, all.length - LAST_CHUNK.length, all.length, LAST_CHUNK, 0, LAST_CHUNK.length);
    }
}
