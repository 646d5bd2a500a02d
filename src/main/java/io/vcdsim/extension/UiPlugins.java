package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UiPluginStore;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * UI plugins ({@code /cloudapi/extensions/ui}) as go-vcloud-director's ui_plugin.go makes them: the metadata is
 * registered first (status "unavailable"), then the zip is uploaded through a transfer URL ({@link UiPluginUploads}),
 * and the plugin is "ready" once a zip whose manifest.json names the same vendor, name and version arrived. A
 * system administrator registers, changes, publishes and deletes them; a tenant sees those enabled, tenant scoped and
 * published to its org.
 */
public final class UiPlugins {
    static final int MAX_TEXT = 256;
    static final int MAX_VERSION = 128;
    static final int MAX_LONG_TEXT = 4096;
    static final int MAX_LINK = 2048;
    private final Database db;
    private final Clock clock;

    public UiPlugins(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A plugin's metadata as go-vcloud-director's UIPluginMetadata sends it; a flag left out is false. */
    public record Metadata(String vendor, String pluginName, String version, String license, String link,
                           String description, boolean providerScoped, boolean tenantScoped, boolean enabled) {
    }

    static UiPluginStore store(Tx tx) {
        return tx.store(UiPluginStore::new);
    }

    /** Every plugin for a system administrator; a tenant's org's published, enabled, tenant-scoped ones otherwise. */
    public List<UiPluginStore.Row> list(Principal p) {
        return db.read(tx -> p.isSystemAdmin() ? store(tx).all() : store(tx).publishedTo(p.orgId()));
    }

    /**
     * The plugin, if the caller may see it; else 403, the cloudapi's answer for what is missing or hidden, which
     * go-vcloud-director reads as not found. (vCD itself answers a 500 naming a NullPointerException here, a bug
     * the client works around by saying "could not find any UI plugin with ID", which its Test_UIPlugin looks for in
     * the error and vcdsim's message says; vcdsim answers no 500 for bad input.)
     */
    public UiPluginStore.Row get(Principal p, UUID id) {
        return db.read(tx -> visible(tx, p, id)).orElseThrow(() -> ApiException.forbidden("could not find any UI "
                + "plugin with ID '" + Kind.UI_PLUGIN.urn(id) + "': none exists, or it is not published to the "
                + "caller's organization."));
    }

    private static java.util.Optional<UiPluginStore.Row> visible(Tx tx, Principal p, UUID id) {
        return store(tx).find(id).filter(r -> p.isSystemAdmin() || store(tx).publishedTo(p.orgId()).contains(r));
    }

    /** A system administrator's plugin, locked for a change; 404 when there is none. */
    static UiPluginStore.Row locked(Tx tx, Principal p, UUID id) {
        p.requireSystemAdmin();
        return store(tx).lock(id).orElseThrow(() -> ApiException.notFound("No UI plugin " + Kind.UI_PLUGIN.urn(id)
                + " exists."));
    }

    public UiPluginStore.Row create(Principal p, Metadata m) {
        p.requireSystemAdmin();
        checked(m);
        UiPluginStore.Row row = new UiPluginStore.Row(UUID.randomUUID(), m.vendor(), m.pluginName(), m.version(),
                m.license(), m.link(), m.description(), m.providerScoped(), m.tenantScoped(), m.enabled(),
                "unavailable", null, null, null, clock.instant());
        return db.tx(tx -> {
            if (store(tx).identityTaken(m.vendor(), m.pluginName(), m.version())) {
                throw ApiException.duplicateName("A UI plugin with the same pluginName-version-vendor ("
                        + m.pluginName() + "-" + m.version() + "-" + m.vendor() + ") exists already.");
            }
            store(tx).save(row);
            return row;
        });
    }

    /**
     * The plugin's descriptive fields, scopes and enabled flag as sent. Its vendor, name and version, which its zip
     * bears, stay: one left out is kept, a different one is a 400.
     */
    public UiPluginStore.Row update(Principal p, UUID id, Metadata m) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            UiPluginStore.Row now = locked(tx, p, id);
            Metadata full = new Metadata(or(m.vendor(), now.vendor()), or(m.pluginName(), now.pluginName()),
                    or(m.version(), now.version()), m.license(), m.link(), m.description(), m.providerScoped(),
                    m.tenantScoped(), m.enabled());
            checked(full);
            if (!full.vendor().equals(now.vendor()) || !full.pluginName().equals(now.pluginName())
                    || !full.version().equals(now.version())) {
                throw ApiException.badRequest("A UI plugin's vendor, pluginName and version do not change.");
            }
            UiPluginStore.Row next = new UiPluginStore.Row(id, now.vendor(), now.pluginName(), now.version(),
                    full.license(), full.link(), full.description(), full.providerScoped(), full.tenantScoped(),
                    full.enabled(), now.status(), now.upload(), now.fileName(), now.fileSize(), now.created());
            store(tx).save(next);
            return next;
        });
    }

    public void delete(Principal p, UUID id) {
        db.run(tx -> {
            locked(tx, p, id);
            store(tx).delete(id);
        });
    }

    /** The orgs the plugin is published to. */
    public List<OrgRow> tenants(Principal p, UUID id) {
        return db.read(tx -> {
            p.requireSystemAdmin();
            store(tx).find(id).orElseThrow(() -> ApiException.notFound("No UI plugin " + Kind.UI_PLUGIN.urn(id)
                    + " exists."));
            return store(tx).tenants(id).stream().map(o -> tx.orgs().find(o).orElseThrow()).toList();
        });
    }

    /** Publishes to, or unpublishes from, these orgs, each of which must exist; all of them when {@code orgs} is null. */
    public List<OrgRow> publish(Principal p, UUID id, Collection<UUID> orgs, boolean publish) {
        db.run(tx -> {
            locked(tx, p, id);
            List<UUID> named = orgs == null ? tx.orgs().all().stream().map(OrgRow::id).toList() : List.copyOf(orgs);
            for (UUID org : named) {
                if (tx.orgs().find(org).isEmpty()) {
                    throw ApiException.invalidReference("No organization " + Kind.ORG.urn(org) + " exists.");
                }
                if (publish) {
                    store(tx).publish(id, org);
                } else {
                    store(tx).unpublish(id, org);
                }
            }
        });
        return tenants(p, id);
    }

    private static String or(String sent, String kept) {
        return sent == null ? kept : sent;
    }

    private static void checked(Metadata m) {
        required(m.vendor(), MAX_TEXT, "vendor");
        required(m.pluginName(), MAX_TEXT, "pluginName");
        required(m.version(), MAX_VERSION, "version");
        Lengths.atMost(m.license(), MAX_LONG_TEXT, "license");
        Lengths.atMost(m.link(), MAX_LINK, "link");
        Lengths.atMost(m.description(), MAX_LONG_TEXT, "description");
    }

    private static void required(String value, int max, String field) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw ApiException.badRequest("A UI plugin needs a " + field + " of 1 to " + max + " characters.");
        }
    }
}
