package org.echolab.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;
import org.echolab.cli.UserException;
import org.echolab.protocol.Fingerprint;

/**
 * Trust on first use, as {@code ssh} does: the first key a server shows is remembered in a
 * text file, one {@code host:port SHA256:…} line per server; a different key later is refused.
 */
final class KnownServers implements ServerKeyCheck {
    private final Path file;

    KnownServers(Path file) {
        this.file = file;
    }

    @Override
    public void check(String address, PublicKey key, Notices notices) throws IOException {
        String actual = Fingerprint.of(key);
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length >= 2 && fields[0].equals(address)) {
                if (!fields[1].equals(actual)) {
                    throw new UserException("client.error.keyChanged", address, fields[1], file,
                            Integer.toString(i + 1), actual);
                }
                notices.notice("client.key.known", actual, file);
                return;
            }
        }
        remember(address, actual);
        notices.notice("client.key.new", actual, file);
    }

    private void remember(String address, String fingerprint) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, address + " " + fingerprint + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
