package org.echolab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.echolab.protocol.PemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerKeysTest {
    @TempDir
    Path dir;

    @Test
    void firstStartCreatesAPrivateKeyOnlyTheOwnerCanRead() throws Exception {
        Path file = dir.resolve("home/server_key.pem");
        ServerKeys keys = ServerKeys.loadOrCreate(file);
        assertTrue(keys.created());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(dir.resolve("home/server_key.pub.pem"), keys.publicKeyFile());
        assertEquals(keys.keys().getPublic(), PemFiles.readPublicKey(keys.publicKeyFile()));
    }

    @Test
    void secondStartLoadsTheSameKey() throws Exception {
        Path file = dir.resolve("server_key.pem");
        ServerKeys first = ServerKeys.loadOrCreate(file);
        Files.delete(first.publicKeyFile());
        ServerKeys second = ServerKeys.loadOrCreate(file);
        assertFalse(second.created());
        assertEquals(first.keys().getPublic(), second.keys().getPublic());
        assertEquals(first.keys().getPublic(), PemFiles.readPublicKey(second.publicKeyFile()));
    }
}
