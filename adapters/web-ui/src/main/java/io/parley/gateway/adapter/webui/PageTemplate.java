package io.parley.gateway.adapter.webui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.core.io.ClassPathResource;

/** A page read once from the classpath, and the CSP source that allows the one inline import map it may carry. */
final class PageTemplate {

    private PageTemplate() {}

    static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("web UI resource " + path + " is missing from the jar", e);
        }
    }

    /**
     * Browsers take import maps only inline; a hash lets exactly this one through without 'unsafe-inline'.
     */
    static String hashSource(String inlineScript) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inlineScript.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
