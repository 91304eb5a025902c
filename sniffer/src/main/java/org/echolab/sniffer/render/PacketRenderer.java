package org.echolab.sniffer.render;

import org.echolab.sniffer.Dissection;

/** Turns dissections into text on a writer: one call per packet, then the run's summary. */
public interface PacketRenderer {
    void packet(Dissection d);

    /** Called once at the end with the conversation summaries already rendered to text. */
    void summary(RunSummary summary);

    void flush();
}
