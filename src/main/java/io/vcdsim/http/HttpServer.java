package io.vcdsim.http;

import io.vcdsim.core.ApiVersion;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.nio.file.Path;

/** Jetty with a plain HTTP and an HTTPS connector in front of the {@link ApiHandler}. */
public final class HttpServer {
    private final Server server;
    private final ServerConnector http;
    private final ServerConnector https;

    /**
     * @param httpPort  0 for any free port, negative to disable
     * @param httpsPort 0 for any free port, negative to disable
     */
    public HttpServer(String bind, int httpPort, int httpsPort, Path keystore, String keystorePassword) {
        QueuedThreadPool pool = new QueuedThreadPool(200, 8);
        pool.setName("http");
        server = new Server(pool);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(32 * 1024);
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
    }

    private ServerConnector connector(String bind, int port, org.eclipse.jetty.server.ConnectionFactory... factories) {
        ServerConnector c = new ServerConnector(server, 1, 1, factories);
        c.setHost(bind);
        c.setPort(port);
        c.setIdleTimeout(300_000); // pyvcloud keeps connections alive and never times out itself
        server.addConnector(c);
        return c;
    }

    public void start(ApiHandler handler) throws Exception {
        // on stop, requests in flight finish (up to the stop timeout) while new connections are refused
        server.setHandler(new GracefulHandler(handler));
        // Errors Jetty raises itself (a malformed URI, a bad header) leave as vCloud Error documents too.
        server.setErrorHandler((request, response, callback) -> {
            int status = response.getStatus() >= 400 ? response.getStatus() : 400;
            Throwable cause = (Throwable) request.getAttribute("org.eclipse.jetty.server.error_exception");
            HttpURI uri = request.getHttpURI();
            handler.sendError(uri == null ? null : uri.getPath(), new Negotiation(Format.XML, ApiVersion.LATEST),
                    status, status == 404 ? "RESOURCE_NOT_FOUND" : "BAD_REQUEST",
                    cause == null ? "The request is malformed." : cause.getMessage(), response, callback);
            return true;
        });
        server.start();
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
