package io.vcdsim.config;

import io.vcdsim.auth.Passwords;
import io.vcdsim.auth.PredefinedRole;
import io.vcdsim.compute.Provider;
import io.vcdsim.core.IpScope;
import io.vcdsim.network.EdgeServices;
import io.vcdsim.provider.Inventory;
import io.vcdsim.rde.BuiltInTypes;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.UplinkRow;
import io.vcdsim.store.UserRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcSettings;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.tenancy.RightsContainers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
    /** The seeded external network, which direct org VDC networks can bridge to. */
    public static final String EXTERNAL_NETWORK = "vcdsim-external";
    /** The seeded tenant's edge gateway, which routes its network. */
    public static final String EDGE_GATEWAY = "acme-edge";

    private final Database db;
    private final OrgService orgs;
    private final Clock clock;
    private final Inventory.Shape vcenterShape;

    public Seeder(Database db, OrgService orgs, Clock clock, Inventory.Shape vcenterShape) {
        this.db = db;
        this.orgs = orgs;
        this.clock = clock;
        this.vcenterShape = vcenterShape;
    }

    /** Returns true when this call created the model (false: the store already had one). */
    public boolean seed(String adminPassword, String tenantPassword, boolean withTenant) {
        Inventory.ensure(db, vcenterShape); // a store from before the inventory gets one too
        ensurePredefinedRoles(); // and a store from before the predefined global roles gets them
        ensureSystemPortProfiles();
        ensureBuiltInEntityTypes();
        if (db.tx(tx -> tx.orgs().system()).isPresent()) {
            return false;
        }
        // bcrypt is most of a first start's seeding (about 75 ms a password): the tenant's hashes beside the admin's
        CompletableFuture<String> tenantHash = withTenant
                ? CompletableFuture.supplyAsync(() -> Passwords.hash(tenantPassword)) : null;
        try {
            OrgRow system = orgs.createSystem(SYSTEM_ORG, "System Organization");
            addUser(system.id(), ADMIN_USER, "System Administrator", PredefinedRole.SYSTEM_ADMINISTRATOR,
                    Passwords.hash(adminPassword));
            if (withTenant) {
                seedTenant(tenantHash.join());
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

    private void ensureBuiltInEntityTypes() {
        try {
            db.run(BuiltInTypes::ensure);
        } catch (RuntimeException e) {
            // another cell sharing the database put them there at the same moment
            db.run(BuiltInTypes::ensure);
        }
    }

    private void ensureSystemPortProfiles() {
        try {
            db.run(tx -> tx.store(NsxtServiceStore::new).ensureSystemProfiles());
        } catch (RuntimeException e) {
            // another cell sharing the database put them there at the same moment
            db.run(tx -> tx.store(NsxtServiceStore::new).ensureSystemProfiles());
        }
    }

    private void ensurePredefinedRoles() {
        try {
            db.run(RightsContainers::ensurePredefined);
        } catch (RuntimeException e) {
            // another cell sharing the database made them at the same moment: the unique names said no to us
            db.run(RightsContainers::ensurePredefined);
        }
    }

    private void seedTenant(String tenantPasswordHash) {
        OrgRow acme = orgs.create(new OrgService.Changes(TENANT_ORG, "ACME Corporation", "The seeded tenant", true), null);
        UUID acmeAdmin = addUser(acme.id(), TENANT_ADMIN, "ACME Administrator",
                PredefinedRole.ORGANIZATION_ADMINISTRATOR, tenantPasswordHash);
        var now = clock.instant();
        UUID vdc = UUID.randomUUID();
        db.run(tx -> {
            tx.resources().insertVdc(new VdcRow(vdc, acme.id(), "acme-vdc", "The seeded VDC", true, "AllocationVApp",
                    40_000, 65_536, 0, VdcSettings.DEFAULTS, now)); // 40 GHz, 64 GB, any number of VMs
            // the provider's network, on the first distributed port group; the others stay free for clients
            ExternalNetworkRow external = new ExternalNetworkRow(UUID.randomUUID(), EXTERNAL_NETWORK,
                    "The seeded external network", 1, now);
            tx.networks().insertExternal(external, List.of(IpScope.of("10.150.0.1", "255.255.255.0", "10.150.0.2",
                    null, "vcdsim.example", List.of(new IpScope.IpRange("10.150.0.100", "10.150.0.199")))));
            tx.networks().addPortGroup(external.id(), Provider.PORT_GROUPS.get(1).moref());
            // the tenant's edge, its uplink on that network, routing the tenant's network
            EdgeGatewayRow edge = new EdgeGatewayRow(UUID.randomUUID(), acme.id(), vdc, EDGE_GATEWAY,
                    "The seeded edge gateway", "compact", false, true, true, false, EdgeServices.DEFAULT, 1, now,
                    null);
            tx.edges().insert(edge);
            tx.edges().insertUplink(new UplinkRow(edge.id(), 0, external.id(), true, false, null, null, "10.150.0.1",
                    "255.255.255.0", "10.150.0.100", null, true));
            tx.networks().insert(new NetworkRow(UUID.randomUUID(), acme.id(), vdc, "acme-net",
                    "The seeded org network", NetworkRow.ROUTED, IpScope.of("192.168.100.1", "255.255.255.0", null,
                    null, null, List.of(new IpScope.IpRange("192.168.100.100", "192.168.100.199"))), null, edge.id(),
                    NetworkRow.INTERNAL, false, false, 1, now));
            // its administrator owns it: pyvcloud's change_catalog_owner edits the Owner the catalog shows
            tx.resources().insertCatalog(new CatalogRow(UUID.randomUUID(), acme.id(), "acme-catalog",
                    "The seeded catalog", false, acmeAdmin, now));
        });
    }

    private UUID addUser(UUID orgId, String name, String fullName, PredefinedRole role, String passwordHash) {
        UUID id = UUID.randomUUID();
        db.run(tx -> {
            RoleRow r = tx.roles().findByName(orgId, role.roleName).orElseThrow();
            tx.users().insert(new UserRow(id, orgId, name, fullName, null, null, null, null, true,
                    false, passwordHash, r.id(), 0, 0, clock.instant()));
        });
        return id;
    }
}
