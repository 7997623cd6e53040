package io.parley.gateway.adapter.webui;

/**
 * The policies of the pages Parley serves. No 'unsafe-inline' and no 'unsafe-eval' anywhere: scripts and styles
 * come from Parley's own origin (Lit applies its styles as constructable style sheets, which CSP allows), and the
 * console's one inline script, its import map, is allowed by hash.
 */
final class ContentSecurityPolicy {

    private static final String BASE = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'";

    /** The style element in Swagger UI's logo (swagger-ui 5.32). */
    private static final String SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

    private ContentSecurityPolicy() {}

    /** The console may not be framed by anyone: clickjacking protection. */
    static String console(String importMapHash) {
        return BASE + "; script-src 'self' " + importMapHash + "; frame-ancestors 'none'";
    }

    /** The demo host page embeds the widget as any customer's page would. */
    static String demo() {
        return BASE + "; script-src 'self'; frame-ancestors 'self'";
    }

    /**
     * Swagger UI: its own scripts and styles only, talking to this origin, never framed. The one inline style it has,
     * in its logo, is allowed by hash.
     */
    static String swaggerUi() {
        return BASE.replace("style-src 'self'", "style-src 'self' " + SWAGGER_LOGO_STYLE)
                + "; script-src 'self'; frame-ancestors 'none'";
    }

    /**
     * Everything else (static files, API answers, errors): they never render as documents, but a policy costs nothing
     * if one is opened.
     */
    static String asset() {
        return "default-src 'none'; frame-ancestors 'none'; sandbox";
    }
}
