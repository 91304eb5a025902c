package org.echolab.cli;

/**
 * A message argument that writes its text as UTF-8 itself, so a long or derived text (a quoted
 * payload) need not become a String when it is only printed. {@link #toString()} must return
 * the same text: that is what {@link java.text.MessageFormat} and {@link MessageTemplate#format}
 * insert for it, and {@link #appendTo} must append exactly its UTF-8 bytes.
 */
public interface Utf8Text {
    /** Appends this text, UTF-8 encoded, to {@code out}. */
    void appendTo(Utf8Buffer out);
}
