package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.VdcGroupFirewall;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.views.VdcGroupView;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.vcdsim.api.CloudApi.V1;

/**
 * VDC groups on the cloudapi ({@code vdcGroups}: list with paging and FIQL in the acting org, or every org for a
 * system administrator without a tenant context; POST; GET, PUT and DELETE of one, {@code force} allowed), the VDCs
 * that may join a group ({@code vdcGroups/networkingCandidateVdcs}, filtered by {@code _context}) and a group's
 * distributed firewall ({@code dfwPolicies}, {@code dfwPolicies/default}). A group is made, changed and deleted by a
 * task (202, as vCD answers); its firewall changes at once.
 */
public final class CloudApiVdcGroupResource implements Routes {
    private static final String BASE = V1 + "/vdcGroups";
    private final VdcGroups groups;
    private final VdcGroupFirewall firewall;
    private final QueryService queries;

    public CloudApiVdcGroupResource(VdcGroups groups, VdcGroupFirewall firewall, QueryService queries) {
        this.groups = groups;
        this.firewall = firewall;
        this.queries = queries;
    }

    /** A reference as go-vcloud-director's OpenApiReference marshals it. */
    public static final class Ref {
        public String id;
        public String name;
    }

    public static final class Participant {
        public Ref vdcRef;
    }

    /** The body go-vcloud-director's types.VdcGroup marshals to (the read-only fields are ignored). */
    public static final class Body {
        public String name;
        public String description;
        public String orgId;
        public List<Participant> participatingOrgVdcs;
        public String networkProviderType;
        public String type;
        public Boolean localEgress;
        public Boolean universalNetworkingEnabled;
        public String networkPoolId;

        VdcGroups.Request request() {
            List<UUID> vdcs = new ArrayList<>();
            for (Participant p : participatingOrgVdcs == null ? List.<Participant>of() : participatingOrgVdcs) {
                vdcs.add(p == null || p.vdcRef == null ? null : urn(p.vdcRef.id, Kind.VDC, "participatingOrgVdcs"));
            }
            return new VdcGroups.Request(name, description, urn(orgId, Kind.ORG, "orgId"), vdcs, networkProviderType,
                    type, localEgress, universalNetworkingEnabled, urn(networkPoolId, Kind.NETWORK_POOL,
                    "networkPoolId"));
        }
    }

    public static final class Policies {
        public Boolean enabled;
    }

    public static final class Version {
        public Integer version;
    }

    public static final class DefaultPolicy {
        public String name;
        public String description;
        public Boolean enabled;
        public Version version;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> CloudApi.page(x, queries, Kind.VDC_GROUP.query(), CloudApi.listedOrg(x), "VdcGroups",
                ids -> groups.found(ids).stream().map(this::view).toList()));
        r.post(BASE, x -> CloudApi.accepted(x, groups.create(x.principal(), CloudApi.actingOrg(x),
                CloudApi.body(x, Body.class, "VdcGroup").request(), TaskResource.caller(x.principal()))));
        r.get(BASE + "/networkingCandidateVdcs", this::candidates);
        r.get(BASE + "/{id}", x -> Reply.json(200, view(groups.get(x.principal(), id(x)))));
        r.put(BASE + "/{id}", x -> CloudApi.accepted(x, groups.update(x.principal(), id(x),
                CloudApi.body(x, Body.class, "VdcGroup").request(), TaskResource.caller(x.principal()))));
        r.delete(BASE + "/{id}", x -> CloudApi.accepted(x, groups.delete(x.principal(), id(x), force(x),
                TaskResource.caller(x.principal()))));
        r.get(BASE + "/{id}/dfwPolicies", x -> Reply.json(200, VdcGroupView.firewall(groups.get(x.principal(),
                id(x)))));
        r.put(BASE + "/{id}/dfwPolicies", x -> {
            Policies in = CloudApi.body(x, Policies.class, "DfwPolicies");
            if (in.enabled == null) {
                throw ApiException.badRequest("DfwPolicies needs enabled: true or false.");
            }
            return Reply.json(200, VdcGroupView.firewall(firewall.setEnabled(x.principal(), id(x), in.enabled)));
        });
        r.put(BASE + "/{id}/dfwPolicies/default", x -> {
            DefaultPolicy in = CloudApi.body(x, DefaultPolicy.class, "DefaultPolicy");
            VdcGroupStore.Row g = firewall.setDefaultPolicy(x.principal(), id(x), new VdcGroupFirewall.DefaultPolicy(
                    in.name, in.description, in.enabled, in.version == null ? null : in.version.version));
            return Reply.json(200, VdcGroupView.firewall(g).get("defaultPolicy"));
        });
    }

    private Map<String, Object> view(VdcGroupStore.Row g) {
        return VdcGroupView.of(g, groups.members(g));
    }

    /**
     * The candidates for a group starting from the VDC or group a {@code _context==<urn>} names; {@code _context==LOCAL}
     * is the kind of group (UNIVERSAL ones have none here), {@code name==} and {@code id==} narrow the list. With
     * {@code filterEncoded=true} each value is URL-encoded, as go-vcloud-director sends them.
     */
    private Reply candidates(Exchange x) {
        String filter = x.queryParam("filter");
        boolean encoded = "true".equalsIgnoreCase(x.queryParam("filterEncoded"));
        String context = null;
        boolean universal = false;
        List<Predicate<VdcGroups.Candidate>> narrowing = new ArrayList<>();
        for (String part : filter == null || filter.isBlank() ? new String[0] : filter.split(";")) {
            int eq = part.indexOf("==");
            String key = eq < 0 ? "" : part.substring(0, eq).trim();
            String value = eq < 0 ? "" : part.substring(eq + 2).trim();
            value = encoded ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value;
            String v = value;
            switch (key) {
                case "_context" -> {
                    if (v.equalsIgnoreCase("UNIVERSAL")) {
                        universal = true;
                    } else if (!v.equalsIgnoreCase("LOCAL")) {
                        context = v;
                    }
                }
                case "name" -> narrowing.add(c -> c.networking().vdc().name().equals(v));
                case "id" -> narrowing.add(c -> Kind.VDC.urn(c.networking().vdc().id()).equals(v));
                default -> throw ApiException.badRequest("networkingCandidateVdcs are filtered by _context==, name== "
                        + "and id== only, not '" + (part.length() > 64 ? part.substring(0, 64) + "…" : part) + "'.");
            }
        }
        if (context == null) {
            throw ApiException.badRequest("networkingCandidateVdcs needs _context==<the URN of a VDC or VDC group> "
                    + "in its filter.");
        }
        boolean group = context.startsWith("urn:vcloud:vdcGroup:");
        UUID contextId = urn(context, group ? Kind.VDC_GROUP : Kind.VDC, "_context");
        List<VdcGroups.Candidate> found = universal ? List.of() : groups.candidates(x.principal(), contextId, group);
        List<Object> values = found.stream().filter(c -> narrowing.stream().allMatch(n -> n.test(c)))
                .map(c -> (Object) VdcGroupView.candidate(c)).toList();
        CloudApi.Paging p = CloudApi.Paging.of(x);
        return CloudApi.listPage(x, new CloudApi.Paging(p.page(), p.pageSize(), null, p.sortAsc(), p.sortDesc()),
                values, "VdcGroupCandidateVdcs");
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.VDC_GROUP);
    }

    private static boolean force(Exchange x) {
        String force = x.queryParam("force");
        if (force != null && !force.equalsIgnoreCase("true") && !force.equalsIgnoreCase("false")) {
            throw ApiException.badRequest("force is true or false, not '" + force + "'.");
        }
        return Boolean.parseBoolean(force);
    }

    /** The id of a URN of {@code kind} in a body or filter (null when absent); anything else is a 400. */
    private static UUID urn(String text, Kind kind, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        UUID id = Ids.fromAny(text.trim());
        if (id == null || !text.trim().startsWith("urn:vcloud:" + kind.urnType + ":")) {
            throw ApiException.badRequest(what + " must be the URN of a " + kind.name + ", not '"
                    + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'.");
        }
        return id;
    }
}
