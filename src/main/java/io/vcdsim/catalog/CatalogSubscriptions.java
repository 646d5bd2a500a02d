package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.CatalogSubscriptionStore;
import io.vcdsim.store.CatalogSubscriptionStore.Subscription;
import io.vcdsim.store.Database;
import io.vcdsim.store.ExternalPublishingRow;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalogs subscribed to another catalog's external publication (ExternalCatalogSubscriptionParams in the AdminCatalog
 * that creates one; go-vcloud-director's CreateCatalogFromSubscription, Sync and LaunchSynchronisation…).
 * <p>
 * vcdsim publishes a catalog at {@code /vcsp/lib/{id}/} and subscribes to what it publishes itself: a Location on
 * this server naming a catalog published there, with its password. A Location on another server is refused as an
 * unreachable one is (vcdsim fetches no VCSP feed). The catalog is made at once and synchronised by a task: a sync
 * copies the publisher's ready items it lacks, ready at once (their bytes shared in the spool, not read again), drops
 * those the publisher no longer has and takes the names and descriptions the others have now. An item's own sync does
 * the last for that item. A subscribed catalog takes nothing else: no uploads, captures, copies or moves.
 * LocalCopy is kept and shown; vcdsim's copies are whole either way.
 */
public final class CatalogSubscriptions {
    /** The operation names go-vcloud-director looks for among the tasks of a catalog and of its items. */
    public static final String SYNC = "syncCatalog";
    public static final String SYNC_ITEM = "syncCatalogItem";
    private static final int MAX_LOCATION = 2048;
    private static final Pattern FEED = Pattern.compile("/vcsp/lib/([0-9a-fA-F-]{36})/?");
    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;
    private final CatalogService catalogs;

    /** What a subscription asks for: where, with which password, and whether to keep local copies. */
    public record Request(String location, String password, boolean localCopy) {
    }

    public CatalogSubscriptions(Database db, TaskEngine engine, Spool spool, CatalogService catalogs) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        this.catalogs = catalogs;
        engine.register(SYNC, (tx, task) -> sync(tx, task.ownerId()));
        engine.register(SYNC_ITEM, (tx, task) -> syncItem(tx, task.ownerId()));
    }

    /**
     * A catalog subscribed to the one {@code r} names, made at once with its creation task and a sync;
     * {@code baseUrl} is this server as the caller reaches it.
     */
    public CatalogService.Created subscribe(UUID orgId, String name, String description, CatalogService.Storage storage,
                                            Request r, String baseUrl, TaskEngine.Caller caller) {
        UUID source = publisher(r, baseUrl);
        return db.tx(tx -> {
            CatalogService.Created made = catalogs.create(tx, orgId, name, description, caller);
            CatalogService.keepOn(tx, made.catalog(), storage);
            store(tx).put(new Subscription(made.catalog().id(), r.location().trim(), source, r.password(),
                    r.localCopy()));
            TaskRow sync = engine.start(tx, syncSpec(made.catalog(), caller));
            return new CatalogService.Created(made.catalog(), List.of(made.tasks().get(0), sync));
        });
    }

    /**
     * A new subscription for a subscribed catalog (its subscribeToExternalCatalog action), synchronised at once; the
     * masked password keeps the one it has. Turned off, the catalog keeps its items as its own.
     */
    public void resubscribe(CatalogRow c, boolean subscribe, Request r, String baseUrl, TaskEngine.Caller caller) {
        Subscription now = db.read(tx -> store(tx).find(c.id())).orElseThrow(() -> notSubscribed(c));
        if (!subscribe) {
            db.run(tx -> store(tx).remove(c.id()));
            return;
        }
        String password = CatalogService.MASKED_PASSWORD.equals(r.password()) ? now.password() : r.password();
        Request wanted = new Request(r.location() == null ? now.location() : r.location(), password, r.localCopy());
        UUID source = publisher(wanted, baseUrl);
        if (source.equals(c.id())) {
            throw ApiException.badRequest("Catalog " + c.name() + " cannot subscribe to itself.");
        }
        db.run(tx -> {
            store(tx).put(new Subscription(c.id(), wanted.location().trim(), source, password, wanted.localCopy()));
            engine.start(tx, syncSpec(c, caller));
        });
    }

    /** {@code catalog/{id}/action/sync}: the task that synchronises a subscribed catalog. */
    public TaskRow sync(CatalogRow c, TaskEngine.Caller caller) {
        return db.tx(tx -> {
            store(tx).find(c.id()).orElseThrow(() -> notSubscribed(c));
            return engine.start(tx, syncSpec(c, caller));
        });
    }

    /** {@code catalogItem/{id}/action/sync}: the task that synchronises an item of a subscribed catalog. */
    public TaskRow sync(CatalogItemRow item, TaskEngine.Caller caller) {
        return db.tx(tx -> {
            store(tx).sourceOf(item.id()).orElseThrow(() -> ApiException.badRequest("Catalog item " + item.name()
                    + " is not in a subscribed catalog."));
            return engine.start(tx, new TaskEngine.Spec(SYNC_ITEM, "Synchronizing catalog item " + item.name(),
                    caller, ObjectRef.of(Kind.CATALOG_ITEM, item.id(), item.name()), false, null));
        });
    }

    /** The subscription of a catalog, if it is subscribed. */
    public static Optional<Subscription> of(Tx tx, UUID catalogId) {
        return store(tx).find(catalogId);
    }

    /**
     * A sync does not make its catalog busy: the first runs beside the creation task, and syncs asked for meanwhile
     * queue on the catalog's row instead of being refused.
     */
    private static TaskEngine.Spec syncSpec(CatalogRow c, TaskEngine.Caller caller) {
        return new TaskEngine.Spec(SYNC, "Synchronizing catalog " + c.name(), caller,
                ObjectRef.of(Kind.CATALOG, c.id(), c.name()), false, null);
    }

    /** The work of a catalog's sync; the publisher must still be published, with the password the subscription has. */
    private void sync(Tx tx, UUID catalogId) {
        CatalogRow target = tx.resources().lockCatalog(catalogId).orElseThrow(() ->
                ApiException.invalidReference("The catalog was deleted meanwhile."));
        Subscription s = store(tx).find(catalogId).orElseThrow(() -> notSubscribed(target));
        requirePublished(tx, s.sourceCatalogId(), s.password(), s.location());
        Map<UUID, UUID> mine = store(tx).itemsBySource(catalogId);
        List<CatalogItemRow> theirs = tx.catalogItems().inCatalog(s.sourceCatalogId());
        Set<UUID> still = new HashSet<>();
        theirs.forEach(i -> still.add(i.id()));
        // what the publisher dropped goes first, so that an item it made again under the same name finds room
        mine.forEach((source, item) -> {
            if (!still.contains(source)) {
                tx.catalogItems().find(item).ifPresent(i -> CatalogContent.remove(tx, i.entityId(), spool));
            }
        });
        for (CatalogItemRow item : theirs) {
            UUID copy = mine.get(item.id());
            if (copy != null) {
                refresh(tx, copy, item);
                continue;
            }
            List<TransferFileRow> files = tx.catalogItems().files(item.entityId());
            if (ready(tx, item, files)) {
                CatalogItemCloning.Copy made = CatalogItemCloning.copyInto(tx, engine, item, target, item.name(),
                        null, target.ownerId(), files, CatalogItemCloning.shareBytes(spool, files), true);
                store(tx).linkItem(made.itemId(), catalogId, item.id());
            }
        }
    }

    /** The work of an item's sync: its publisher's item, still there, gives it its name and description. */
    private void syncItem(Tx tx, UUID itemId) {
        CatalogItemRow item = tx.catalogItems().find(itemId).orElseThrow(() ->
                ApiException.invalidReference("The catalog item was deleted meanwhile."));
        Subscription s = store(tx).find(item.catalogId()).orElseThrow(() ->
                ApiException.badRequest("The catalog of " + item.name() + " is no longer subscribed."));
        requirePublished(tx, s.sourceCatalogId(), s.password(), s.location());
        UUID source = store(tx).sourceOf(itemId).orElseThrow();
        CatalogItemRow theirs = tx.catalogItems().find(source).filter(i -> i.catalogId().equals(s.sourceCatalogId()))
                .orElseThrow(() -> ApiException.invalidReference("The published catalog no longer has "
                        + item.name() + "; the catalog's next sync removes it."));
        refresh(tx, itemId, theirs);
    }

    private static void refresh(Tx tx, UUID copy, CatalogItemRow theirs) {
        tx.catalogItems().find(copy).filter(i -> !i.name().equals(theirs.name())
                || !Objects.equals(i.description(), theirs.description()))
                .ifPresent(i -> tx.catalogItems().rename(i.id(), theirs.name(), theirs.description()));
    }

    /** Whether the publisher's item is whole: its entity ready and every one of its files arrived. */
    private static boolean ready(Tx tx, CatalogItemRow item, List<TransferFileRow> files) {
        boolean entityReady = CatalogItemRow.TEMPLATE.equals(item.entityKind())
                ? tx.compute().template(item.entityId()).filter(t -> t.status() == 8).isPresent()
                : tx.catalogItems().media(item.entityId()).filter(m -> m.status() == MediaRow.READY).isPresent();
        return entityReady && files.stream().allMatch(TransferFileRow::complete);
    }

    /** The published catalog a subscription's Location names, checked before anything is made. */
    private UUID publisher(Request r, String baseUrl) {
        URI location = location(r.location());
        Lengths.atMost(r.password(), 256, "The Password");
        if (!sameServer(location, URI.create(baseUrl))) {
            throw invalidUrlOrPassword("vcdsim reaches no catalog at " + location.getHost() + ": it subscribes only "
                    + "to catalogs it publishes itself, at " + baseUrl + "/vcsp/lib/{id}/.");
        }
        Matcher m = FEED.matcher(location.getPath() == null ? "" : location.getPath());
        UUID id = m.matches() ? uuid(m.group(1)) : null;
        if (id == null) {
            throw notFound(location.getPath());
        }
        db.read(tx -> {
            requirePublished(tx, id, r.password(), r.location());
            return null;
        });
        return id;
    }

    private static void requirePublished(Tx tx, UUID catalogId, String password, String location) {
        ExternalPublishingRow p = tx.resources().externalPublishing(catalogId).orElseThrow(() ->
                notFound(location));
        if (p.password() != null && !p.password().isEmpty() && !sameSecret(p.password(), password)) {
            throw invalidUrlOrPassword("The password does not open the catalog published at " + location + ".");
        }
    }

    /** An absolute http(s) URL, or vCD's answer to one that is not. */
    private static URI location(String location) {
        if (location == null || location.isBlank() || location.length() > MAX_LOCATION) {
            throw unknownError("A subscription needs a Location: the http(s) URL of a published catalog, of at "
                    + "most " + MAX_LOCATION + " characters.");
        }
        try {
            URI uri = new URI(location.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new URISyntaxException(location, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw unknownError("The subscription Location " + location + " is not an absolute http(s) URL.");
        }
    }

    private static boolean sameServer(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameSecret(String stored, String given) {
        return given != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /*
     * The library's error code leads the message as it does in vCD's, where go-vcloud-director (which prints the
     * message, not the minorErrorCode) and its tests look for it.
     */
    private static ApiException invalidUrlOrPassword(String message) {
        return new ApiException(400, "INVALID_URL_OR_PASSWORD", "INVALID_URL_OR_PASSWORD: " + message);
    }

    private static ApiException notFound(Object where) {
        return new ApiException(404, "RESOURCE_NOT_FOUND", "RESOURCE_NOT_FOUND: no catalog is published at "
                + where + ".");
    }

    private static ApiException unknownError(String message) {
        return new ApiException(400, "UNKNOWN_ERROR", "UNKNOWN_ERROR: " + message);
    }

    private static ApiException notSubscribed(CatalogRow c) {
        return ApiException.badRequest("Catalog " + c.name() + " is not subscribed to an external catalog.");
    }

    private static CatalogSubscriptionStore store(Tx tx) {
        return tx.store(CatalogSubscriptionStore::new);
    }
}
