package io.vcdsim.api;

import io.vcdsim.compute.VAppRegistration;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.RegisterVAppParams;
import io.vcdsim.store.VdcRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/admin/vdc/{id}/action/registerVApp}: RegisterVAppParams to a VDC, by a system administrator
 * (vCD's admin VDC links it as rel "add"); 202 with the task on the new vApp.
 */
public final class VAppRegistrationResource implements Routes {
    private final VdcService vdcs;
    private final VAppRegistration registration;
    private final TaskViews tasks;

    public VAppRegistrationResource(VdcService vdcs, VAppRegistration registration, TaskViews tasks) {
        this.vdcs = vdcs;
        this.registration = registration;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/admin/vdc/{id}/action/registerVApp", this::registerVApp);
    }

    private Reply registerVApp(Exchange x) {
        x.principal().requireSystemAdmin(); // before the id is looked at, as for the VDC's other admin actions
        VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.ADMIN_CONTROL);
        RegisterVAppParams in = x.read(RegisterVAppParams.class, "RegisterVAppParams",
                MediaTypes.REGISTER_VAPP_PARAMS);
        List<VAppRegistration.Vmx> vmx = in.vsToVmxMap == null ? List.of() : in.vsToVmxMap.entry.stream()
                .map(e -> new VAppRegistration.Vmx(e.biosUuid, e.datastorePath, e.storageProfile)).toList();
        Map<String, String> networks = new LinkedHashMap<>();
        if (in.ovfToVdcNetworkMap != null) {
            for (RegisterVAppParams.NetworkEntry e : in.ovfToVdcNetworkMap.entry) {
                if (e.ovfNetwork == null || e.ovfNetwork.isBlank() || e.vdcNetwork == null || e.vdcNetwork.isBlank()) {
                    throw ApiException.badRequest("An OvfToVdcNetworkMap Entry needs an ovfNetwork "
                            + "and a vdcNetwork.");
                }
                if (networks.put(e.ovfNetwork, e.vdcNetwork) != null) {
                    throw ApiException.badRequest("OvfToVdcNetworkMap maps OVF network "
                            + e.ovfNetwork + " twice.");
                }
            }
        }
        List<VAppRegistration.IpMapping> nat = in.externalNatIpMap == null ? List.of() : in.externalNatIpMap.entry
                .stream().map(e -> new VAppRegistration.IpMapping(e.sourceNatIp, e.destinationNatIp)).toList();
        List<VAppRegistration.IpMapping> nic = in.nicIpMap == null ? List.of() : in.nicIpMap.entry.stream()
                .map(e -> new VAppRegistration.IpMapping(e.sourceNicIp, e.destinationNicIp)).toList();
        return tasks.accepted(x, registration.register(vdc, new VAppRegistration.Request(in.name, in.description,
                in.ovf, vmx, networks, nat, nic), TaskResource.caller(x.principal())).task());
    }
}
