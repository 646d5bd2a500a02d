package io.vcdsim.api;

import io.vcdsim.compute.Power;
import io.vcdsim.compute.SectionService;
import io.vcdsim.compute.VAppPower;
import io.vcdsim.compute.VAppService;
import io.vcdsim.compute.Sections;
import io.vcdsim.compute.VmActions;
import io.vcdsim.compute.VmReplicationTracking;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.CurrentUsage;
import io.vcdsim.model.MediaInsertOrEjectParams;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.model.VmQuestionAnswer;
import io.vcdsim.model.VmTrustDocs;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.ConsoleTicketView;
import io.vcdsim.views.Viewer;
import io.vcdsim.views.VmSectionView;
import io.vcdsim.views.VmTrustView;

import java.util.List;
import java.util.UUID;

/**
 * What one does to a vApp VM rather than to its sections ({@code /api/vApp/vm-{id}/...}): current metrics, media
 * insert and eject, VMware Tools, the question it asks and its answer, console tickets, what vCD offers
 * system administrators only (consolidate, compliance, reload from vCenter, relocate), its TPM device, its compute
 * policy's compliance, a standalone VM's vApp, and replication tracking.
 */
public final class VmActionResource implements Routes {
    private static final String BASE = "/api/vApp/{id}/";
    private final VAppService vapps;
    private final VAppPower power;
    private final SectionService sections;
    private final VmActions actions;
    private final VmReplicationTracking replication;
    private final TaskViews tasks;

    public VmActionResource(VAppService vapps, VAppPower power, SectionService sections, VmActions actions,
                            TaskViews tasks) {
        this.vapps = vapps;
        this.power = power;
        this.sections = sections;
        this.actions = actions;
        this.replication = actions.replication();
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "metrics/current", x -> metrics(x, List.of()));
        r.post(BASE + "metrics/current", x -> metrics(x, Bodies.list(x.read(CurrentUsage.Spec.class, "CurrentUsageSpec",
                "application/vnd.vmware.vcloud.metrics.currentUsageSpec").metricPattern, "MetricPattern")));
        r.post(BASE + "media/action/insertMedia", x -> media(x, true));
        r.post(BASE + "media/action/ejectMedia", x -> media(x, false));
        r.post(BASE + "action/installVMwareTools", x -> tasks.accepted(x, actions.installTools(vm(x, Right.VAPP_EDIT),
                TaskResource.caller(x.principal()))));
        // the Guide's "Provide user input requested by a VM": the question, and its answer (204)
        r.get(BASE + "question", x -> {
            VmRow vm = vm(x, Right.VDC_VIEW);
            var q = VmSectionView.question(viewer(x), vm, sections.of(vm.id(), true));
            if (q == null) {
                // vCD answers a VM without a question with 403; go-vcloud-director's GetQuestion takes it as "none"
                throw ApiException.forbidden("VM " + vm.name() + " asks no question.");
            }
            return Reply.ok(q, VmSectionView.PENDING_QUESTION);
        });
        r.post(BASE + "question/action/answer", x -> {
            VmRow vm = vm(x, Right.VAPP_POWER);
            VmQuestionAnswer in = x.read(VmQuestionAnswer.class, "VmQuestionAnswer", VmSectionView.QUESTION_ANSWER);
            if (in.choiceId == null || in.questionId == null) {
                throw ApiException.badRequest("A VmQuestionAnswer needs its ChoiceId and QuestionId.");
            }
            power.answer(vm, in.questionId, in.choiceId);
            return Reply.noContent();
        });
        r.post(BASE + "screen/action/acquireTicket", x -> {
            VmRow vm = vm(x, Right.VAPP_CONSOLE);
            return Reply.ok(ConsoleTicketView.screen(viewer(x), vm, actions.consoleTicket(vm)),
                    "application/vnd.vmware.vcloud.screenTicket");
        });
        r.post(BASE + "screen/action/acquireMksTicket", x -> {
            VmRow vm = vm(x, Right.VAPP_CONSOLE);
            return Reply.ok(ConsoleTicketView.mks(viewer(x), vm, actions.consoleTicket(vm)),
                    "application/vnd.vmware.vcloud.mksTicket");
        });
        // what vCD offers system administrators only
        r.post(BASE + "action/consolidate", x -> tasks.accepted(x, actions.consolidate(adminVm(x),
                TaskResource.caller(x.principal()))));
        r.post(BASE + "action/checkCompliance", x -> tasks.accepted(x, actions.checkCompliance(adminVm(x),
                TaskResource.caller(x.principal()))));
        r.post(BASE + "action/reloadFromVc", x -> tasks.accepted(x, actions.reloadFromVc(adminVm(x),
                TaskResource.caller(x.principal()))));
        r.post(BASE + "action/relocate", x -> {
            VmRow vm = adminVm(x);
            ProviderDocs.RelocateParams in = x.read(ProviderDocs.RelocateParams.class, "RelocateParams",
                    MediaTypes.RELOCATE_PARAMS);
            UUID datastore = in.datastore == null ? null : Ids.fromAny(in.datastore.href);
            if (datastore == null) {
                throw ApiException.badRequest("RelocateParams needs a Datastore: the datastore's href.");
            }
            return tasks.accepted(x, actions.relocate(vm, datastore, TaskResource.caller(x.principal())));
        });
        r.get(BASE + "complianceResult", x -> Reply.ok(VmSectionView.compliance(viewer(x), adminVm(x)),
                "application/vnd.vmware.vm.complianceResult"));
        registerDevicesAndPolicies(r);
        registerReplicationTracking(r);
    }

    /** API 37.2/38.0: the TPM device, the compute policy's compliance and reapplication, a standalone VM's vApp. */
    private void registerDevicesAndPolicies(Router r) {
        r.get(BASE + "trustedPlatformModule", x -> {
            VmRow vm = vm(x, Right.VDC_VIEW);
            return Reply.ok(VmTrustView.tpm(viewer(x), vm, sections.of(vm.id(), true), x.principal().has(Right.VAPP_EDIT)),
                    MediaTypes.TPM_SECTION);
        });
        r.post(BASE + "action/editTrustedPlatformModule", x -> {
            VmRow vm = vm(x, Right.VAPP_EDIT);
            VmTrustDocs.TrustedPlatformModule in = x.read(VmTrustDocs.TrustedPlatformModule.class,
                    "TrustedPlatformModule", MediaTypes.TPM_SECTION);
            return tasks.accepted(x, actions.editTpm(vm, in.tpmPresent, TaskResource.caller(x.principal())));
        });
        r.post(BASE + "action/checkComputePolicyCompliance", x -> tasks.accepted(x, actions
                .checkComputePolicyCompliance(vm(x, Right.VAPP_EDIT), TaskResource.caller(x.principal()))));
        r.post(BASE + "action/reapplyComputePolicy", x -> tasks.accepted(x, actions.reapplyComputePolicy(
                vm(x, Right.VAPP_EDIT), TaskResource.caller(x.principal()))));
        r.post(BASE + "action/convertStandAloneVmToVApp", x -> tasks.accepted(x, actions.convertStandalone(
                vm(x, Right.VAPP_EDIT), TaskResource.caller(x.principal()))));
    }

    /** What a replication service (working as the provider) does to the placeholder VMs of its replicas. */
    private void registerReplicationTracking(Router r) {
        r.post(BASE + "action/convertToReplicationTrackingVm", x -> {
            VmRow vm = adminVm(x);
            VmTrustDocs.ReplicationTrackingDiskSection in = x.read(VmTrustDocs.ReplicationTrackingDiskSection.class,
                    "ReplicationTrackingDiskSection", MediaTypes.REPLICATION_TRACKING_DISKS);
            return tasks.accepted(x, replication.convert(vm, disksOf(in), TaskResource.caller(x.principal())));
        });
        r.post(BASE + "action/changeReplicationTrackingSettings", x -> {
            VmRow vm = adminVm(x);
            VmTrustDocs.ReplicationTrackingSettings in = x.read(VmTrustDocs.ReplicationTrackingSettings.class,
                    "ReplicationTrackingSettings", MediaTypes.REPLICATION_TRACKING_SETTINGS);
            return tasks.accepted(x, replication.changeState(vm, in.replicationTrackingVmState, TaskResource.caller(x.principal())));
        });
        r.post(BASE + "action/failover", x -> {
            VmRow vm = adminVm(x);
            VmTrustDocs.VmFailoverParams in = x.read(VmTrustDocs.VmFailoverParams.class, "VmFailoverParams",
                    MediaTypes.VM_FAILOVER_PARAMS);
            return tasks.accepted(x, replication.failover(vm, in.failover, TaskResource.caller(x.principal())));
        });
    }

    /** The disks as vcdsim keeps them; a list with a hole in it (JSON's null) is a 400. */
    private static List<Sections.TrackingDisk> disksOf(VmTrustDocs.ReplicationTrackingDiskSection in) {
        if (in.replicationTrackingDiskSettings == null) {
            return List.of();
        }
        if (in.replicationTrackingDiskSettings.contains(null)) {
            throw ApiException.badRequest("A ReplicationTrackingDiskSection lists no null disk.");
        }
        return in.replicationTrackingDiskSettings.stream().map(d -> new Sections.TrackingDisk(d.diskUuid, d.storageProvisionedKb,
                d.storageOverheadKb, d.storagePolicy == null ? null : d.storagePolicy.href,
                d.placementRecommendation)).toList();
    }

    /** A running VM's current metrics (pyvcloud's list_all_current_metrics and list_current_metrics_subset). */
    Reply metrics(Exchange x, List<String> patterns) {
        VmRow vm = vm(x, Right.VDC_VIEW);
        if (vm.status() != Power.ON) {
            throw ApiException.badRequest("VM " + vm.name() + " is not powered on: it has no current metrics.");
        }
        if (patterns.size() > 32 || patterns.stream().anyMatch(p -> p == null || p.length() > 128)) {
            throw ApiException.badRequest("At most 32 MetricPatterns of at most 128 characters.");
        }
        return Reply.ok(VmSectionView.metrics(viewer(x), vm, patterns),
                "application/vnd.vmware.vcloud.metrics.currentUsageSpec");
    }

    private VmRow adminVm(Exchange x) {
        x.principal().requireSystemAdmin();
        return vm(x, Right.ADMIN_CONTROL);
    }

    /** pyvcloud's insert_cd_from_catalog and eject_cd, go-vcloud-director's HandleInsertMedia/HandleEjectMedia. */
    Reply media(Exchange x, boolean insert) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        MediaInsertOrEjectParams in = x.read(MediaInsertOrEjectParams.class, "MediaInsertOrEjectParams",
                "application/vnd.vmware.vcloud.mediaInsertOrEjectParams");
        if (!insert) {
            return tasks.accepted(x, actions.ejectMedia(vm, TaskResource.caller(x.principal())));
        }
        UUID media = in.media == null ? null : Ids.fromAny(in.media.href != null ? in.media.href
                : in.media.id);
        if (media == null) {
            throw ApiException.badRequest("MediaInsertOrEjectParams needs a Media with the medium's href.");
        }
        return tasks.accepted(x, actions.insertMedia(vm, media, TaskResource.caller(x.principal())));
    }

    private VmRow vm(Exchange x, Right right) {
        return VmSectionResource.vm(x, vapps, right);
    }

    private static Viewer viewer(Exchange x) {
        return Hrefs.viewer(x);
    }
}
