package io.parley.shared.adapter.rest;

import io.parley.shared.RateLimit;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.rate-limits}: how often the REST API may be called, per client address, visitor, agent and
 * workspace. Each limit is a capacity that may be used at once and refills evenly over its period. A request over a
 * limit gets 429 {@code request.rate-limited} with {@code Retry-After}. Requests are matched after their path is
 * normalised (case, repeated and trailing slashes, percent-encoding), so variants of a path count as the path.
 *
 * @param enabled          off, no HTTP request is rate-limited (sign-in throttling stays on)
 * @param anonymous        requests without a token, per client address: sign-in, widget sessions and settings,
 *                         avatars, the API document, and anything else called without {@code Authorization}
 * @param signIn           sign-in requests per client address, whatever their outcome
 * @param widgetSessions   visitor sessions started (or resumed) per client address
 * @param widgetKeySessions visitor sessions started (or resumed) per widget key, whoever asks
 * @param unauthenticated  requests answered 401 per client address; once used up, every API request from that
 *                         address is refused until it refills (token guessing)
 * @param visitor          visitor-token requests per visitor
 * @param visitorAddress   visitor-token requests per client address
 * @param conversations    conversations a visitor opens
 * @param workspaceConversations conversations visitors open in one workspace
 * @param messages         messages sent over REST per visitor or agent
 * @param addressMessages  messages sent over REST per client address
 * @param workspaceMessages messages sent over REST in one workspace
 * @param apiKey           requests to the API channel ({@code /api/v1/channel/...}) per API key
 */
@ConfigurationProperties("parley.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("300/1m") Limit anonymous,
        @DefaultValue("30/1m") Limit signIn,
        @DefaultValue("60/10m") Limit widgetSessions,
        @DefaultValue("3000/1m") Limit widgetKeySessions,
        @DefaultValue("60/1m") Limit unauthenticated,
        @DefaultValue("120/1m") Limit visitor,
        @DefaultValue("600/1m") Limit visitorAddress,
        @DefaultValue("10/1h") Limit conversations,
        @DefaultValue("600/1m") Limit workspaceConversations,
        @DefaultValue("30/1m") Limit messages,
        @DefaultValue("120/1m") Limit addressMessages,
        @DefaultValue("6000/1m") Limit workspaceMessages,
        @DefaultValue("1000/1m") Limit apiKey) {

    /** {@code capacity} requests at once, refilled evenly over {@code period}; written {@code 30/1m}. */
    public record Limit(long capacity, Duration period) {

        private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,12})\\s*/\\s*(\\S+)\\s*");

        /** Reads {@code <capacity>/<period>}, the period as Spring Boot reads durations ({@code 1m}, {@code 30s}). */
        public static Limit valueOf(String text) {
            Matcher form = FORM.matcher(text == null ? "" : text);
            if (!form.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a rate limit such as 30/1m (30 per minute)");
            }
            return new Limit(Long.parseLong(form.group(1)), DurationStyle.detectAndParse(form.group(2)));
        }

        public Limit {
            if (capacity < 1) {
                throw new IllegalArgumentException("a rate limit's capacity must be at least 1, was " + capacity);
            }
            if (period.toMillis() < 1) {
                throw new IllegalArgumentException("a rate limit's period must be at least 1ms, was " + period);
            }
        }

        public RateLimit toRateLimit() {
            return RateLimit.of(capacity, period);
        }

        @Override
        public String toString() {
            return capacity + "/" + period;
        }
    }
}
