package io.parley.shared.adapter.http;

/**
 * An outbound call that got no answer: the guard refused the address ({@link #refused()}), the host is unknown, the
 * connection failed, or the call timed out.
 */
public class OutboundCallFailed extends Exception {

    private final boolean refused;
    private final boolean timedOut;

    OutboundCallFailed(String message, boolean refused, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.refused = refused;
        this.timedOut = timedOut;
    }

    /** The guard refused every address, or one of them: nothing was sent. */
    public boolean refused() {
        return refused;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
