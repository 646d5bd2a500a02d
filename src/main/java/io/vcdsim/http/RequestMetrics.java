package io.vcdsim.http;

import io.vcdsim.metrics.Metrics;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.time.Duration;

/**
 * Counts every answered request by the route template it matched (so that ids do not make a metric of their
 * own), method and status, with how long it took; a request no route matched counts as {@code unmatched}.
 */
final class RequestMetrics extends Handler.Wrapper {
    private static final String ROUTE = "io.vcdsim.route";
    /** The methods counted by name; any other token a client sends counts as OTHER, or each would be a series. */
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "PUT", "POST", "DELETE", "HEAD",
            "OPTIONS", "PATCH");
    private final Metrics metrics;

    RequestMetrics(Handler next, Metrics metrics) {
        super(next);
        this.metrics = metrics;
    }

    /** Names what the request was routed to, for its metric. */
    static void route(Request request, String route) {
        request.setAttribute(ROUTE, route);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        Runnable record = () -> metrics.request(request.getAttribute(ROUTE) instanceof String r ? r : "unmatched",
                METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER", response.getStatus(),
                Duration.ofNanos(System.nanoTime() - start));
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record.run();
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                record.run();
                super.failed(x);
            }
        });
    }
}
