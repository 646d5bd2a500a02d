package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.store.VdcGroupStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.core.OpenApiReference.ref;

/**
 * A VDC group as the cloudapi shows it (go-vcloud-director's types.VdcGroup), its candidate VDCs
 * (types.CandidateVdc) and its distributed firewall (types.DfwPolicies). A group is made in one request, so it is
 * REALIZED from the start.
 */
public final class VdcGroupView {
    static final String REALIZED = "REALIZED";

    private VdcGroupView() {
    }

    public static Map<String, Object> of(VdcGroupStore.Row g, List<VdcGroups.Candidate> members) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.VDC_GROUP.urn(g.id()));
        v.put("name", g.name());
        v.put("description", g.description());
        v.put("orgId", Kind.ORG.urn(g.orgId()));
        v.put("participatingOrgVdcs", members.stream().map(VdcGroupView::participant).toList());
        v.put("localEgress", false);
        v.put("networkPoolId", g.networkPoolId() == null ? null : Kind.NETWORK_POOL.urn(g.networkPoolId()));
        v.put("networkPoolUniversalId", null);
        v.put("networkProviderType", g.providerType());
        v.put("status", REALIZED);
        v.put("errorMessage", null);
        v.put("type", g.type());
        v.put("universalNetworkingEnabled", false);
        v.put("dfwEnabled", g.firewall().enabled());
        return v;
    }

    /** A VDC that may join a group starting from the one a request named. */
    public static Map<String, Object> candidate(VdcGroups.Candidate c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.VDC.urn(c.networking().vdc().id()));
        v.put("name", c.networking().vdc().name());
        common(v, c);
        return v;
    }

    private static Map<String, Object> participant(VdcGroups.Candidate c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("vdcRef", ref(c.networking().vdc().name(), Kind.VDC.urn(c.networking().vdc().id())));
        common(v, c);
        v.put("remoteOrg", false);
        v.put("status", REALIZED);
        return v;
    }

    private static void common(Map<String, Object> v, VdcGroups.Candidate c) {
        v.put("orgRef", ref(c.orgName(), Kind.ORG.urn(c.networking().vdc().orgId())));
        v.put("siteRef", ref(MultisiteView.SITE_NAME, "urn:vcloud:site:" + c.siteId()));
        // for NSX-T VDCs vCD's fault domain is the provider VDC, its network provider scope the NSX-T manager
        v.put("faultDomainTag", c.networking().providerVdcName());
        v.put("networkProviderScope", c.networking().scope());
    }


    /** The group's firewall: its default policy only while the firewall is active, as vCD shows it. */
    public static Map<String, Object> firewall(VdcGroupStore.Row g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("enabled", g.firewall().enabled());
        if (g.firewall().enabled()) {
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("id", defaultPolicyId(g.id()));
            policy.put("name", "Default_VdcGroup_" + g.name());
            policy.put("description", "The default policy of the VDC group's distributed firewall");
            policy.put("enabled", g.firewall().defaultPolicyEnabled());
            policy.put("version", Map.of("version", g.firewall().defaultPolicyVersion()));
            v.put("defaultPolicy", policy);
        }
        return v;
    }

    /** The default policy's id, NSX-T's and not a URN (one per group). */
    static String defaultPolicyId(UUID groupId) {
        return groupId.toString();
    }
}
