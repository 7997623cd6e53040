package io.parley.agent.adapter.security;

import io.parley.agent.model.PasswordHash;
import io.parley.agent.port.PasswordHashing;
import io.parley.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords under bcrypt; console tokens as 256 random bits, stored only as their SHA-256. A token is already
 * high-entropy, so a fast hash is enough to make a leaked session table useless, and lets sign-in look it up by hash.
 */
@SecondaryAdapter
@Component
@EnableConfigurationProperties(AgentSecurityProperties.class)
class BCryptPasswordHashing implements PasswordHashing {

    static final String TOKEN_PREFIX = "pt_";
    /** bcrypt reads only the first 72 bytes; longer passwords would silently share a hash. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final int TOKEN_BYTES = 32;

    private final BCryptPasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    BCryptPasswordHashing(AgentSecurityProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.bcryptStrength(), random);
    }

    @Override
    public PasswordHash hash(String rawPassword) {
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("agent.password-too-long",
                    "a password can have at most " + MAX_PASSWORD_BYTES + " bytes; choose a shorter pass phrase");
        }
        return new PasswordHash(encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false; // could never have been stored by hash()
        }
        try {
            return encoder.matches(rawPassword, hash.value());
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    @Override
    public IssuedToken newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(token, hashToken(token));
    }

    @Override
    public String hashToken(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
