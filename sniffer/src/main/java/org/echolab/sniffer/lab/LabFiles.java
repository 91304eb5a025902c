package org.echolab.sniffer.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.UserException;
import org.echolab.sniffer.capture.CaptureException;

/** File access for the lab commands, with the kit's one-line errors instead of exceptions. */
final class LabFiles {
    /** The file-reading errors, whose own messages promise packets "shown above". */
    private static final java.util.Set<String> UNREADABLE = java.util.Set.of("capture.error.badFile",
            "capture.error.truncatedFile", "capture.error.notCapture", "capture.error.truncatedHeader",
            "capture.error.truncated", "capture.error.damaged", "capture.error.badInterface");

    private LabFiles() {
    }

    /** A kit capture, or a one-line error (not a pcap, no kit conversation in it). */
    static LabCapture kitCapture(Path file) {
        LabCapture capture;
        try {
            capture = LabCapture.read(file);
        } catch (CaptureException e) {
            // The reader's own message promises packets "shown above", which a worksheet never shows.
            throw UNREADABLE.contains(e.key()) ? new UserException("lab.error.badCapture", file) : e;
        }
        if (!capture.isKitCapture()) {
            throw new UserException("lab.error.notKitCapture", file);
        }
        return capture;
    }

    static List<String> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("capture.error.noSuchFile", file);
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("lab.error.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(ExitCodes.FAILURE, "capture.error.cannotWrite", file, String.valueOf(e.getMessage()));
        }
    }
}
