package io.vcdsim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Org VDC networks' DHCP services and static bindings ({@code tx.store(NetworkDhcpStore::new)}), each kept as the
 * JSON of its record; a network without a DHCP row has none configured.
 */
public final class NetworkDhcpStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An address range DHCP hands out from. */
    public record Pool(boolean enabled, String start, String end) {
    }

    /**
     * A network's DHCP service: its mode (EDGE, NETWORK or RELAY), the listener address of a NETWORK one, the lease
     * time in seconds, the pools and the DNS servers it hands out.
     */
    public record Dhcp(boolean enabled, long leaseTime, String mode, String ipAddress, List<Pool> pools,
                       List<String> dnsServers) {
        public Dhcp {
            pools = List.copyOf(pools);
            dnsServers = List.copyOf(dnsServers);
        }
    }

    /**
     * A static binding of a MAC address to an IP address (IPV4 or IPV6; an IPV6 one may leave it to SLAAC: null), with
     * what the host is told: the IPv4 or IPv6 options are null unless they were given. {@code version} counts its
     * changes, as vCD's {@code version.version}.
     */
    public record Binding(UUID id, String name, String description, String bindingType, String macAddress,
                          String ipAddress, long leaseTime, List<String> dnsServers, V4Options v4, V6Options v6,
                          long version) {
        public Binding {
            dnsServers = List.copyOf(dnsServers);
        }
    }

    /** An IPv4 binding's gateway (null: the network's) and host name. */
    public record V4Options(String gatewayIpAddress, String hostName) {
    }

    /** An IPv6 binding's domain names and SNTP servers. */
    public record V6Options(List<String> domainNames, List<String> sntpServers) {
        public V6Options {
            domainNames = List.copyOf(domainNames);
            sntpServers = List.copyOf(sntpServers);
        }
    }

    private final Handle h;

    public NetworkDhcpStore(Handle h) {
        this.h = h;
    }

    public Optional<Dhcp> dhcp(UUID networkId) {
        return h.createQuery("SELECT body FROM org_network_dhcp WHERE network_id = :n").bind("n", networkId)
                .mapTo(String.class).findOne().map(b -> read(b, Dhcp.class));
    }

    public void setDhcp(UUID networkId, Dhcp dhcp) {
        String body = write(dhcp);
        if (Rows.execute(h, "UPDATE org_network_dhcp SET body = ? WHERE network_id = ?", body, networkId) == 0) {
            Rows.execute(h, "INSERT INTO org_network_dhcp (network_id, body) VALUES (?, ?)", networkId, body);
        }
    }

    public void deleteDhcp(UUID networkId) {
        Rows.execute(h, "DELETE FROM org_network_dhcp WHERE network_id = ?", networkId);
    }

    /** The network's bindings, oldest first. */
    public List<Binding> bindings(UUID networkId) {
        return h.createQuery("SELECT body FROM org_network_dhcp_binding WHERE network_id = :n ORDER BY position, id")
                .bind("n", networkId).mapTo(String.class).list().stream().map(b -> read(b, Binding.class)).toList();
    }

    public Optional<Binding> binding(UUID networkId, UUID id) {
        return h.createQuery("SELECT body FROM org_network_dhcp_binding WHERE network_id = :n AND id = :i")
                .bind("n", networkId).bind("i", id).mapTo(String.class).findOne().map(b -> read(b, Binding.class));
    }

    /** Inserts the binding, or replaces the one with its id (which keeps its place in the list). */
    public void putBinding(UUID networkId, Binding b) {
        String body = write(b);
        String mac = b.macAddress().toLowerCase(Locale.ROOT); // one MAC, however it is spelled
        if (Rows.execute(h, "UPDATE org_network_dhcp_binding SET mac_address = ?, ip_address = ?, body = ? "
                + "WHERE network_id = ? AND id = ?", mac, b.ipAddress(), body, networkId, b.id()) == 0) {
            long position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM org_network_dhcp_binding "
                    + "WHERE network_id = :n").bind("n", networkId).mapTo(Long.class).one();
            Rows.execute(h, "INSERT INTO org_network_dhcp_binding (id, network_id, position, mac_address, ip_address, "
                    + "body) VALUES (?, ?, ?, ?, ?, ?)", b.id(), networkId, position, mac, b.ipAddress(), body);
        }
    }

    public void deleteBinding(UUID networkId, UUID id) {
        Rows.execute(h, "DELETE FROM org_network_dhcp_binding WHERE network_id = ? AND id = ?", networkId, id);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
