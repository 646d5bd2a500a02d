package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.tasks.TaskEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * vApp templates uploaded by link ({@code UploadVAppTemplateParams sourceHref}): as vCD does, vcdsim fetches the OVF
 * descriptor from the URL and then each file it names, next to it, into the spool, as if a client had PUT them. A
 * URL that cannot be read fails the upload task with the reason, and the template is left failed (status -1).
 */
public final class OvfLinks {
    private static final Logger log = LoggerFactory.getLogger(OvfLinks.class);
    static final int MAX_URL = 2048;
    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;
    private final TemplateService templates;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public OvfLinks(Database db, TaskEngine engine, Spool spool, TemplateService templates) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        this.templates = templates;
    }

    /** The link as a URL vcdsim can fetch (http or https, absolute), or 400 before anything is made. */
    public static URI check(String sourceHref) {
        if (sourceHref == null || sourceHref.isBlank() || sourceHref.length() > MAX_URL) {
            throw ApiException.badRequest("sourceHref must be the http(s) URL of an OVF descriptor, of at most "
                    + MAX_URL + " characters.");
        }
        try {
            URI uri = new URI(sourceHref.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new URISyntaxException(sourceHref, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("sourceHref '" + sourceHref + "' is not an absolute http(s) URL.");
        }
    }

    /** Fetches the template's OVF and files from {@code source} in the background; the upload task reports. */
    public void fetch(TemplateService.Started started, URI source) {
        Thread fetcher = new Thread(() -> {
            try {
                copy(started, source);
            } catch (RuntimeException | IOException e) {
                fail(started.task().id(), started.template().id(), source, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ovf-link-" + started.template().id());
        fetcher.setDaemon(true); // a fetch cut short by a stop is the upload a restart leaves running, as for a client's
        fetcher.start();
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
            try (InputStream body = get(source.resolve(file.name()))) {
                spool.write(file.id(), 0, file.size(), body);
            }
            db.run(tx -> Transfers.arrived(tx, engine, file, file.size()));
        }
    }

    private InputStream get(URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new IOException("GET " + uri + " answered " + r.statusCode());
        }
        return r.body();
    }

    private void fail(UUID taskId, UUID templateId, URI source, Exception e) {
        String reason = e instanceof ApiException a ? a.getMessage() : e.toString();
        log.info("upload of template {} from {} failed: {}", templateId, source, reason);
        db.run(tx -> {
            TaskRow t = tx.tasks().lock(taskId).orElse(null);
            if (t != null && !t.terminal()) {
                engine.end(tx, t, TaskStatus.ERROR, new TaskRow.Failure(400, "BAD_REQUEST",
                        "Unable to upload the vApp template from " + source + ": " + reason));
                tx.compute().templateStatus(templateId, -1, false);
            }
        });
    }
}
