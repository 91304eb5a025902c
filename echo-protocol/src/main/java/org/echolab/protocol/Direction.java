package org.echolab.protocol;

/** Which way a data record travels; its number is the first four bytes of the nonce. */
public enum Direction {
    /** Records the client sends. */
    CLIENT_TO_SERVER(Wire.DIRECTION_CLIENT_TO_SERVER),
    /** Records the server sends (the echoes). */
    SERVER_TO_CLIENT(Wire.DIRECTION_SERVER_TO_CLIENT);

    private final int number;

    Direction(int number) {
        this.number = number;
    }

    /** The value written on the wire. */
    public int number() {
        return number;
    }
}
