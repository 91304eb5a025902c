package org.echolab.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echolab.protocol.LabDns;
import org.echolab.server.ServerLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The web lab's DNS responder and HTTP server on loopback, port 0, over real sockets. */
@Timeout(20)
class WebLabTest {
    private WebLab lab;

    @BeforeEach
    void start() throws IOException {
        lab = WebLab.start(InetAddress.getLoopbackAddress(), 0, 0, ServerLog.discard());
    }

    @AfterEach
    void stop() throws IOException {
        lab.close();
    }

    @Test
    void labDomainResolvesToTwoLoopbackAddressesWithTtl() throws IOException {
        byte[] reply = ask(LabDns.query(0x2b06, "lab.echo"));
        assertEquals(0x2b, reply[0] & 0xff);
        assertEquals(0, LabDns.rcode(reply));
        List<LabDns.Address> a = LabDns.addresses(reply, reply.length);
        assertEquals(2, a.size());
        assertEquals("127.0.0.1", a.get(0).address().getHostAddress());
        assertEquals("127.0.0.2", a.get(1).address().getHostAddress());
        assertEquals(LabDnsResponder.TTL, a.get(0).ttl());
    }

    @Test
    void otherNamesGetNxdomainAndGarbageGetsNoAnswer() throws IOException {
        assertEquals(LabDns.RCODE_NXDOMAIN, LabDns.rcode(ask(LabDns.query(7, "nate.com"))));
        assertThrows(SocketTimeoutException.class, () -> ask(new byte[] {1, 2, 3}));
        assertEquals(0, LabDns.rcode(ask(LabDns.query(8, "LAB.echo"))), "the responder survives garbage");
    }

    @Test
    void keepAliveServesTwoRequestsOnOneConnectionAndWaitsForTheClient() throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(get("/", "keep-alive"));
            String first = readResponse(s.getInputStream());
            assertTrue(first.startsWith("HTTP/1.1 200 OK\r\n"), first);
            assertTrue(first.contains("Connection: keep-alive"), first);
            s.getOutputStream().write(get("/missing", "keep-alive"));
            assertTrue(readResponse(s.getInputStream()).startsWith("HTTP/1.1 404 Not Found\r\n"));
            s.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read(), "the server keeps it open");
        }
    }

    @Test
    void connectionCloseMakesTheServerCloseFirst() throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(get("/", "close"));
            String response = readResponse(s.getInputStream());
            assertTrue(response.contains("Connection: close"), response);
            assertEquals(-1, s.getInputStream().read(), "the server's FIN follows the response");
        }
    }

    @Test
    void bigPageIsAHundredKilobytes() throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(get("/big", "close"));
            String response = readResponse(s.getInputStream());
            assertTrue(response.contains("Content-Length: " + LabSite.BIG_SIZE + "\r\n"), response);
        }
    }

    private byte[] ask(byte[] query) throws IOException {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(1000);
            s.send(new DatagramPacket(query, query.length, new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    lab.dnsPort())));
            byte[] buf = new byte[512];
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            s.receive(in);
            return java.util.Arrays.copyOf(buf, in.getLength());
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), lab.httpPort());
        s.setSoTimeout(5000);
        return s;
    }

    private static byte[] get(String path, String connection) {
        return ("GET " + path + " HTTP/1.1\r\nHost: lab.echo\r\nConnection: " + connection + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The head plus exactly Content-Length body bytes. */
    private static String readResponse(InputStream in) throws IOException {
        String head = LabHttpServer.readHead(in);
        int at = head.indexOf("Content-Length: ");
        int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
        assertEquals(length, in.readNBytes(length).length);
        return head;
    }
}
