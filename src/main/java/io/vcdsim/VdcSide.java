package io.vcdsim;

import io.vcdsim.api.DiskResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.TaskViews;
import io.vcdsim.api.VAppRegistrationResource;
import io.vcdsim.api.VdcResource;
import io.vcdsim.api.VdcStorageProfileResource;
import io.vcdsim.api.VdcTemplateResource;
import io.vcdsim.api.VmAffinityRuleResource;
import io.vcdsim.compute.DiskService;
import io.vcdsim.compute.VAppRegistration;
import io.vcdsim.compute.VdcInstantiation;
import io.vcdsim.compute.VdcService;
import io.vcdsim.compute.VdcStorageProfiles;
import io.vcdsim.compute.VdcTemplates;
import io.vcdsim.compute.VmAffinityRules;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tenancy.OrgService;

import java.time.Clock;
import java.util.List;

/**
 * The wiring of what an org VDC holds besides vApps: the VDC itself, its storage profiles, the templates VDCs are
 * instantiated from, registered vApps, independent disks and VM affinity rules.
 */
final class VdcSide {
    private VdcSide() {
    }

    static List<Routes> resources(Database db, TaskEngine engine, Clock clock, VdcService vdcs, OrgService orgs,
                                  TaskViews taskViews) {
        return List.of(new VdcResource(db, vdcs, orgs, taskViews),
                new VAppRegistrationResource(vdcs, new VAppRegistration(db, engine), taskViews),
                new VdcStorageProfileResource(db, new VdcStorageProfiles(db, engine), taskViews),
                new VdcTemplateResource(db, new VdcTemplates(db, clock), new VdcInstantiation(db, engine, vdcs),
                        taskViews),
                new DiskResource(db, new DiskService(db, engine), vdcs, taskViews),
                new VmAffinityRuleResource(db, new VmAffinityRules(db, engine), vdcs, taskViews));
    }
}
