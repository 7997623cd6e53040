package io.parley.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An independent verifier of Standard Webhooks 1.0 signatures, written from the specification with javax.crypto. */
public final class StandardWebhooks {

    private StandardWebhooks() {}

    /** Whether one of the space-separated {@code v1,} signatures is the HMAC of id.timestamp.body under the secret. */
    public static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader)
            throws Exception {
        if (!secret.startsWith("whsec_")) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatureHeader.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
