package io.parley.visitor.port;

import io.parley.visitor.VisitorClaims;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Signs and checks visitor tokens. A token that was altered, is malformed or has expired verifies to empty. */
@SecondaryPort
public interface VisitorTokens {

    String sign(VisitorClaims claims);

    Optional<VisitorClaims> verify(String token, Instant now);
}
