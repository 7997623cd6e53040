package io.parley.shared.adapter.http;

import io.parley.shared.DomainException;
import io.parley.shared.OutboundPolicy;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one HTTP client for calls to URLs that users gave. It follows no redirect (a 3xx is returned as the answer),
 * uses no proxy, and checks every address a host name resolves to against the {@link OutboundPolicy} each time it
 * opens a connection: a name that resolved to a public address when it was saved and resolves to an internal one now
 * is refused now. When any of a host's addresses is refused, the call is refused.
 */
@SecondaryAdapter
@Component
public class GuardedHttpClient implements DisposableBean {

    /** How much of a response body is kept; the rest is read and dropped. */
    public static final int MAX_RESPONSE_BYTES = 4096;

    private final OutboundPolicy policy;
    private final HostLookup lookup;
    private final HttpClient client;

    @Autowired
    public GuardedHttpClient(OutboundPolicy policy) {
        this(policy, HostLookup.SYSTEM);
    }

    public GuardedHttpClient(OutboundPolicy policy, HostLookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
        this.client = new HttpClient();
        client.setFollowRedirects(false);
        client.setSocketAddressResolver(new GuardedResolver());
        client.setConnectTimeout(10_000);
        client.setIdleTimeout(30_000);
        client.setUserAgentField(new org.eclipse.jetty.http.HttpField(HttpHeader.USER_AGENT, "Parley"));
        var threads = new VirtualThreadPool();
        threads.setName("outbound-http");
        client.setExecutor(threads);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("The outbound HTTP client did not start", e);
        }
    }

    /**
     * Checks a URL before it is saved: its form, and every address its host resolves to now. A host that does not
     * resolve now passes (it is checked again whenever a call connects).
     *
     * @throws DomainException {@code outbound.url-invalid} or {@code outbound.address-refused}
     */
    public URI checkTarget(String url) {
        URI uri = policy.checkUrl(url);
        String host = OutboundPolicy.host(uri);
        InetAddress[] addresses;
        try {
            addresses = lookup.lookUp(host);
        } catch (UnknownHostException e) {
            return uri;
        }
        for (InetAddress address : addresses) {
            policy.checkAddress(host, address);
        }
        return uri;
    }

    /**
     * POSTs {@code body} to {@code url} and waits at most {@code timeout} for the whole answer.
     *
     * @throws DomainException      when the URL's form is refused by the guard (nothing is sent)
     * @throws OutboundCallFailed   when no answer came: an address was refused, the host is unknown, the connection
     *                              failed or the call timed out
     */
    public OutboundResponse post(String url, Map<String, String> headers, String contentType, byte[] body,
                                 Duration timeout) throws OutboundCallFailed {
        URI uri = policy.checkUrl(url);
        var request = client.newRequest(uri).method(HttpMethod.POST).followRedirects(false)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .body(new BytesRequestContent(contentType, body));
        request.headers(fields -> headers.forEach(fields::put));
        var content = new ByteArrayOutputStream();
        request.onResponseContent((response, buffer) -> keep(content, buffer));
        var done = new CompletableFuture<Result>();
        long start = System.nanoTime();
        request.send(done::complete);
        Result result;
        try {
            result = done.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abort(e);
            throw new OutboundCallFailed("interrupted", false, false, e);
        } catch (ExecutionException | TimeoutException e) {
            request.abort(e);
            throw new OutboundCallFailed("no answer within " + timeout.toSeconds() + " s", false, true, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (result.isFailed()) {
            throw failure(result.getFailure(), timeout);
        }
        var response = result.getResponse();
        return new OutboundResponse(response.getStatus(), response.getHeaders().get(HttpHeader.RETRY_AFTER),
                content.toString(StandardCharsets.UTF_8), took);
    }

    private static void keep(ByteArrayOutputStream content, ByteBuffer buffer) {
        int room = MAX_RESPONSE_BYTES - content.size();
        if (room > 0) {
            byte[] bytes = new byte[Math.min(room, buffer.remaining())];
            buffer.get(bytes);
            content.write(bytes, 0, bytes.length);
        }
        buffer.position(buffer.limit());
    }

    private static OutboundCallFailed failure(Throwable failure, Duration timeout) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return new OutboundCallFailed(refusal.getMessage(), true, false, failure);
            }
            if (cause instanceof UnknownHostException) {
                return new OutboundCallFailed("unknown host: " + cause.getMessage(), false, false, failure);
            }
            if (cause instanceof TimeoutException) {
                return new OutboundCallFailed("no answer within " + timeout.toSeconds() + " s", false, true, failure);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new OutboundCallFailed("connection failed: " + message, false, false, failure);
    }

    @Override
    public void destroy() throws Exception {
        client.stop();
    }

    /** Resolves a host and lets the connection go ahead only when the guard permits every address. */
    private final class GuardedResolver implements SocketAddressResolver {

        private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

        @Override
        public void resolve(String host, int port, Map<String, Object> context,
                            Promise<List<InetSocketAddress>> promise) {
            executor.execute(() -> {
                try {
                    InetAddress[] addresses = lookup.lookUp(host);
                    List<InetSocketAddress> checked = new ArrayList<>();
                    for (InetAddress address : addresses) {
                        policy.checkAddress(host, address);
                        checked.add(new InetSocketAddress(address, port));
                    }
                    if (checked.isEmpty()) {
                        throw new UnknownHostException(host);
                    }
                    promise.succeeded(checked);
                } catch (Throwable e) {
                    promise.failed(e);
                }
            });
        }
    }
}
