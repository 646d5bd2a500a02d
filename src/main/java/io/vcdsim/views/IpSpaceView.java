package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.network.IpSpaceConfig;
import io.vcdsim.network.IpSpaceOrgs;
import io.vcdsim.network.IpSpacePool;
import io.vcdsim.network.IpSpaces;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.core.OpenApiReference.ref;

/**
 * IP spaces, their uplinks, org assignments and allocations as the cloudapi writes them (go-vcloud-director's
 * types.IpSpace, IpSpaceUplink, IpSpaceOrgAssignment, IpSpaceIpAllocation); a space with its utilization: how much
 * of its ranges and prefixes is allocated and used.
 */
public final class IpSpaceView {
    private IpSpaceView() {
    }

    public static Map<String, Object> space(Tx tx, IpSpaceStore.Space s) {
        IpSpaceConfig.Body c = IpSpaces.config(s);
        List<IpSpaceStore.Allocation> held = tx.store(IpSpaceStore::new).allocations(s.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.IP_SPACE.urn(s.id()));
        m.put("name", s.name());
        m.put("description", c.description == null ? "" : c.description);
        m.put("type", s.type());
        m.put("orgRef", s.orgId() == null ? null : org(tx, s.orgId()));
        m.put("utilization", utilization(c, held));
        List<Object> ranges = new ArrayList<>();
        for (IpSpaceConfig.Range r : c.ipSpaceRanges.ipRanges) {
            long total = IpSpaceConfig.range(r).count();
            long allocated = count(held, IpSpacePool.FLOATING_IP, IpSpaceConfig.range(r));
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("id", r.id);
            range.put("startIpAddress", r.startIpAddress);
            range.put("endIpAddress", r.endIpAddress);
            range.put("totalIpCount", String.valueOf(total));
            range.put("allocatedIpCount", String.valueOf(allocated));
            range.put("allocatedIpPercentage", percent(allocated, total));
            ranges.add(range);
        }
        List<Object> prefixes = new ArrayList<>();
        for (IpSpaceConfig.Prefixes p : c.ipSpacePrefixes) {
            List<Object> sequences = new ArrayList<>();
            for (IpSpaceConfig.Sequence q : p.ipPrefixSequence) {
                long allocated = count(held, IpSpacePool.IP_PREFIX, IpSpaceConfig.sequence(q));
                Map<String, Object> seq = new LinkedHashMap<>();
                seq.put("id", q.id);
                seq.put("startingPrefixIpAddress", q.startingPrefixIpAddress);
                seq.put("prefixLength", q.prefixLength);
                seq.put("totalPrefixCount", q.totalPrefixCount);
                seq.put("allocatedPrefixCount", allocated);
                seq.put("allocatedPrefixPercentage", percent(allocated, q.totalPrefixCount));
                sequences.add(seq);
            }
            prefixes.add(Map.of("ipPrefixSequence", sequences, "defaultQuotaForPrefixLength",
                    p.defaultQuotaForPrefixLength));
        }
        m.put("ipSpacePrefixes", prefixes);
        m.put("ipSpaceRanges", Map.of("ipRanges", ranges, "defaultFloatingIpQuota",
                c.ipSpaceRanges.defaultFloatingIpQuota));
        m.put("ipSpaceInternalScope", c.ipSpaceInternalScope);
        m.put("ipSpaceExternalScope", c.ipSpaceExternalScope);
        m.put("routeAdvertisementEnabled", c.routeAdvertisementEnabled);
        m.put("defaultGatewayServiceConfig", c.defaultGatewayServiceConfig);
        m.put("status", "REALIZED");
        return m;
    }

    public static Map<String, Object> uplink(Tx tx, IpSpaceStore.Uplink u) {
        IpSpaceStore.Space s = tx.store(IpSpaceStore::new).space(u.ipSpaceId()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.IP_SPACE_UPLINK.urn(u.id()));
        m.put("name", u.name());
        m.put("description", u.description() == null ? "" : u.description());
        m.put("externalNetworkRef", ref(tx.networks().external(u.networkId()).map(n -> n.name()).orElse(""),
                Kind.EXTERNAL_NETWORK.urn(u.networkId())));
        m.put("ipSpaceRef", ref(s.name(), Kind.IP_SPACE.urn(s.id())));
        m.put("ipSpaceType", s.type());
        m.put("status", "REALIZED");
        return m;
    }

    public static Map<String, Object> assignment(Tx tx, IpSpaceStore.Assignment a) {
        IpSpaceStore.Space s = tx.store(IpSpaceStore::new).space(a.ipSpaceId()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.IP_SPACE_ORG_ASSIGNMENT.urn(a.id()));
        m.put("ipSpaceRef", ref(s.name(), Kind.IP_SPACE.urn(s.id())));
        m.put("orgRef", org(tx, a.orgId()));
        m.put("ipSpaceType", s.type());
        m.put("defaultQuotas", IpSpaceOrgs.defaults(IpSpaces.config(s)));
        m.put("customQuotas", IpSpaceOrgs.custom(a));
        return m;
    }

    public static Map<String, Object> allocation(Tx tx, IpSpaceStore.Allocation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.IP_SPACE_ALLOCATION.urn(a.id()));
        m.put("description", a.description() == null ? "" : a.description());
        m.put("orgRef", org(tx, a.orgId()));
        m.put("type", a.type());
        m.put("usageCategories", List.of());
        m.put("usageState", a.usageState());
        m.put("value", a.value());
        m.put("usedByRef", null);
        m.put("allocationDate", a.allocated().toString());
        return m;
    }

    private static Map<String, Object> utilization(IpSpaceConfig.Body c, List<IpSpaceStore.Allocation> held) {
        long floating = c.ipSpaceRanges.ipRanges.stream().mapToLong(r -> IpSpaceConfig.range(r).count())
                .reduce(0, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b); // IPv6 ranges: stops at Long.MAX_VALUE
        long prefixes = c.ipSpacePrefixes.stream().flatMap(p -> p.ipPrefixSequence.stream())
                .mapToLong(q -> q.totalPrefixCount).sum();
        Map<String, Object> ips = usage(floating, held, IpSpacePool.FLOATING_IP);
        Map<String, Object> blocks = usage(prefixes, held, IpSpacePool.IP_PREFIX);
        List<Object> byLength = new ArrayList<>();
        for (IpSpaceConfig.Prefixes p : c.ipSpacePrefixes) {
            int length = p.ipPrefixSequence.get(0).prefixLength;
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("prefixLength", length);
            l.put("totalCount", p.ipPrefixSequence.stream().mapToInt(q -> q.totalPrefixCount).sum());
            l.put("allocatedCount", held.stream().filter(a -> a.value().endsWith("/" + length)).count());
            byLength.add(l);
        }
        blocks.put("prefixLengthUtilizations", byLength);
        return Map.of("floatingIPs", ips, "ipPrefixes", blocks);
    }

    private static Map<String, Object> usage(long total, List<IpSpaceStore.Allocation> held, String type) {
        long allocated = held.stream().filter(a -> a.type().equals(type)).count();
        long used = held.stream().filter(a -> a.type().equals(type) && !"UNUSED".equals(a.usageState())).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totalCount", String.valueOf(total));
        m.put("allocatedCount", String.valueOf(allocated));
        m.put("usedCount", String.valueOf(used));
        m.put("unusedCount", String.valueOf(allocated - used));
        m.put("allocatedPercentage", percent(allocated, total));
        m.put("usedPercentage", percent(used, total));
        return m;
    }

    private static long count(List<IpSpaceStore.Allocation> held, String type, IpSpaceConfig.Block block) {
        return held.stream().filter(a -> a.type().equals(type) && IpSpacePool.inBlock(block, a.value())).count();
    }

    private static double percent(long part, long total) {
        return total == 0 ? 0 : Math.round(part * 10000.0 / total) / 100.0;
    }

    private static Map<String, Object> org(Tx tx, UUID id) {
        return ref(tx.orgs().find(id).map(OrgRow::name).orElse(""), Kind.ORG.urn(id));
    }
}
