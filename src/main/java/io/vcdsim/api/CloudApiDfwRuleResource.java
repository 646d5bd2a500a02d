package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.DistributedFirewallRules;
import io.vcdsim.views.NsxtServicesView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * A VDC group's distributed firewall rules ({@code vdcGroups/{id}/dfwPolicies/default/rules}): the list, replaced by
 * a PUT of {@code values}, and each rule read, changed or deleted at {@code rules/{ruleId}}. Changes answer 202 with the
 * task in {@code Location}.
 */
public final class CloudApiDfwRuleResource implements Routes {
    private static final String RULES = V1 + "/vdcGroups/{id}/dfwPolicies/default/rules";
    private final DistributedFirewallRules rules;

    public CloudApiDfwRuleResource(DistributedFirewallRules rules) {
        this.rules = rules;
    }

    /** go-vcloud-director's types.DistributedFirewallRule: an edge firewall rule and what only these rules have. */
    public static final class RuleBody extends CloudApiNsxtFirewallResource.RuleBody {
        public String description;
        public List<DistributedFirewallRules.ContextProfile> networkContextProfiles;
        public Boolean sourceGroupsExcluded;
        public Boolean destinationGroupsExcluded;
    }

    /** go-vcloud-director's types.DistributedFirewallRules. */
    public static final class Container {
        public List<RuleBody> values;
    }

    @Override
    public void register(Router r) {
        r.get(RULES, x -> {
            List<DistributedFirewallRules.Rule> all = rules.rules(x.principal(), groupId(x));
            Map<UUID, String> names = rules.names(all);
            return Reply.json(200, Map.of("values", all.stream().map(rule -> NsxtServicesView.dfwRule(rule,
                    names::get)).toList()));
        });
        r.put(RULES, x -> {
            Container in = CloudApi.body(x, Container.class, "DistributedFirewallRules");
            List<DistributedFirewallRules.Spec> specs = new ArrayList<>();
            // go-vcloud-director's DeleteAllRules sends "values": null
            for (RuleBody b : in.values == null ? List.<RuleBody>of() : in.values) {
                specs.add(b == null ? null : spec(b));
            }
            return CloudApi.accepted(x, rules.replace(x.principal(), groupId(x), specs,
                    TaskResource.caller(x.principal())));
        });
        r.get(RULES + "/{ruleId}", x -> {
            DistributedFirewallRules.Rule rule = rules.rule(x.principal(), groupId(x), CloudApiNsxtFirewallResource.ruleId(x));
            return Reply.json(200, NsxtServicesView.dfwRule(rule, rules.names(List.of(rule))::get));
        });
        r.put(RULES + "/{ruleId}", x -> CloudApi.accepted(x, rules.update(x.principal(), groupId(x), CloudApiNsxtFirewallResource.ruleId(x),
                spec(CloudApi.body(x, RuleBody.class, "DistributedFirewallRule")), TaskResource.caller(x.principal()))));
        r.delete(RULES + "/{ruleId}", x -> CloudApi.accepted(x, rules.delete(x.principal(), groupId(x), CloudApiNsxtFirewallResource.ruleId(x),
                TaskResource.caller(x.principal()))));
    }

    private static DistributedFirewallRules.Spec spec(RuleBody b) {
        return new DistributedFirewallRules.Spec(CloudApiNsxtFirewallResource.rule(b), b.description,
                b.networkContextProfiles, b.sourceGroupsExcluded, b.destinationGroupsExcluded);
    }

    private static UUID groupId(Exchange x) {
        return CloudApi.id(x, "id", Kind.VDC_GROUP);
    }
}
