package io.vcdsim.api;

import io.vcdsim.compute.SecurityTags;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T security tags on the cloudapi, as go-vcloud-director's security_tags.go uses them (and VM.GetVMSecurityTags on
 * every terraform refresh of a VM): {@code securityTags/vm/{urn}} (a VM's tags), {@code securityTags/tag} (PUT: one
 * tag on a list of VMs, 204), {@code securityTags/values} and {@code securityTags/entities} (an org's tags and tagged
 * VMs, {@code filter=tag==}), in the org the tenant context names. A VM the caller does not see is the cloudapi's 403,
 * which go-vcloud-director reads as not found.
 */
public final class CloudApiSecurityTagResource implements Routes {
    private static final String TAGS = CloudApi.V1 + "/securityTags";
    private final SecurityTags tags;

    /** go-vcloud-director's types.EntitySecurityTags. */
    public static final class VmTags {
        public List<String> tags;
    }

    /** go-vcloud-director's types.SecurityTag: a tag and the VMs (URNs) it is on. */
    public static final class TagBody {
        public String tag;
        public List<String> entities;
    }

    public CloudApiSecurityTagResource(SecurityTags tags) {
        this.tags = tags;
    }

    @Override
    public void register(Router r) {
        r.get(TAGS + "/vm/{id}", x -> vmTags(tags.ofVm(x.principal(), CloudApi.id(x, "id", Kind.VM))));
        r.put(TAGS + "/vm/{id}", x -> {
            VmTags body = CloudApi.body(x, VmTags.class, "EntitySecurityTags");
            return vmTags(tags.setOfVm(x.principal(), CloudApi.id(x, "id", Kind.VM), body.tags));
        });
        r.put(TAGS + "/tag", x -> {
            TagBody body = CloudApi.body(x, TagBody.class, "SecurityTag");
            List<UUID> vms = new ArrayList<>();
            for (String urn : body.entities == null ? List.<String>of() : body.entities) {
                UUID id = urn != null && urn.startsWith("urn:vcloud:" + Kind.VM.urnType + ":") ? Ids.fromAny(urn)
                        : null;
                if (id == null) {
                    throw ApiException.invalidReference("Each entity is a VM's URN.");
                }
                vms.add(id);
            }
            tags.tag(x.principal(), CloudApi.actingOrg(x), body.tag, vms);
            return Reply.noContent();
        });
        r.get(TAGS + "/values", x -> {
            String tag = tagFilter(x);
            return CloudApi.contextPage(x, tags.values(x.principal(), CloudApi.actingOrg(x)).stream()
                    .filter(t -> tag == null || t.equalsIgnoreCase(tag)).map(t -> Map.of("tag", t)).toList(),
                    "SecurityTagValues");
        });
        r.get(TAGS + "/entities", x -> CloudApi.contextPage(x, tags.entities(x.principal(), CloudApi.actingOrg(x),
                tagFilter(x)).stream().map(CloudApiSecurityTagResource::entity).toList(), "SecurityTaggedEntities"));
    }

    private static String tagFilter(Exchange x) {
        return CloudApi.contextFilter(x, Set.of("tag")).get("tag");
    }

    private static Reply vmTags(List<String> values) {
        return Reply.json(200, Map.of("tags", values));
    }

    private static Map<String, Object> entity(SecurityTags.Entity e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entityType", "vm");
        json.put("id", Kind.VM.urn(e.vm().id()));
        json.put("name", e.vm().name());
        json.put("ownerRef", e.vdc() == null ? null : OpenApiReference.ref(e.vdc().name(),
                Kind.VDC.urn(e.vdc().id())));
        json.put("parentRef", OpenApiReference.ref(e.vapp().name(), Kind.VAPP.urn(e.vapp().id())));
        return json;
    }
}
