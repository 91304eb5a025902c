package org.echolab.sniffer.app;

/** Names of DNS types, classes, opcodes and rcodes, as Wireshark prints them (IANA DNS parameters). */
public final class DnsTypes {
    public static final int A = 1;
    public static final int NS = 2;
    public static final int CNAME = 5;
    public static final int SOA = 6;
    public static final int PTR = 12;
    public static final int MX = 15;
    public static final int TXT = 16;
    public static final int AAAA = 28;
    public static final int OPT = 41;

    private DnsTypes() {
    }

    /** The mnemonic (A, AAAA …); unknown types as {@code Unknown (n)}. */
    public static String type(int type) {
        return switch (type) {
            case A -> "A";
            case NS -> "NS";
            case CNAME -> "CNAME";
            case SOA -> "SOA";
            case PTR -> "PTR";
            case MX -> "MX";
            case TXT -> "TXT";
            case AAAA -> "AAAA";
            case 33 -> "SRV";
            case OPT -> "OPT";
            case 64 -> "SVCB";
            case 65 -> "HTTPS";
            case 255 -> "ANY";
            default -> "Unknown (" + type + ")";
        };
    }

    public static String dnsClass(int cls) {
        return switch (cls & 0x7fff) {
            case 1 -> "IN";
            case 3 -> "CH";
            case 4 -> "HS";
            case 255 -> "ANY";
            default -> "0x" + Integer.toHexString(cls);
        };
    }

    /** The Info column's words for an opcode ("Standard query"). */
    public static String opcode(int opcode) {
        return switch (opcode) {
            case 0 -> "Standard query";
            case 1 -> "Inverse query";
            case 2 -> "Server status request";
            case 4 -> "Zone change notification";
            case 5 -> "Dynamic update";
            default -> "Unknown operation (" + opcode + ")";
        };
    }

    /** The Info column's words for a non-zero rcode ("No such name"). */
    public static String rcode(int rcode) {
        return switch (rcode) {
            case 0 -> "No error";
            case 1 -> "Format error";
            case 2 -> "Server failure";
            case 3 -> "No such name";
            case 4 -> "Not implemented";
            case 5 -> "Refused";
            default -> "Unknown error (" + rcode + ")";
        };
    }
}
