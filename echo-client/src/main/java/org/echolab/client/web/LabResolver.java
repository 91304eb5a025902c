package org.echolab.client.web;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.List;
import org.echolab.cli.UserException;
import org.echolab.protocol.LabDns;

/** Sends one DNS query for A records over UDP and reads the answer (one retry after a timeout). */
final class LabResolver {
    static final int TIMEOUT_MILLIS = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LabResolver() {
    }

    static List<LabDns.Address> resolve(String name, InetSocketAddress server) throws IOException {
        // A random transaction ID, as real resolvers use, makes forged answers harder to slip in.
        int id = RANDOM.nextInt(0x10000);
        byte[] query = LabDns.query(id, name);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] buf = new byte[512];
            for (int attempt = 0; attempt < 2; attempt++) {
                socket.send(new DatagramPacket(query, query.length, server));
                try {
                    while (true) {
                        DatagramPacket in = new DatagramPacket(buf, buf.length);
                        socket.receive(in);
                        if (in.getLength() >= 2 && ((buf[0] & 0xff) << 8 | (buf[1] & 0xff)) == id) {
                            return LabDns.rcode(buf) == 0 ? LabDns.addresses(buf, in.getLength()) : List.of();
                        }
                    }
                } catch (SocketTimeoutException e) {
                    continue;
                }
            }
        }
        throw new UserException("web.error.dnsTimeout", server.getAddress().getHostAddress() + ":" + server.getPort());
    }
}
