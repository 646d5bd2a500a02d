package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/**
 * An edge gateway's network services (DHCP, firewall, NAT, IPsec VPN, static routing, ...), kept as the XML content
 * of its EdgeGatewayServiceConfiguration, and changed as vCD's {@code configureServices} changes them: each service
 * sent replaces that service, the others stay. NAT and firewall rules sent without an Id get one, a NAT rule's
 * protocol is kept in lower case, and the network a NAT rule applies on is named by its admin path, its name and the
 * generic network type, as vCD gives them back. Stored hrefs are paths; the view puts the base URL before them.
 */
public final class EdgeServices {
    static final String NS = "http://www.vmware.com/vcloud/v1.5";
    /** What a new edge has: DHCP and NAT off, a firewall that drops what no rule lets through. */
    public static final String DEFAULT = "<GatewayDhcpService xmlns=\"" + NS + "\"><IsEnabled>false</IsEnabled>"
            + "</GatewayDhcpService><FirewallService xmlns=\"" + NS + "\"><IsEnabled>true</IsEnabled><DefaultAction>"
            + "drop</DefaultAction><LogDefaultAction>false</LogDefaultAction></FirewallService><NatService xmlns=\""
            + NS + "\"><IsEnabled>false</IsEnabled></NatService>";
    /** The stored services' largest size (the column's). */
    static final int MAX_CHARS = 262_144;
    private static final int FIRST_RULE_ID = 65_537;
    /** vCD's default lease of a DHCP pool, an hour. */
    private static final int DEFAULT_LEASE_SECONDS = 3600;

    private EdgeServices() {
    }

    /**
     * The stored services with those of {@code incoming} (an XML fragment of service elements) in their place;
     * {@code networkNames} names the org VDC or external network with an id, if there is one.
     */
    static String configure(String stored, String incoming, Function<UUID, Optional<String>> networkNames) {
        Document doc = parse(stored);
        Element root = doc.getDocumentElement();
        for (Element service : elements(parse(incoming).getDocumentElement())) {
            for (Element old : elements(root)) {
                if (old.getLocalName().equals(service.getLocalName())) {
                    root.removeChild(old);
                }
            }
            root.appendChild(doc.importNode(service, true));
        }
        int next = FIRST_RULE_ID;
        for (Element service : elements(root)) {
            for (Element rule : elements(service)) {
                next = Math.max(next, id(rule) + 1);
            }
        }
        for (Element service : elements(root)) {
            for (Element rule : elements(service)) {
                boolean nat = rule.getLocalName().equals("NatRule");
                if ((nat || rule.getLocalName().equals("FirewallRule")) && child(rule, "Id") == null) {
                    Element id = doc.createElementNS(NS, "Id");
                    id.setTextContent(Integer.toString(next++));
                    // the schema's order: a NAT rule's Id follows IsEnabled, a firewall rule's comes first
                    Node before = nat ? afterLastOf(rule, "Description", "RuleType", "IsEnabled") : rule.getFirstChild();
                    rule.insertBefore(id, before);
                }
                Element gatewayRule = child(rule, "GatewayNatRule");
                Element protocol = gatewayRule == null ? null : child(gatewayRule, "Protocol");
                if (protocol != null) {
                    protocol.setTextContent(protocol.getTextContent().trim().toLowerCase(Locale.ROOT));
                }
                Element on = gatewayRule == null ? null : child(gatewayRule, "Interface");
                if (on != null) {
                    UUID network = Ids.fromAny(on.getAttribute("href"));
                    String name = network == null ? null : networkNames.apply(network).orElse(null);
                    if (name == null) {
                            throw ApiException.invalidReference("A NAT rule's Interface is not one of the edge's "
                                + "networks: its routed networks and its uplinks' external networks.");
                    }
                    on.setAttribute("href", Kind.NETWORK.adminPath(network));
                    on.setAttribute("name", name);
                    on.setAttribute("type", MediaTypes.xml(MediaTypes.ADMIN_NETWORK));
                }
            }
        }
        String out = write(root);
        if (out.length() > MAX_CHARS) {
            throw ApiException.badRequest("An edge gateway's services are at most " + MAX_CHARS
                    + " characters of XML.");
        }
        return out;
    }

    /** A pool of the edge's DHCP service: the org VDC network it serves, its addresses and its lease, in seconds. */
    public record DhcpPool(UUID networkId, String low, String high, int defaultLeaseSeconds) {
    }

    /** The enabled pools of the stored DHCP service, none while the service is off. */
    public static List<DhcpPool> dhcpPools(String stored) {
        Element dhcp = child(parse(stored).getDocumentElement(), "GatewayDhcpService");
        if (dhcp == null || !"true".equals(text(dhcp, "IsEnabled"))) {
            return List.of();
        }
        List<DhcpPool> pools = new ArrayList<>();
        for (Element pool : elements(dhcp)) {
            Element network = child(pool, "Network");
            UUID id = network == null ? null : Ids.fromAny(network.getAttribute("href"));
            String low = text(pool, "LowIpAddress");
            String high = text(pool, "HighIpAddress");
            if (pool.getLocalName().equals("Pool") && !"false".equals(text(pool, "IsEnabled")) && id != null
                    && low != null && high != null) {
                String lease = text(pool, "DefaultLeaseTime");
                pools.add(new DhcpPool(id, low.trim(), high.trim(), lease != null && lease.trim().matches("\\d{1,7}")
                        ? Integer.parseInt(lease.trim()) : DEFAULT_LEASE_SECONDS));
            }
        }
        return pools;
    }

    /** The edge firewall's own switches: on or off, its default action (allow or drop), logging of that action. */
    public record Firewall(boolean enabled, boolean allowByDefault, boolean logDefault) {
    }

    /** The stored firewall's switches; an edge without a FirewallService has vCD's: on, dropping, not logging. */
    static Firewall firewall(String stored) {
        Element fw = child(parse(stored).getDocumentElement(), "FirewallService");
        if (fw == null) {
            return new Firewall(true, false, false);
        }
        return new Firewall(!"false".equals(text(fw, "IsEnabled")), "allow".equals(text(fw, "DefaultAction")),
                "true".equals(text(fw, "LogDefaultAction")));
    }

    /** The stored services with the firewall's switches set; its rules and the other services stay. */
    static String withFirewall(String stored, Firewall f) {
        Document doc = parse(stored);
        Element root = doc.getDocumentElement();
        Element fw = child(root, "FirewallService");
        if (fw == null) {
            fw = doc.createElementNS(NS, "FirewallService");
            root.appendChild(fw);
        }
        // the schema's order: IsEnabled, DefaultAction, LogDefaultAction, then the rules
        String[][] switches = {{"IsEnabled", Boolean.toString(f.enabled())},
                {"DefaultAction", f.allowByDefault() ? "allow" : "drop"}, {"LogDefaultAction",
                Boolean.toString(f.logDefault())}};
        Node first = fw.getFirstChild();
        for (String[] s : switches) {
            Element old = child(fw, s[0]);
            if (old != null) {
                if (old == first) {
                    first = old.getNextSibling();
                }
                fw.removeChild(old);
            }
        }
        for (String[] s : switches) {
            Element e = doc.createElementNS(NS, s[0]);
            e.setTextContent(s[1]);
            fw.insertBefore(e, first);
        }
        return write(root);
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().trim();
    }

    private static int id(Element rule) {
        Element id = child(rule, "Id");
        if (id == null) {
            return 0;
        }
        try {
            return Integer.parseInt(id.getTextContent().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What follows the last of these children present, or the first child when none is. */
    private static Node afterLastOf(Element parent, String... localNames) {
        Node after = null;
        for (String name : localNames) {
            Element e = child(parent, name);
            if (e != null) {
                after = e;
            }
        }
        return after == null ? parent.getFirstChild() : after.getNextSibling();
    }

    private static Element child(Element parent, String localName) {
        for (Element e : elements(parent)) {
            if (e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** A fragment in a wrapper, parsed without DTDs or external entities. */
    private static Document parse(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader("<c xmlns=\"" + NS + "\">" + fragment
                    + "</c>")));
        } catch (Exception e) {
            throw ApiException.badRequest("The services are not well-formed XML.");
        }
    }

    private static String write(Element root) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            for (Element e : elements(root)) {
                t.transform(new DOMSource(e), new StreamResult(out));
            }
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
