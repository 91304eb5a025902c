package org.echolab.sniffer.decode;

import java.util.List;

/**
 * One TCP option, with its {@code offset} in the frame and its {@code length} in bytes
 * (1 for NOP and EOL). An option whose length byte is impossible, or that runs past the header,
 * becomes {@link Malformed} and ends option parsing, as tshark does.
 */
public sealed interface TcpOption {
    int KIND_EOL = 0;
    int KIND_NOP = 1;
    int KIND_MSS = 2;
    int KIND_WINDOW_SCALE = 3;
    int KIND_SACK_PERMITTED = 4;
    int KIND_SACK = 5;
    int KIND_TIMESTAMPS = 8;

    int offset();

    int length();

    int kind();

    record EndOfList(int offset, int length) implements TcpOption {
        @Override
        public int kind() {
            return KIND_EOL;
        }
    }

    record Nop(int offset, int length) implements TcpOption {
        @Override
        public int kind() {
            return KIND_NOP;
        }
    }

    record Mss(int offset, int length, int mss) implements TcpOption {
        @Override
        public int kind() {
            return KIND_MSS;
        }
    }

    /** Window scale: the shift count as sent (tshark reports multipliers of {@code 1 << shift}, capped at 14). */
    record WindowScale(int offset, int length, int shift) implements TcpOption {
        @Override
        public int kind() {
            return KIND_WINDOW_SCALE;
        }
    }

    record SackPermitted(int offset, int length) implements TcpOption {
        @Override
        public int kind() {
            return KIND_SACK_PERMITTED;
        }
    }

    /** SACK blocks as raw (absolute) left/right edges. */
    record Sack(int offset, int length, List<SackBlock> blocks) implements TcpOption {
        public Sack {
            blocks = List.copyOf(blocks);
        }

        @Override
        public int kind() {
            return KIND_SACK;
        }
    }

    record SackBlock(long left, long right) {
    }

    record Timestamps(int offset, int length, long tsval, long tsecr) implements TcpOption {
        @Override
        public int kind() {
            return KIND_TIMESTAMPS;
        }
    }

    /** A well-formed option the kit does not interpret. */
    record Unknown(int offset, int length, int kind, Bytes data) implements TcpOption {
    }

    /** An option that could not be parsed; {@code reason} is a message key argument (English, technical). */
    record Malformed(int offset, int length, int kind, String reason) implements TcpOption {
    }
}
