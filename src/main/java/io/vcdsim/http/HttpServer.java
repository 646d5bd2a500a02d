package io.vcdsim.http;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Uninterruptible;
import io.vcdsim.metrics.Metrics;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.nio.file.Path;

/** Jetty with a plain HTTP and an HTTPS connector in front of the {@link ApiHandler}. */
public final class HttpServer {
    /** The request line and headers together; long query filters fit, a runaway client does not. */
    private static final int MAX_HEADER_BYTES = 32 * 1024;
    private final Server server;
    private final ServerConnector http;
    private final ServerConnector https;

    /**
     * @param httpPort  0 for any free port, negative to disable
     * @param httpsPort 0 for any free port, negative to disable
     */
    public HttpServer(String bind, int httpPort, int httpsPort, Path keystore, String keystorePassword,
                      Path accessLog) {
        QueuedThreadPool pool = new QueuedThreadPool(200, 8) {
            @Override
            public Thread newThread(Runnable work) {
                // Jetty interrupts the requests still running at its stop timeout: not while they are in the store
                return new Uninterruptible.Worker(work);
            }
        };
        pool.setName("http");
        server = new Server(pool);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(MAX_HEADER_BYTES);
        http = httpPort < 0 ? null : connector(bind, httpPort, new HttpConnectionFactory(config));
        if (httpsPort >= 0) {
            HttpConfiguration tls = new HttpConfiguration(config);
            SecureRequestCustomizer src = new SecureRequestCustomizer();
            src.setSniHostCheck(false); // clients reach a self-signed cell by IP or any name
            tls.addCustomizer(src);
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(keystore.toString());
            ssl.setKeyStorePassword(keystorePassword);
            https = connector(bind, httpsPort, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(tls));
        } else {
            https = null;
        }
        server.setStopTimeout(2000);
        if (accessLog != null) {
            server.setRequestLog(requestLog(accessLog));
        }
    }

    /**
     * Jetty's request log in the NCSA extended format, with the request id vcdsim answers with (to find a request in
     * the server log) and the time taken; to a file, or through the server log for "-". No header that carries a
     * token is in it.
     */
    private static CustomRequestLog requestLog(Path to) {
        RequestLog.Writer writer;
        if (to.toString().equals("-")) {
            writer = new Slf4jRequestLogWriter();
        } else {
            RequestLogWriter file = new RequestLogWriter(to.toString());
            file.setAppend(true);
            writer = file;
        }
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{" + ApiHandler.REQUEST_ID
                + "}o %{ms}Tms");
    }

    private ServerConnector connector(String bind, int port, org.eclipse.jetty.server.ConnectionFactory... factories) {
        ServerConnector c = new ServerConnector(server, 1, 1, factories);
        c.setHost(bind);
        c.setPort(port);
        c.setIdleTimeout(300_000); // pyvcloud keeps connections alive and never times out itself
        server.addConnector(c);
        return c;
    }

    public void start(ApiHandler handler, Metrics metrics) throws Exception {
        // on stop, requests in flight finish (up to the stop timeout) while new connections are refused
        server.setHandler(new GracefulHandler(new RequestMetrics(handler, metrics)));
        // Errors Jetty raises itself (a malformed URI, a bad header) leave as vCloud Error documents too.
        server.setErrorHandler((request, response, callback) -> {
            int status = response.getStatus() >= 400 ? response.getStatus() : 400;
            Throwable cause = (Throwable) request.getAttribute("org.eclipse.jetty.server.error_exception");
            if (cause instanceof HttpException || status == 414 || status == 431) {
                // Jetty closes a connection whose request it could not parse: say so, or a client that keeps
                // connections alive sends its next request into a closed socket
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            }
            HttpURI uri = request.getHttpURI();
            handler.sendError(uri == null ? null : uri.getPath(), new Negotiation(Format.XML, ApiVersion.LATEST),
                    status, status == 404 ? "RESOURCE_NOT_FOUND" : "BAD_REQUEST", message(status, cause), response,
                    callback);
            return true;
        });
        server.start();
    }

    /** What went wrong, in words: Jetty's own reason is often just the status ("414: null"). */
    private static String message(int status, Throwable cause) {
        return switch (status) {
            case 414 -> "The request URI is longer than this server reads (" + MAX_HEADER_BYTES / 1024
                    + " KiB with the request line).";
            case 431 -> "The request's headers are larger than this server reads (" + MAX_HEADER_BYTES / 1024
                    + " KiB).";
            default -> cause == null || cause.getMessage() == null || cause.getMessage().endsWith(": null")
                    ? "The request is malformed." : cause.getMessage();
        };
    }

    public void stop() throws Exception {
        server.stop();
    }

    public int httpPort() {
        return http == null ? -1 : http.getLocalPort();
    }

    public int httpsPort() {
        return https == null ? -1 : https.getLocalPort();
    }
}
