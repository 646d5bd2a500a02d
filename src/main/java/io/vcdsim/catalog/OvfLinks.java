package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Housekeeping;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.tasks.TaskEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * vApp templates uploaded by link ({@code UploadVAppTemplateParams sourceHref}): as vCD does, vcdsim fetches the OVF
 * descriptor from the URL and then each file it names into the spool, as if a client had PUT them. A URL that cannot
 * be read fails the upload task with the reason, and the template is left failed (status -1).
 * <p>
 * The server fetches what a tenant names, so it keeps to the link: files only next to the descriptor (same scheme,
 * host and port), no redirects, a deadline per file, a few fetches at a time, and no loopback, link-local or private
 * addresses unless vcdsim itself listens on loopback only (a laptop or CI, where the web server is local too).
 */
public final class OvfLinks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OvfLinks.class);
    static final int MAX_URL = 2048;
    static final Duration FILE_DEADLINE = Duration.ofMinutes(10);
    private static final int FETCHERS = 2;
    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;
    private final TemplateService templates;
    private final boolean privateHosts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService fetchers = Executors.newFixedThreadPool(FETCHERS,
            Housekeeping.daemonThreads("ovf-link"));
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Housekeeping.daemonThreads("ovf-link-deadline"));

    /** {@code privateHosts}: whether links may name loopback, link-local and private addresses. */
    public OvfLinks(Database db, TaskEngine engine, Spool spool, TemplateService templates, boolean privateHosts) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        this.templates = templates;
        this.privateHosts = privateHosts;
    }

    /** The link as a URL vcdsim fetches (absolute http or https, without user info), or 400 before anything is made. */
    public static URI check(String sourceHref) {
        if (sourceHref == null || sourceHref.isBlank() || sourceHref.length() > MAX_URL) {
            throw ApiException.badRequest("sourceHref must be the http(s) URL of an OVF descriptor, of at most "
                    + MAX_URL + " characters.");
        }
        try {
            URI uri = new URI(sourceHref.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null
                    || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new URISyntaxException(sourceHref, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("sourceHref is not an absolute http(s) URL without user information.");
        }
    }

    /** Fetches the template's OVF and files from {@code source} in the background; the upload task reports. */
    public void fetch(TemplateService.Started started, URI source) {
        try {
            fetchers.execute(() -> {
                try {
                    copy(started, source);
                } catch (RuntimeException | IOException e) {
                    fail(started, source, reason(e));
                } catch (InterruptedException e) {
                    fail(started, source, "vcdsim stopped before the files arrived");
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RejectedExecutionException e) {
            fail(started, source, "vcdsim is stopping");
        }
    }

    private void copy(TemplateService.Started started, URI source) throws IOException, InterruptedException {
        UUID templateId = started.template().id();
        try (InputStream descriptor = get(source)) {
            templates.descriptor(templateId, descriptor);
        }
        for (TransferFileRow file : db.read(tx -> tx.catalogItems().files(templateId))) {
            if (file.complete()) {
                continue; // the descriptor, kept as it arrived
            }
            URI uri = source.resolve(file.name());
            if (!sameOrigin(source, uri)) {
                throw new IOException("the OVF names " + file.name() + ", which is not next to the descriptor");
            }
            try (InputStream body = get(uri)) {
                spool.write(file.id(), 0, file.size(), body);
            }
            db.run(tx -> Transfers.arrived(tx, engine, file, file.size()));
        }
    }

    private InputStream get(URI uri) throws IOException, InterruptedException {
        requireAllowedHost(uri);
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = r.body();
        if (r.statusCode() != 200) {
            body.close();
            throw new IOException("GET " + uri.getPath() + " answered " + r.statusCode());
        }
        // a server that trickles its bytes gets the file's deadline, then the stream is closed under the reader
        ScheduledFuture<?> deadline = deadlines.schedule(() -> closeQuietly(body), FILE_DEADLINE.toSeconds(),
                TimeUnit.SECONDS);
        return new java.io.FilterInputStream(body) {
            @Override
            public void close() throws IOException {
                deadline.cancel(false);
                super.close();
            }
        };
    }

    private void requireAllowedHost(URI uri) throws IOException {
        if (privateHosts) {
            return;
        }
        for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
            if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress()) {
                throw new IOException("the host " + uri.getHost() + " is not one vcdsim fetches from (a private "
                        + "address)");
            }
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }

    /** What a client may read of a failure: the message, never a Java class or a stack. */
    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the server could not be reached" : m;
    }

    private void fail(TemplateService.Started started, URI source, String reason) {
        UUID templateId = started.template().id();
        log.info("upload of template {} from {} failed: {}", templateId, source.getHost(), reason);
        try {
            db.run(tx -> {
                TaskRow t = tx.tasks().lock(started.task().id()).orElse(null);
                if (t != null && !t.terminal()) {
                    engine.end(tx, t, TaskStatus.ERROR, new TaskRow.Failure(400, "BAD_REQUEST",
                            "Unable to upload the vApp template from " + source + ": " + reason));
                    tx.compute().templateStatus(templateId, -1, false);
                }
            });
        } catch (RuntimeException e) {
            log.warn("could not record the failed upload of template {}", templateId, e); // the store is closing
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // it is being abandoned anyway
        }
    }

    @Override
    public void close() {
        fetchers.shutdownNow();
        deadlines.shutdownNow();
    }
}
