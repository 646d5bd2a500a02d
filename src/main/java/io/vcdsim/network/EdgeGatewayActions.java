package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;

/**
 * The actions of an NSX-V edge gateway's appliance besides its services: redeploying it, reapplying its services,
 * synchronizing and setting its syslog servers, changing its size (form factor, or the old compact-to-full upgrade)
 * and converting it to an advanced gateway. Each is a task on the edge; the simulated appliance keeps what changes
 * (its size, its tenant syslog server, advanced networking) and has nothing to redo for the others.
 */
public final class EdgeGatewayActions {
    // vCD's names, from the Task reference's examples
    public static final String REDEPLOY = "networkEdgeGatewayRedeploy";
    public static final String REAPPLY_SERVICES = "networkReapplyEdgeGatewayServices";
    public static final String UPGRADE = "networkEdgeGatewayUpgradeConfiguration";
    // vcdsim's names in vCD's style: the reference shows no example of these
    public static final String SYNC_SYSLOG = "networkEdgeGatewaySyncSyslogServerSettings";
    public static final String CONFIGURE_SYSLOG = "networkEdgeGatewayConfigureSyslogServerSettings";
    public static final String FORM_FACTOR = "networkEdgeGatewayModifyFormFactor";
    public static final String CONVERT_TO_ADVANCED = "networkEdgeGatewayConvertToAdvanced";
    private final Database db;
    private final TaskEngine engine;

    record Syslog(String ip) {
    }

    record FormFactor(String backing) {
    }

    public EdgeGatewayActions(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String nothingToRedo : List.of(REDEPLOY, REAPPLY_SERVICES, SYNC_SYSLOG)) {
            engine.register(nothingToRedo, (tx, task) -> EdgeGatewayService.locked(tx, task.ownerId()));
        }
        engine.register(CONFIGURE_SYSLOG, Syslog.class, (tx, task, s) ->
                tx.edges().update(EdgeGatewayService.locked(tx, task.ownerId()).withTenantSyslogIp(s.ip())));
        engine.register(FORM_FACTOR, FormFactor.class, (tx, task, f) ->
                tx.edges().update(EdgeGatewayService.locked(tx, task.ownerId()).withBackingConfig(f.backing())));
        engine.register(UPGRADE, (tx, task) -> tx.edges().update(EdgeGatewayService.locked(tx, task.ownerId()).withBackingConfig("full")));
        engine.register(CONVERT_TO_ADVANCED, (tx, task) -> {
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, task.ownerId());
            tx.edges().update(e.with(e.name(), e.description(), e.haEnabled(), e.dnsRelay(), true,
                    e.distributedRouting()));
        });
        for (String changes : List.of(CONFIGURE_SYSLOG, FORM_FACTOR, UPGRADE, CONVERT_TO_ADVANCED)) {
            engine.announce(changes, "edgeGateway/modify");
        }
    }

    public TaskRow redeploy(EdgeGatewayRow e, TaskEngine.Caller by) {
        return start(e, REDEPLOY, "Redeploying EdgeGateway", by, null);
    }

    public TaskRow reapplyServices(EdgeGatewayRow e, TaskEngine.Caller by) {
        return start(e, REAPPLY_SERVICES, "Reapplying services EdgeGateway", by, null);
    }

    /** Pushes the system's syslog servers and the tenant's to the appliance: nothing changes in the model. */
    public TaskRow syncSyslogServerSettings(EdgeGatewayRow e, TaskEngine.Caller by) {
        return start(e, SYNC_SYSLOG, "Synchronizing syslog EdgeGateway", by, null);
    }

    /** Sets (one address) or clears (none) the tenant's syslog server. */
    public TaskRow configureSyslogServer(EdgeGatewayRow e, List<String> addresses, TaskEngine.Caller by) {
        if (addresses.size() > 1) {
            throw ApiException.badRequest("An edge gateway has one tenant syslog server, not " + addresses.size()
                    + ".");
        }
        String ip = addresses.isEmpty() || addresses.get(0) == null || addresses.get(0).isBlank() ? null
                : addresses.get(0).trim();
        if (ip != null) {
            IpScope.addressOf(ip);
        }
        return start(e, CONFIGURE_SYSLOG, "Configuring syslog server settings of EdgeGateway", by, new Syslog(ip));
    }

    /** A system administrator's: the appliance's size, one of compact, full, full4 and x-large. */
    public TaskRow modifyFormFactor(Principal p, EdgeGatewayRow e, String gatewayType, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        if (gatewayType == null || !EdgeGatewayService.BACKINGS.contains(gatewayType.trim())) {
            throw ApiException.badRequest("An edge gateway's form factor is one of compact, full, full4 and x-large, "
                    + "not '" + gatewayType + "'.");
        }
        return start(e, FORM_FACTOR, "Modifying form factor of EdgeGateway", by, new FormFactor(gatewayType.trim()));
    }

    /** A system administrator's: the upgrade vCD 5.1 offered, a compact appliance made a full one. */
    public TaskRow upgradeConfig(Principal p, EdgeGatewayRow e, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        if (!"compact".equals(e.backingConfig())) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is " + e.backingConfig()
                    + ": only a compact one is upgraded.");
        }
        return start(e, UPGRADE, "Upgrading configuration EdgeGateway", by, null);
    }

    /** Gives the edge advanced networking (vCD's NSX API), which vCD 9.7 made the only kind. */
    public TaskRow convertToAdvanced(EdgeGatewayRow e, TaskEngine.Caller by) {
        if (e.advancedNetworking()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is already an advanced gateway.");
        }
        return start(e, CONVERT_TO_ADVANCED, "Converting to advanced EdgeGateway", by, null);
    }

    private TaskRow start(EdgeGatewayRow e, String operationName, String verb, TaskEngine.Caller by, Object params) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(operationName, verb + " " + e.name() + "(" + e.id()
                + ")", by, EdgeGatewayService.owner(e), true, params)));
    }
}
