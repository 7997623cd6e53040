package io.parley.agent.application;

import io.parley.shared.Admission;
import io.parley.shared.ClientAddresses;
import io.parley.shared.RateLimit;
import io.parley.shared.port.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per (account, client address) and per client address, never per account alone: whoever
 * guesses at an account from their own address locks only themselves out of it, while its owner, from another
 * address, signs in as ever. An address is counted alike whether an account has it or not, so that lock-out tells
 * nothing about which addresses exist. Accounts are keyed by a hash of the address, which keeps e-mail addresses out
 * of a shared store.
 */
final class SignInThrottle {

    /** The outcome of counting a failure: {@code lockedNow} when this failure used up the client's last try. */
    record Failure(boolean lockedNow, Duration retryAfter) {}

    private final RateLimiter limiter;
    private final RateLimit perAccount;
    private final RateLimit perAddress;

    SignInThrottle(RateLimiter limiter, AgentProperties properties) {
        this.limiter = limiter;
        this.perAccount = RateLimit.of(properties.maxFailedSignIns(), properties.lockout());
        this.perAddress = RateLimit.of(properties.maxFailedSignInsPerAddress(), properties.lockout());
    }

    /** How long this client must wait before it may try this account again; empty when it may try now. */
    Optional<Duration> refusal(String account, String clientAddress) {
        Admission forAccount = limiter.probe(accountKey(account, clientAddress), perAccount);
        Admission forAddress = limiter.probe(addressKey(clientAddress), perAddress);
        if (forAccount.granted() && forAddress.granted()) {
            return Optional.empty();
        }
        Duration wait = forAccount.retryAfter().compareTo(forAddress.retryAfter()) > 0
                ? forAccount.retryAfter() : forAddress.retryAfter();
        return Optional.of(wait);
    }

    Failure failed(String account, String clientAddress) {
        String key = accountKey(account, clientAddress);
        limiter.tryTake(key, perAccount);
        limiter.tryTake(addressKey(clientAddress), perAddress);
        Admission next = limiter.probe(key, perAccount);
        return new Failure(!next.granted(), next.retryAfter());
    }

    void succeeded(String account, String clientAddress) {
        limiter.forget(accountKey(account, clientAddress), perAccount);
    }

    private static String accountKey(String account, String clientAddress) {
        return "sign-in.account:" + digest(account.strip().toLowerCase(Locale.ROOT)) + ":"
                + ClientAddresses.rateLimitKey(clientAddress);
    }

    private static String addressKey(String clientAddress) {
        return "sign-in.address:" + ClientAddresses.rateLimitKey(clientAddress);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
