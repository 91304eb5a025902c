#!/usr/bin/env python3
"""Writes crafted.pcap: one loopback conversation (127.0.0.1:40200 -> 127.0.0.1:40201) whose
segments are arranged to trigger Wireshark's loss and window rules, which a healthy loopback
never shows: lost segment, duplicate ACKs with SACK, fast retransmission, out-of-order,
spurious retransmission, plain retransmission, ACKed unseen segment, zero window probe and
its ACK, window update, and an urgent segment. Frames are built byte by byte (Ethernet with
zero MACs, as tcpdump writes loopback) with valid checksums.
"""
import struct

ADDR = bytes([127, 0, 0, 1])
CPORT, SPORT = 40200, 40201
CISN, SISN = 0x10000000, 0x7FFFFF00
FIN, SYN, RST, PSH, ACK, URG = 1, 2, 4, 8, 16, 32


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def options(*opts):
    raw = b"".join(opts)
    return raw + b"\1" * ((4 - len(raw) % 4) % 4)


def mss(v):
    return struct.pack("!BBH", 2, 4, v)


def ws(shift):
    return struct.pack("!BBB", 3, 3, shift)


def sack_perm():
    return b"\4\2"


def ts(val, ecr):
    return struct.pack("!BBII", 8, 10, val, ecr)


def sack(left, right):
    return struct.pack("!BBII", 5, 10, left, right)


def frame(from_client, seq, ack, flags, win, length=0, opts=b"", urg=0):
    sport, dport = (CPORT, SPORT) if from_client else (SPORT, CPORT)
    payload = bytes((i * 7) & 0xFF for i in range(length))
    thl = 20 + len(opts)
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, (thl // 4) << 4,
                      flags, win, 0, urg) + opts + payload
    pseudo = ADDR + ADDR + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, ADDR, ADDR)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return b"\0" * 12 + b"\x08\x00" + ip + tcp


def c(rel_seq, rel_ack, flags=ACK, win=512, **kw):
    return frame(True, CISN + rel_seq, SISN + rel_ack, flags, win, **kw)


def s(rel_seq, rel_ack, flags=ACK, win=512, **kw):
    return frame(False, SISN + rel_seq, CISN + rel_ack, flags, win, **kw)


def script():
    """(microseconds since the previous frame, frame bytes, what tshark should say)."""
    return [
        (0, frame(True, CISN, 0, SYN, 64240, opts=options(mss(1460), sack_perm(), ts(1, 0), ws(7))), "SYN"),
        (100, frame(False, SISN, CISN + 1, SYN | ACK, 65160, opts=options(mss(1460), sack_perm(), ts(2, 1), ws(7))),
         "SYN-ACK"),
        (100, c(1, 1, opts=options(ts(3, 2))), "ACK; first RTT 200 us"),
        (1000, c(1, 1, PSH | ACK, length=100), "D1"),
        (10, c(201, 1, PSH | ACK, length=100), "D3: previous segment not captured"),
        (50, s(1, 101), "ACK D1"),
        (10, s(1, 101, opts=options(b"\1\1", sack(CISN + 201, CISN + 301))), "Dup ACK #1 with SACK"),
        (10, s(1, 101, opts=options(b"\1\1", sack(CISN + 201, CISN + 301))), "Dup ACK #2"),
        (100, c(101, 1, PSH | ACK, length=100), "D2: fast retransmission"),
        (50, s(1, 301), "ACK all"),
        (1000, c(401, 1, PSH | ACK, length=100), "D5: previous segment not captured"),
        (50, c(301, 1, PSH | ACK, length=100), "D4: out-of-order"),
        (50, s(1, 501), "ACK all"),
        (300000, c(301, 1, PSH | ACK, length=100), "D4 again: spurious retransmission"),
        (1000, c(501, 1, PSH | ACK, length=100), "D6"),
        (300000, c(501, 1, PSH | ACK, length=100), "D6 again: retransmission"),
        (50, s(1, 801), "ACKed unseen segment"),
        (50, c(801, 1, PSH | ACK, length=100), "D8: previous segment not captured"),
        (50, s(1, 901, win=0), "zero window"),
        (200000, c(901, 1, ACK, length=1), "zero window probe"),
        (50, s(1, 901, win=0), "zero window probe ACK"),
        (50000, s(1, 901, win=100), "window update"),
        (50, c(901, 1, PSH | ACK | URG, length=10, urg=10), "urgent data"),
        (50, s(1, 911, FIN | ACK), "server FIN"),
        (50, c(911, 2, FIN | ACK), "client FIN"),
        (50, s(2, 912), "last ACK"),
    ]


def main():
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)]
    t = 1_700_000_000 * 1_000_000
    for gap, data, _ in script():
        t += gap
        out.append(struct.pack("<IIII", t // 1_000_000, t % 1_000_000, len(data), len(data)) + data)
    with open("crafted.pcap", "wb") as f:
        f.write(b"".join(out))


if __name__ == "__main__":
    main()
