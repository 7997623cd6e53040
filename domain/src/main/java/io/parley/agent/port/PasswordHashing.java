package io.parley.agent.port;

import io.parley.agent.model.PasswordHash;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** A slow, salted password hash (bcrypt or Argon2), and token hashing for session lookup. */
@SecondaryPort
public interface PasswordHashing {

    PasswordHash hash(String rawPassword);

    boolean matches(String rawPassword, PasswordHash hash);

    /** A fresh random bearer token, and the fast one-way hash under which it is stored. */
    IssuedToken newToken();

    String hashToken(String token);

    record IssuedToken(String token, String hash) {}
}
