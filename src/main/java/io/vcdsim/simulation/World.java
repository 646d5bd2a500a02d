package io.vcdsim.simulation;

import io.vcdsim.catalog.Spool;
import io.vcdsim.core.ApiException;
import io.vcdsim.events.NotificationPublisher;
import io.vcdsim.provider.Inventory;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.rde.BuiltInTypes;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.SavedState;
import io.vcdsim.tenancy.RightsContainers;

import java.util.List;
import java.util.Map;

/**
 * The whole simulated cloud at once: back to the seeded model (reset), or saved and loaded as JSON
 * (CI fixtures). Other cells see the new state at once in the store; their one-second caches of
 * settings catch up within a second.
 */
public final class World {
    private final Database db;
    private final Runnable seed;
    private final Spool spool;
    private final Runnable forgetCaches;
    private final Inventory.Shape vcenterShape;

    public World(Database db, Runnable seed, Spool spool, Runnable forgetCaches, Inventory.Shape vcenterShape) {
        this.db = db;
        this.vcenterShape = vcenterShape;
        this.seed = seed;
        this.spool = spool;
        this.forgetCaches = forgetCaches;
    }

    /** Every org, user, task, upload and setting goes; the seeded model comes back (sessions end too). */
    public void reset() {
        db.run(tx -> {
            SavedState.wipe(tx.handle());
            tx.store(ComputePolicyStore::new).ensureSystemDefault(java.time.Instant.now());
            tx.store(RdeInterfaceStore::new).ensureBuiltIn();
        });
        spool.clear();
        seed.run();
        forgetCaches.run();
    }

    public Map<String, List<Map<String, Object>>> save() {
        return db.read(tx -> SavedState.export(tx.handle()));
    }

    /** Replaces everything with a saved state; its events are history, not news (no notifications). */
    public void load(Map<String, List<Map<String, Object>>> state) {
        try {
            db.run(tx -> {
                SavedState.load(tx.handle(), state);
                tx.store(ComputePolicyStore::new).ensureSystemDefault(java.time.Instant.now());
                BuiltInTypes.ensure(tx); // the built-in entity types and their interface, which a state may lack
                Inventory.ensure(tx, vcenterShape); // a state saved before the inventory lacks it
                RightsContainers.ensurePredefined(tx); // and one saved before the predefined global roles, them
                tx.store(NsxtServiceStore::new).ensureSystemProfiles(); // and one saved before V60, vCD's port profiles
                long last = tx.events().lastSeq();
                tx.settings().put(NotificationPublisher.CURSOR, Long.toString(last));
                tx.events().forgetPassedOver();
                if (last > 0) {
                    tx.events().passOver(-1, 0, last, NotificationPublisher.LOADED);
                }
            });
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("The state cannot be loaded: " + e.getMessage());
        } catch (ClassCastException e) {
            throw ApiException.badRequest("The state cannot be loaded: a value is not of its column's type.");
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            // a row the schema refuses (a duplicate key, a missing parent) is the state's fault, not ours; the
            // database's own words name the constraint, without the driver's class or the statement
            throw ApiException.badRequest("The state cannot be loaded: " + refusal(e) + ".");
        }
        spool.sweep(() -> db.read(tx -> tx.catalogItems().allFileIds())); // bytes the loaded state names stay
        forgetCaches.run();
    }

    private static String refusal(Exception e) {
        Throwable c = e;
        while (c.getCause() != null && !(c instanceof java.sql.SQLException)) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? "the database refused a row" : c.getMessage();
        int cut = m.length();
        for (String end : new String[]{"; SQL statement:", "\n", " [", "  Detail:"}) {
            int i = m.indexOf(end);
            cut = i > 0 ? Math.min(cut, i) : cut;
        }
        return m.substring(0, cut).strip();
    }
}
