package org.echolab.sniffer.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echolab.cli.ExitCodes;

/**
 * Finds libpcap before pcap4j first touches it, so a missing library becomes one clear message
 * instead of an {@link UnsatisfiedLinkError} deep inside JNA.
 */
final class Libpcap {
    private static final String LIB_NAME_PROPERTY = "org.pcap4j.core.pcapLibName";
    private static final String[] LINUX_DIRS = {
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu",
    };
    private static volatile boolean checked;

    private Libpcap() {
    }

    /** Points pcap4j at the installed libpcap (Debian ships only {@code libpcap.so.0.8} without -dev). */
    static void ensureLoadable() {
        if (checked) {
            return;
        }
        if (System.getProperty(LIB_NAME_PROPERTY) == null && isLinux()) {
            for (String dir : LINUX_DIRS) {
                for (String name : new String[] {"libpcap.so", "libpcap.so.1", "libpcap.so.0.8"}) {
                    Path p = Path.of(dir, name);
                    if (Files.exists(p)) {
                        System.setProperty(LIB_NAME_PROPERTY, p.toString());
                        checked = probe();
                        return;
                    }
                }
            }
        }
        checked = probe();
    }

    private static boolean probe() {
        try {
            org.pcap4j.core.Pcaps.libVersion();
            return true;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw new CaptureException(ExitCodes.NO_LIBPCAP, installHintKey());
        }
    }

    static String installHintKey() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            return "capture.error.noLibpcap.windows";
        }
        if (os.contains("mac")) {
            return "capture.error.noLibpcap.mac";
        }
        return "capture.error.noLibpcap.linux";
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    static String permissionHintKey() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            return "capture.error.permission.windows";
        }
        if (os.contains("mac")) {
            return "capture.error.permission.mac";
        }
        return "capture.error.permission.linux";
    }
}
