package io.vcdsim.api;

import io.vcdsim.compute.VAppService;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;

import java.util.List;
import java.util.Map;

/**
 * A VM's NSX-T security tags on the cloudapi ({@code securityTags/vm/{urn}}), as go-vcloud-director's
 * VM.GetVMSecurityTags reads them on every terraform refresh of a {@code vcd_vm} or {@code vcd_vapp_vm}. vcdsim
 * simulates no NSX-T distributed firewall and keeps no tags, so a VM the caller sees has none; one it does not see
 * is the cloudapi's 403, which go-vcloud-director reads as not found.
 */
public final class CloudApiSecurityTagResource implements Routes {
    private final VAppService vapps;

    public CloudApiSecurityTagResource(VAppService vapps) {
        this.vapps = vapps;
    }

    @Override
    public void register(Router r) {
        r.get(CloudApi.V1 + "/securityTags/vm/{id}", x -> {
            vapps.vm(x.principal(), CloudApi.id(x, "id", Kind.VM), Right.VDC_VIEW);
            return Reply.json(200, Map.of("tags", List.of()));
        });
    }
}
