package io.vcdsim.config;

import io.vcdsim.auth.Passwords;
import io.vcdsim.auth.PredefinedRole;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.UserRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tenancy.OrgService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.UUID;

/**
 * The model a new vcdsim starts with, like vcsim's default inventory. The System org and its
 * administrator always exist; with seeding on, a tenant org "acme" with its administrator, a VDC,
 * an org network and a catalog are added. Runs only against an empty store.
 */
public final class Seeder {
    private static final Logger log = LoggerFactory.getLogger(Seeder.class);
    public static final String SYSTEM_ORG = "System";
    public static final String ADMIN_USER = "administrator";
    public static final String TENANT_ORG = "acme";
    public static final String TENANT_ADMIN = "acmeadmin";

    private final Database db;
    private final OrgService orgs;
    private final Clock clock;

    public Seeder(Database db, OrgService orgs, Clock clock) {
        this.db = db;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Returns true when this call created the model (false: the store already had one). */
    public boolean seed(String adminPassword, String tenantPassword, boolean withTenant) {
        if (db.tx(tx -> tx.orgs().system()).isPresent()) {
            return false;
        }
        try {
            OrgRow system = orgs.createSystem(SYSTEM_ORG, "System Organization");
            addUser(system.id(), ADMIN_USER, "System Administrator", PredefinedRole.SYSTEM_ADMINISTRATOR,
                    adminPassword);
            if (withTenant) {
                seedTenant(tenantPassword);
            }
            return true;
        } catch (RuntimeException e) {
            // Another cell sharing the database seeded it first: the unique names said no to us.
            if (db.tx(tx -> tx.orgs().system()).isPresent()) {
                log.info("the store was seeded concurrently by another cell");
                return false;
            }
            throw e;
        }
    }

    private void seedTenant(String tenantPassword) {
        OrgRow acme = orgs.create(new OrgService.Changes(TENANT_ORG, "ACME Corporation", "The seeded tenant", true), null);
        addUser(acme.id(), TENANT_ADMIN, "ACME Administrator", PredefinedRole.ORGANIZATION_ADMINISTRATOR,
                tenantPassword);
        var now = clock.instant();
        UUID vdc = UUID.randomUUID();
        db.run(tx -> {
            tx.resources().insertVdc(new VdcRow(vdc, acme.id(), "acme-vdc", "The seeded VDC", true, "AllocationVApp",
                    40_000, 65_536, 0, now)); // 40 GHz, 64 GB, any number of VMs
            tx.resources().insertNetwork(new NetworkRow(UUID.randomUUID(), acme.id(), vdc, "acme-net",
                    "The seeded org network", "natRouted", "192.168.100.1", "255.255.255.0", now));
            tx.resources().insertCatalog(new CatalogRow(UUID.randomUUID(), acme.id(), "acme-catalog",
                    "The seeded catalog", false, now));
        });
    }

    private void addUser(UUID orgId, String name, String fullName, PredefinedRole role, String password) {
        db.run(tx -> {
            RoleRow r = tx.roles().findByName(orgId, role.roleName).orElseThrow();
            tx.users().insert(new UserRow(UUID.randomUUID(), orgId, name, fullName, null, null, null, null, true,
                    false, Passwords.hash(password), r.id(), 0, 0, clock.instant()));
        });
    }
}
