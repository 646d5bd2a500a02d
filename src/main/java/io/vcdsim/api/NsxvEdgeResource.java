package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AnyContent;
import io.vcdsim.network.NsxvEdgeSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;

/**
 * The part of vCD's NSX-V API proxy that go-vcloud-director's EdgeGateway uses for every {@code vcd_edgegateway}
 * apply and refresh: an advanced edge's load balancer ({@code /network/edges/{id}/loadbalancer/config}) and firewall
 * ({@code /network/edges/{id}/firewall/config}) general settings, read and replaced, in NSX's own XML (no namespace,
 * {@code application/xml}); a PUT answers 204 as NSX does. Only the general settings are kept: a document carrying
 * pools, virtual servers or firewall rules is refused rather than half applied.
 */
public final class NsxvEdgeResource implements Routes {
    private static final String XML = "application/xml";
    private static final String EDGE = "/network/edges/{id}";
    private final NsxvEdgeSettings settings;

    public NsxvEdgeResource(NsxvEdgeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void register(Router r) {
        r.get(EDGE + "/loadbalancer/config", x -> {
            NsxvEdgeSettings.LoadBalancer lb = settings.loadBalancer(x.principal(), Hrefs.id(x, "id"));
            return xml("<loadBalancer><version>" + lb.version() + "</version><enabled>" + lb.enabled()
                    + "</enabled><enableServiceInsertion>false</enableServiceInsertion><accelerationEnabled>"
                    + lb.accelerationEnabled() + "</accelerationEnabled><logging><enable>" + lb.loggingEnabled()
                    + "</enable><logLevel>" + lb.logLevel() + "</logLevel></logging></loadBalancer>");
        });
        r.put(EDGE + "/loadbalancer/config", x -> {
            Element lb = document(x, "loadBalancer", "virtualServer", "pool", "applicationProfile", "monitor",
                    "applicationRule");
            Element logging = child(lb, "logging");
            String level = logging == null ? "info" : text(logging, "logLevel");
            settings.changeLoadBalancer(x.principal(), Hrefs.id(x, "id"), flag(lb, "enabled"),
                    flag(lb, "accelerationEnabled"), logging != null && flag(logging, "enable"),
                    level == null ? "info" : level);
            return Reply.noContent();
        });
        r.get(EDGE + "/firewall/config", x -> {
            NsxvEdgeSettings.Firewall fw = settings.firewall(x.principal(), Hrefs.id(x, "id"));
            return xml("<firewall><version>" + fw.version() + "</version><enabled>" + fw.enabled()
                    + "</enabled><globalConfig><tcpPickOngoingConnections>false</tcpPickOngoingConnections>"
                    + "<dropInvalidTraffic>true</dropInvalidTraffic></globalConfig><defaultPolicy><action>"
                    + fw.defaultAction() + "</action><loggingEnabled>" + fw.defaultLogging()
                    + "</loggingEnabled></defaultPolicy><firewallRules></firewallRules></firewall>");
        });
        r.put(EDGE + "/firewall/config", x -> {
            Element fw = document(x, "firewall");
            Element rules = child(fw, "firewallRules");
            if (rules != null && child(rules, "firewallRule") != null) {
                throw ApiException.badRequest("vcdsim keeps the firewall's general settings here; its rules are "
                        + "the edge's FirewallService, set by configureServices.");
            }
            Element policy = child(fw, "defaultPolicy");
            if (policy == null) {
                throw ApiException.badRequest("The firewall configuration needs its defaultPolicy.");
            }
            settings.changeFirewall(x.principal(), Hrefs.id(x, "id"), flag(fw, "enabled"), text(policy, "action"),
                    flag(policy, "loggingEnabled"));
            return Reply.noContent();
        });
    }

    private static Reply xml(String document) {
        return Reply.bytes(200, document.getBytes(StandardCharsets.UTF_8), XML);
    }

    /** The body's root element, which must be {@code root} and have none of the {@code refused} children. */
    private static Element document(Exchange x, String root, String... refused) {
        String text = new String(x.body(), StandardCharsets.UTF_8).strip();
        if (text.startsWith("<?xml") && text.contains("?>")) {
            // go-vcloud-director's documents start with the declaration, which a fragment cannot carry
            text = text.substring(text.indexOf("?>") + 2);
        }
        Element doc;
        try {
            doc = AnyContent.of(text).content.stream()
                    .filter(Element.class::isInstance).map(Element.class::cast).findFirst().orElse(null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The body is not well-formed XML.");
        }
        if (doc == null || !root.equals(doc.getLocalName())) {
            throw ApiException.badRequest("The body is a " + root + " document.");
        }
        for (String name : refused) {
            if (child(doc, name) != null) {
                throw ApiException.badRequest("vcdsim keeps the load balancer's general settings only, not its "
                        + name + " elements: it simulates no load balancer.");
            }
        }
        return doc;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().trim();
    }

    /** A boolean element: absent is false, as NSX takes it; anything but true or false is refused. */
    private static boolean flag(Element parent, String localName) {
        String v = text(parent, localName);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(localName + " is true or false.");
    }
}
