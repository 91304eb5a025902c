package org.echolab.sniffer.capture;

import java.util.List;

/** A capture device as {@code sniffer interfaces} lists it. */
public record InterfaceInfo(int index, String name, String description, boolean loopback, boolean up,
        List<String> addresses) {
    public InterfaceInfo {
        addresses = List.copyOf(addresses);
    }
}
