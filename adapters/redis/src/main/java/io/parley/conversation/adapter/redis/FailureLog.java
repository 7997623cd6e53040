package io.parley.conversation.adapter.redis;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Warns about a repeated failure at most once per interval, with how many happened since the last warning: a Redis
 * outage fails every event, and one line per event would bury the log.
 */
final class FailureLog {

    private final Logger log;
    private final long intervalNanos;
    private long lastWarned;
    private long suppressed;
    private boolean warnedOnce;

    FailureLog(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    synchronized void failed(String what, @Nullable Throwable cause) {
        long now = System.nanoTime();
        if (warnedOnce && now - lastWarned < intervalNanos) {
            suppressed++;
            return;
        }
        String since = suppressed == 0 ? "" : "; " + suppressed + " more such failures since the last warning";
        if (cause == null) {
            log.warn("{}{}", what, since);
        } else {
            log.warn("{} ({}){}", what, cause.toString(), since);
            log.debug("Failure detail", cause);
        }
        warnedOnce = true;
        lastWarned = now;
        suppressed = 0;
    }

    /** The failures are over: say so once, so that the log shows when Redis came back. */
    synchronized void recovered(String what) {
        if (warnedOnce) {
            log.info("{}{}", what, suppressed == 0 ? "" : " (" + suppressed + " failures since the last warning)");
            warnedOnce = false;
            suppressed = 0;
        }
    }
}
