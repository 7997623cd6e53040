package io.parley.webui;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's website on its own origin (localhost on another port, while Parley answers on 127.0.0.1): each page
 * embeds the widget with the one-line snippet.
 */
final class HostSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    HostSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** A page with the given (already escaped) title that embeds the widget; answers its URL. */
    String page(String path, String titleHtml, String parley, String widgetKey, String extraAttributes) {
        pages.put(path, "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + titleHtml + "</title>"
                + "<style>body{font:16px serif;background:#fafafa} div{color:red!important}</style></head>"
                + "<body><h1>Shop</h1><p>Products and prices.</p>"
                + "<script src=\"" + parley + "/widget.js\" data-parley=\"" + widgetKey + "\" " + extraAttributes
                + " async></script></body></html>");
        return origin() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
