package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echolab.sniffer.decode.Bytes;

/**
 * Follows one direction of one secure-pair connection, segment by segment, and labels its bytes:
 *
 * <pre>
 * server → client:  'E' 'L' 'K' '1' | N (uint16) | N bytes DER public key   then records
 * client → server:  256 bytes RSA-OAEP(AES-256 key)                         then records
 * record:           L (uint32) | direction (uint32) | sequence (uint64) | ciphertext | tag (16)
 * </pre>
 *
 * The state is a handful of numbers: where the next byte should start (relative seq), how much of
 * the current key message or record is still to come, and up to 3 bytes of a length field that
 * a segment boundary cut. A gap in the stream or bytes that fit no layout end the labelling for
 * this direction ({@code lostSync}); later payloads are then classified by content only.
 */
final class KitDirection {
    private static final byte[] MAGIC = {'E', 'L', 'K', '1'};
    private static final int KEY_HEADER_SIZE = 6;
    private static final int MAX_KEY_LENGTH = 4096;
    private static final int WRAPPED_KEY_SIZE = 256;

    private final boolean fromClient;
    private long expectedSeq = -1;
    private boolean started;
    private boolean lostSync;
    private PayloadKind keyKind;
    private int keyLength = -1;
    private int remaining;
    private KitRecord current;
    private byte[] carry = new byte[0];
    private int nextIndex;

    KitDirection(boolean fromClient) {
        this.fromClient = fromClient;
    }

    /**
     * Labels the next payload of this direction.
     *
     * @param relSeq the segment's relative sequence number, -1 when unknown (no alignment check)
     * @param segmentLength tcp.len, which may exceed the captured payload
     */
    PayloadView accept(Bytes payload, int segmentLength, long relSeq, boolean full) {
        if (payload.isEmpty()) {
            return PayloadView.NONE;
        }
        if (relSeq >= 0 && expectedSeq >= 0 && relSeq != expectedSeq) {
            if (relSeq + segmentLength <= expectedSeq) {
                return PayloadView.ofContent(payload, full).resentCopy();
            }
            lostSync = true;
        }
        if (relSeq >= 0) {
            expectedSeq = relSeq + segmentLength;
        }
        if (lostSync) {
            return PayloadView.ofContent(payload, full);
        }
        PayloadView view = parse(payload, full);
        if (payload.length() < segmentLength) {
            lostSync = true;
        }
        return view;
    }

    private PayloadView parse(Bytes payload, boolean full) {
        byte[] data = concat(carry, payload.toArray());
        int base = carry.length;
        carry = new byte[0];
        int pos = 0;
        KitRecord.Part keyPart = null;
        if (keyKind != null && remaining > 0) {
            pos = takeKey(data.length);
            keyPart = remaining == 0 ? KitRecord.Part.END : KitRecord.Part.MIDDLE;
        } else if (!started) {
            started = true;
            keyPart = startKey(data, payload);
            pos = keyPart == null ? 0 : takeKey(data.length);
        }
        PayloadKind kind = keyKind;
        int thisKeyLength = keyLength;
        if (remaining == 0) {
            keyKind = null;
        }
        List<KitRecord> records = new ArrayList<>();
        while (pos < data.length && !lostSync) {
            pos = nextPiece(data, pos, base, records);
        }
        int unparsed = lostSync ? data.length - Math.max(pos, base) : 0;
        if (kind == null) {
            if (!records.isEmpty() || carry.length > 0) {
                kind = PayloadKind.KIT_RECORD;
            } else {
                return PayloadView.ofContent(payload, full);
            }
        }
        return PayloadView.ofKit(kind, payload, full, kind == PayloadKind.KIT_RECORD ? -1 : thisKeyLength,
                keyPart, records, unparsed, false);
    }

    /** Recognises the first message of the direction; sets {@code keyKind} and {@code remaining}. */
    private KitRecord.Part startKey(byte[] data, Bytes payload) {
        if (!fromClient && data.length >= KEY_HEADER_SIZE && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0,
                MAGIC.length)) {
            int n = u16(data, MAGIC.length);
            if (n < 1 || n > MAX_KEY_LENGTH) {
                return null;
            }
            keyKind = PayloadKind.KIT_PUBLIC_KEY;
            keyLength = n;
            remaining = KEY_HEADER_SIZE + n;
        } else if (fromClient && !isRecordHeader(data, 0) && !PayloadBytes.isReadableText(payload)) {
            keyKind = PayloadKind.KIT_WRAPPED_KEY;
            keyLength = WRAPPED_KEY_SIZE;
            remaining = WRAPPED_KEY_SIZE;
        } else {
            return null;
        }
        return remaining <= data.length ? KitRecord.Part.WHOLE : KitRecord.Part.START;
    }

    private int takeKey(int available) {
        int take = Math.min(remaining, available);
        remaining -= take;
        return take;
    }

    /** Labels the record piece at {@code pos}; returns where the next one starts. */
    private int nextPiece(byte[] data, int pos, int base, List<KitRecord> out) {
        int avail = data.length - pos;
        if (current != null) {
            int take = Math.min(remaining, avail);
            remaining -= take;
            KitRecord.Part part = remaining == 0 ? KitRecord.Part.END : KitRecord.Part.MIDDLE;
            out.add(new KitRecord(current.index(), fromClient, current.nonceSequence(), current.recordLength(),
                    pos - base, take, part));
            current = remaining == 0 ? null : current;
            return pos + take;
        }
        if (avail < KitRecord.LENGTH_SIZE) {
            carry = Arrays.copyOfRange(data, pos, data.length);
            return data.length;
        }
        if (!isRecordHeader(data, pos)) {
            lostSync = true;
            return pos;
        }
        int length = (int) u32(data, pos);
        long sequence = avail >= KitRecord.LENGTH_SIZE + KitRecord.NONCE_SIZE ? u64(data, pos + 8) : -1;
        int take = Math.min(KitRecord.LENGTH_SIZE + length, avail);
        int before = Math.max(0, base - pos);
        boolean whole = take == KitRecord.LENGTH_SIZE + length;
        KitRecord.Part part = before > 0 ? (whole ? KitRecord.Part.END : KitRecord.Part.MIDDLE)
                : whole ? KitRecord.Part.WHOLE : KitRecord.Part.START;
        KitRecord record = new KitRecord(nextIndex++, fromClient, sequence, length, Math.max(0, pos - base),
                take - before, part);
        out.add(record);
        remaining = KitRecord.LENGTH_SIZE + length - take;
        current = remaining > 0 ? record : null;
        return pos + take;
    }

    /** L within 28..65536 and, when present, the nonce's direction number matching this direction. */
    private boolean isRecordHeader(byte[] data, int pos) {
        int avail = data.length - pos;
        if (avail < KitRecord.LENGTH_SIZE) {
            return false;
        }
        long length = u32(data, pos);
        if (length < KitRecord.MIN_LENGTH || length > KitRecord.MAX_LENGTH) {
            return false;
        }
        return avail < 8 || u32(data, pos + 4) == (fromClient ? 1 : 2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int u16(byte[] d, int i) {
        return ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
    }

    private static long u32(byte[] d, int i) {
        return ((long) u16(d, i) << 16) | u16(d, i + 2);
    }

    private static long u64(byte[] d, int i) {
        return (u32(d, i) << 32) | u32(d, i + 4);
    }
}
