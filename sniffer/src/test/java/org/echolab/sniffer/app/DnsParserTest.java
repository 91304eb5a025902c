package org.echolab.sniffer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** DNS messages from hex: the source lab's nate.com exchange, every record type, and malformed input. */
@Timeout(5)
class DnsParserTest {
    // 2b06 0100 0001 0000 0000 0000 | 04 nate 03 com 00 | A IN
    static final String NATE_QUERY = "2b06 0100 0001 0000 0000 0000 046e617465 03636f6d 00 0001 0001";
    // 2b06 8180, 2 answers, each c00c (pointer to "nate.com") A IN TTL 600 len 4
    static final String NATE_RESPONSE = "2b06 8180 0001 0002 0000 0000 046e617465 03636f6d 00 0001 0001"
            + " c00c 0001 0001 00000258 0004 78328470"
            + " c00c 0001 0001 00000258 0004 78328370";

    static DnsMessage parse(String hex) {
        return DnsParser.parse(HexFormat.of().parseHex(hex.replace(" ", "")), false);
    }

    @Test
    void queryShowsTransactionIdRecursionDesiredAndTheQuestion() {
        DnsMessage m = parse(NATE_QUERY);
        assertEquals(0x2b06, m.id());
        assertFalse(m.isResponse());
        assertTrue(m.has(DnsMessage.RD));
        assertEquals(0, m.opcode());
        assertEquals("nate.com", m.questions().get(0).name());
        assertNull(m.problem());
        assertEquals("Standard query 0x2b06 A nate.com", AppColumns.dns(m));
    }

    @Test
    void responseFollowsCompressionPointersToTwoARecordsWithTtl() {
        DnsMessage m = parse(NATE_RESPONSE);
        assertTrue(m.isResponse());
        assertTrue(m.has(DnsMessage.RA));
        assertEquals(2, m.answers().size());
        assertEquals("nate.com", m.answers().get(0).name());
        assertEquals(600, m.answers().get(0).ttl());
        assertEquals("120.50.132.112", m.answers().get(0).value());
        assertEquals("Standard query response 0x2b06 A nate.com A 120.50.132.112 A 120.50.131.112", AppColumns.dns(m));
    }

    @Test
    void everyRecordTypeRendersAsTsharkDoes() {
        String q = "00ff 8180 0001 0005 0001 0000 03777777 036c6162 046563686f 00 000f 0001";
        String cname = " c00c 0005 0001 0000003c 0002 c010";
        String mx = " c010 000f 0001 0000003c 0009 000a 046d61696c c010";
        String txt = " c010 0010 0001 0000003c 0006 0568656c6c6f";
        String aaaa = " c010 001c 0001 0000003c 0010 00000000000000000000000000000001";
        String ptr = " c010 000c 0001 0000003c 0002 c010";
        String soa = " c010 0006 0001 0000003c 0018 026e73c010 0561646d696ec010 00000001 00000002 00000003 00000004 00000005";
        DnsMessage m = parse(q + cname + mx + txt + aaaa + ptr + soa);
        assertNull(m.problem());
        assertEquals("Standard query response 0x00ff MX www.lab.echo CNAME lab.echo MX 10 mail.lab.echo TXT AAAA ::1"
                + " PTR lab.echo SOA ns.lab.echo", AppColumns.dns(m));
        assertEquals("hello", m.answers().get(2).value());
    }

    @Test
    void nxdomainNamesTheErrorInInfo() {
        DnsMessage m = parse("1234 8183 0001 0000 0000 0000 046e6f7065 046563686f 00 001c 0001");
        assertEquals(3, m.rcode());
        assertEquals("Standard query response 0x1234 No such name AAAA nope.echo", AppColumns.dns(m));
    }

    @Test
    void aPointerLoopIsMarkedAndParsingGoesOn() {
        DnsMessage m = parse("0bad 0100 0001 0000 0000 0000 c00c 0001 0001");
        assertEquals(DnsParser.LOOP_NAME, m.questions().get(0).name());
        assertTrue(m.isMalformed());
        assertFalse(m.isCutShort());
        assertEquals("Standard query 0x0bad A <Name contains a pointer that loops>", AppColumns.dns(m));
    }

    @Test
    void aTwoPointerCycleIsALoopToo() {
        // question name at 12 points to 14, which points back to 12
        DnsMessage m = parse("0bad 0100 0001 0000 0000 0000 c00e c00c 0001 0001");
        assertEquals(DnsParser.LOOP_NAME, m.questions().get(0).name());
    }

    @Test
    void aPointerPastTheEndIsMalformed() {
        DnsMessage m = parse("0bae 0100 0001 0000 0000 0000 03616263 c0ff 0001 0001");
        assertTrue(m.isCutShort());
        assertTrue(m.problem().contains("past the end"), m.problem());
        assertEquals("Standard query 0x0bae[Malformed Packet]", AppColumns.dns(m));
    }

    @Test
    void aTruncatedRecordKeepsWhatCameBefore() {
        String cut = NATE_RESPONSE.substring(0, NATE_RESPONSE.length() - 6);
        DnsMessage m = parse(cut);
        assertEquals(1, m.answers().size());
        assertTrue(m.problem().contains("RDATA"), m.problem());
        assertTrue(AppColumns.dns(m).endsWith("A 120.50.132.112 A[Malformed Packet]"), AppColumns.dns(m));
    }

    @Test
    void headerOnlyAndGarbageNeverThrow() {
        assertEquals(0, parse("2b06 0100 0000 0000 0000 0000").questions().size());
        assertTrue(parse("2b06 01").isMalformed());
        assertTrue(parse("ffff ffff ffff ffff ffff ffff ffff ffff").isMalformed());
        assertTrue(parse("").isMalformed());
    }

    @Test
    void aLabelTypeOtherThanPointerIsMalformed() {
        assertTrue(parse("0001 0100 0001 0000 0000 0000 4161 0001 0001").problem().contains("label type"));
    }
}
