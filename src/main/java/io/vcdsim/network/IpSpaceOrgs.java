package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.network.IpSpaces.store;

/**
 * Orgs' assignments to IP spaces (cloudapi {@code ipSpaces/orgAssignments}): made when an org's edge gateway reaches
 * a PUBLIC space ({@link IpSpaceUplinks#assignOnEdge}); read by system administrators and the org's network viewers;
 * their custom quotas set by system administrators. A quota (custom, else the space's default) of -1 is no limit.
 */
public final class IpSpaceOrgs {
    static final int MAX_PREFIX_QUOTAS = 64;
    private final Database db;

    /** go-vcloud-director's IpSpaceOrgAssignmentQuotas. */
    public static final class Quotas {
        public Integer floatingIpQuota;
        public List<PrefixQuota> ipPrefixQuotas;
    }

    public static final class PrefixQuota {
        public Integer prefixLength;
        public Integer quota;
    }

    public IpSpaceOrgs(Database db) {
        this.db = db;
    }

    /** The assignments a caller sees: all of them for a system administrator listing every org, else one org's. */
    public List<IpSpaceStore.Assignment> list(Principal p, UUID org) {
        return db.read(tx -> {
            if (org == null) {
                p.requireSystemAdmin();
                List<IpSpaceStore.Assignment> all = new ArrayList<>();
                store(tx).spaces().forEach(s -> all.addAll(store(tx).assignments(s.id())));
                return all;
            }
            if (!p.isSystemAdmin()) {
                p.require(Right.NETWORK_VIEW);
            }
            return store(tx).assignmentsOfOrg(org);
        });
    }

    public IpSpaceStore.Assignment get(Principal p, UUID id) {
        return db.read(tx -> store(tx).assignment(id).filter(a -> p.isSystemAdmin()
                        || (p.orgId().equals(a.orgId()) && p.has(Right.NETWORK_VIEW))).orElseThrow(() -> missing(id)));
    }

    /** Sets the assignment's custom quotas (null: the space's defaults apply). */
    public IpSpaceStore.Assignment update(Principal p, UUID id, Quotas custom) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            IpSpaceStore.Assignment a = store(tx).assignment(id).orElseThrow(() -> missing(id));
            IpSpaceConfig.Body config = IpSpaces.config(store(tx).space(a.ipSpaceId()).orElseThrow());
            String json = custom == null ? null : NsxtEdges.write(checked(custom, config));
            store(tx).setCustomQuotas(id, json);
            return store(tx).assignment(id).orElseThrow();
        });
    }

    /** The quotas a space gives every org it is assigned to. */
    public static Quotas defaults(IpSpaceConfig.Body config) {
        Quotas q = new Quotas();
        q.floatingIpQuota = config.ipSpaceRanges.defaultFloatingIpQuota;
        q.ipPrefixQuotas = new ArrayList<>();
        for (IpSpaceConfig.Prefixes p : config.ipSpacePrefixes) {
            PrefixQuota pq = new PrefixQuota();
            pq.prefixLength = p.ipPrefixSequence.get(0).prefixLength;
            pq.quota = p.defaultQuotaForPrefixLength;
            q.ipPrefixQuotas.add(pq);
        }
        return q;
    }

    public static Quotas custom(IpSpaceStore.Assignment a) {
        return a.customQuotas() == null ? null : NsxtEdges.read(a.customQuotas(), Quotas.class);
    }

    /** The org's quota for a type (prefixes: of a length) in the space: custom, else default; -1 is none. */
    static int quota(Tx tx, IpSpaceStore.Space s, IpSpaceConfig.Body config, UUID org, String type, Integer length) {
        Quotas custom = store(tx).assignments(s.id()).stream().filter(a -> a.orgId().equals(org)).findFirst()
                .map(IpSpaceOrgs::custom).orElse(null);
        Integer q = custom == null ? null : pick(custom, type, length);
        return q != null ? q : java.util.Objects.requireNonNullElse(pick(defaults(config), type, length), -1);
    }

    private static Integer pick(Quotas q, String type, Integer length) {
        if (IpSpacePool.FLOATING_IP.equals(type)) {
            return q.floatingIpQuota;
        }
        return q.ipPrefixQuotas == null ? null : q.ipPrefixQuotas.stream().filter(p -> p.prefixLength != null
                && p.prefixLength.equals(length)).map(p -> p.quota).findFirst().orElse(null);
    }

    private static Quotas checked(Quotas q, IpSpaceConfig.Body config) {
        if (q.floatingIpQuota != null && q.floatingIpQuota < -1) {
            throw ApiException.badRequest("floatingIpQuota is -1 (unlimited) or 0 or more.");
        }
        List<PrefixQuota> prefixes = q.ipPrefixQuotas == null ? List.of() : q.ipPrefixQuotas;
        if (prefixes.size() > MAX_PREFIX_QUOTAS) {
            throw ApiException.badRequest("An assignment has at most " + MAX_PREFIX_QUOTAS + " prefix quotas.");
        }
        Set<Integer> offered = new HashSet<>();
        config.ipSpacePrefixes.forEach(p -> offered.add(p.ipPrefixSequence.get(0).prefixLength));
        Set<Integer> seen = new HashSet<>();
        for (PrefixQuota p : prefixes) {
            if (p == null || p.prefixLength == null || p.quota == null || p.quota < -1) {
                throw ApiException.badRequest("Each of ipPrefixQuotas has a prefixLength and a quota of -1 "
                        + "(unlimited) or 0 or more.");
            }
            if (!offered.contains(p.prefixLength) || !seen.add(p.prefixLength)) {
                throw ApiException.badRequest("ipPrefixQuotas: IP space " + config.name + " offers no /"
                        + p.prefixLength + " prefixes, or the length is given twice.");
            }
        }
        q.ipPrefixQuotas = prefixes;
        return q;
    }

    private static ApiException missing(UUID id) {
        return ApiException.forbidden("No IP space org assignment with id " + Kind.IP_SPACE_ORG_ASSIGNMENT.urn(id)
                + " is accessible.");
    }
}
