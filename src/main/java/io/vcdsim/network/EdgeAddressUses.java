package io.vcdsim.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.IpScope;
import io.vcdsim.network.IpSpaceConfig.Block;
import io.vcdsim.store.EdgeConfigStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The addresses an NSX-T edge holds on its uplinks (each subnet's primary address and the ranges allocated to it),
 * and what of the edge's own configuration names one of them: a NAT rule's external addresses, an IPsec tunnel's
 * local address, an L2 VPN tunnel's local endpoint, the DNS forwarder's listener and SNAT addresses, a load balancer
 * virtual service's virtual IP. An update that
 * lets go an address one of these still names is refused, so no rule is left on an address the edge no longer has.
 */
final class EdgeAddressUses {
    private EdgeAddressUses() {
    }

    /** A thing of the edge's and the addresses it names (an interval of one family, as IP spaces count them). */
    private record Use(String what, Block span) {
    }

    /** What the edge holds now, to compare with what it holds after a change. */
    static List<IpScope.IpRange> held(Tx tx, UUID edgeId) {
        List<IpScope.IpRange> held = new ArrayList<>();
        for (UplinkRow u : tx.edges().uplinks(edgeId)) {
            if (u.ipAddress() != null) {
                held.add(new IpScope.IpRange(u.ipAddress(), u.ipAddress()));
            }
            if (u.ranges() != null) {
                held.addAll(u.ranges());
            }
        }
        return held;
    }

    /** Refuses the change (the caller's transaction rolls back) if an address held before and not now is in use. */
    static void refuseFreedInUse(Tx tx, EdgeGatewayRow e, List<IpScope.IpRange> before) {
        List<Block> freed = new ArrayList<>();
        List<Block> after = held(tx, e.id()).stream().map(EdgeAddressUses::span).filter(s -> s != null).toList();
        for (IpScope.IpRange r : before) {
            Block s = span(r);
            if (s != null) {
                freed.addAll(minus(s, after));
            }
        }
        if (freed.isEmpty()) {
            return;
        }
        for (Use use : uses(tx, e.id())) {
            for (Block f : freed) {
                if (use.span().overlaps(f)) {
                    BigInteger first = use.span().first().max(f.first());
                    throw ApiException.badRequest("Edge gateway " + e.name() + " keeps the address "
                            + IpAddresses.text(first, f.bits()) + ": " + use.what() + " uses it.");
                }
            }
        }
    }

    private static List<Use> uses(Tx tx, UUID edgeId) {
        List<Use> uses = new ArrayList<>();
        for (NsxtServiceStore.Rule r : tx.store(NsxtServiceStore::new).rules(edgeId, NsxtServiceStore.NAT)) {
            add(uses, "NAT rule " + r.name(), NsxtEdges.read(r.body(), EdgeNat.Body.class).externalAddresses());
        }
        EdgeConfigStore docs = tx.store(EdgeConfigStore::new);
        for (EdgeConfigStore.Doc d : docs.list(edgeId, "ipsecTunnels")) {
            JsonNode t = NsxtEdges.read(d.body(), JsonNode.class);
            add(uses, "IPSec VPN Tunnel " + t.path("name").asText(), t.path("localEndpoint").path("localAddress")
                    .asText(null));
        }
        for (EdgeConfigStore.Doc d : docs.list(edgeId, "l2vpnTunnels")) {
            JsonNode t = NsxtEdges.read(d.body(), JsonNode.class);
            add(uses, "L2 VPN tunnel " + t.path("name").asText(), t.path("localEndpointIP").asText(null));
        }
        AlbVirtualIps.uses(tx, edgeId).forEach(use -> add(uses, use.getKey(), use.getValue()));
        docs.find(edgeId, "dns", EdgeConfigStore.SINGLE).map(d -> NsxtEdges.read(d.body(), JsonNode.class))
                .ifPresent(dns -> {
                    add(uses, "the DNS forwarder", dns.path("listenerIp").asText(null));
                    add(uses, "the DNS forwarder's SNAT rule", dns.path("snatRuleExternalIpAddress").asText(null));
                });
        return uses;
    }

    private static void add(List<Use> uses, String what, String text) {
        Block s = text == null ? null : span(text.trim());
        if (s != null) {
            uses.add(new Use(what, s));
        }
    }

    private static Block span(IpScope.IpRange r) {
        IpAddresses.Address a = IpAddresses.parse(r.start());
        IpAddresses.Address b = IpAddresses.parse(r.end());
        return a == null || b == null || a.bits() != b.bits() ? null : new Block(a.value(), b.value(), a.bits());
    }

    /** An address, a CIDR block or a range {@code a-b}, as NAT rules and tunnels name them; else null. */
    private static Block span(String text) {
        int dash = text.indexOf('-');
        if (dash > 0) {
            return span(new IpScope.IpRange(text.substring(0, dash).trim(), text.substring(dash + 1).trim()));
        }
        int slash = text.indexOf('/');
        IpAddresses.Address a = IpAddresses.parse(slash > 0 ? text.substring(0, slash) : text);
        if (a == null) {
            return null;
        }
        if (slash < 0) {
            return new Block(a.value(), a.value(), a.bits());
        }
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException ex) {
            return null;
        }
        if (prefix < 0 || prefix > a.bits()) {
            return null;
        }
        BigInteger mask = IpAddresses.mask(prefix, a.bits());
        BigInteger low = a.value().and(mask);
        return new Block(low, low.or(IpAddresses.all(a.bits()).xor(mask)), a.bits());
    }

    /** The parts of {@code s} none of {@code others} covers. */
    private static List<Block> minus(Block s, List<Block> others) {
        List<Block> parts = new ArrayList<>(List.of(s));
        for (Block o : others) {
            List<Block> next = new ArrayList<>();
            for (Block p : parts) {
                if (!p.overlaps(o)) {
                    next.add(p);
                    continue;
                }
                if (p.first().compareTo(o.first()) < 0) {
                    next.add(new Block(p.first(), o.first().subtract(BigInteger.ONE), p.bits()));
                }
                if (p.last().compareTo(o.last()) > 0) {
                    next.add(new Block(o.last().add(BigInteger.ONE), p.last(), p.bits()));
                }
            }
            parts = next;
        }
        return parts;
    }
}
