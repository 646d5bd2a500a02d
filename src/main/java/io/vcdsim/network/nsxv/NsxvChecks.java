package io.vcdsim.network.nsxv;

import org.w3c.dom.Element;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the NSX-V manager refuses before it stores anything: unknown actions, algorithms and types, missing required
 * fields, a name two objects of a kind share, references to objects that do not exist, and deleting an object
 * another one uses. It also fills in what the manager adds: a rule's type ({@code user}) and tag (its id).
 */
final class NsxvChecks {
    private static final List<String> NAT_ACTIONS = List.of("snat", "dnat");
    private static final List<String> FIREWALL_ACTIONS = List.of("accept", "deny", "reject");
    private static final List<String> MONITOR_TYPES = List.of("HTTP", "HTTPS", "TCP", "ICMP", "UDP");
    private static final List<String> ALGORITHMS = List.of("IP-HASH", "ROUND-ROBIN", "URI", "LEASTCONN", "URL",
            "HTTPHEADER");
    private static final List<String> PROTOCOLS = List.of("HTTP", "HTTPS", "TCP", "UDP");
    private static final List<String> PERSISTENCE = List.of("COOKIE", "SSL-SESSIONID", "SOURCEIP");
    private static final List<String> LOG_LEVELS = List.of("EMERGENCY", "ALERT", "CRITICAL", "ERROR", "WARNING",
            "NOTICE", "INFO", "DEBUG");
    private static final List<String> BOOLEANS = List.of("true", "false");
    /** The keywords an application rule's line may start with (HAProxy's, as the edge's load balancer runs it). */
    private static final Set<String> SCRIPT_KEYWORDS = Set.of("acl", "redirect", "use_backend", "default_backend",
            "http-request", "http-response", "tcp-request", "tcp-response", "reqadd", "reqdel", "reqrep", "reqirep",
            "reqallow", "reqdeny", "reqtarpit", "reqpass", "rspadd", "rspdel", "rsprep", "rspirep", "rspdeny",
            "block", "capture", "option", "timeout", "stick", "stick-table", "errorfile", "monitor", "use-server");
    private static final int MAX_NAME = 255;

    private NsxvChecks() {
    }

    /** An object about to be stored in {@code list} (where it already is, for an update). */
    static void check(NsxvItem kind, Element item, Element list, UUID owner) {
        String name = NsxvXml.text(item, "name");
        if (name != null && name.length() > MAX_NAME) {
            throw NsxvException.badRequest("A name is at most " + MAX_NAME + " characters.");
        }
        switch (kind) {
            case NAT_RULE -> {
                oneOf(item, "action", NAT_ACTIONS, "action", "actions");
                required(item, "originalAddress");
                required(item, "translatedAddress");
                userRule(kind, item);
            }
            case FIREWALL_RULE -> {
                oneOf(item, "action", FIREWALL_ACTIONS, "action", "actions");
                userRule(kind, item);
            }
            case MONITOR -> oneOf(item, "type", MONITOR_TYPES, "monitor type", "monitor types");
            case POOL -> {
                oneOf(item, "algorithm", ALGORITHMS, "algorithm", "algorithms");
                exists(list, NsxvItem.MONITOR, NsxvXml.text(item, "monitorId"));
            }
            case VIRTUAL_SERVER -> {
                required(item, "ipAddress");
                oneOf(item, "protocol", PROTOCOLS, "protocol", "protocols");
                port(NsxvXml.text(item, "port"));
                exists(list, NsxvItem.APPLICATION_PROFILE, required(item, "applicationProfileId"));
                exists(list, NsxvItem.POOL, NsxvXml.text(item, "defaultPoolId"));
                NsxvXml.children(item, "applicationRuleId").forEach(r -> exists(list, NsxvItem.APPLICATION_RULE,
                        r.getTextContent().trim()));
            }
            case APPLICATION_PROFILE -> {
                Element persistence = NsxvXml.child(item, "persistence");
                if (persistence != null && NsxvXml.text(persistence, "method") != null) {
                    oneOf(persistence, "method", PERSISTENCE, "persistence method", "methods");
                }
            }
            case APPLICATION_RULE -> script(required(item, "script"));
            case IP_SET -> required(item, "value");
            default -> {
            }
        }
        if (kind.prefix != null) {
            uniqueName(kind, item, list, required(item, "name"));
        }
    }

    /** What a whole document's general settings must be. */
    static void checkDocument(NsxvSection section, Element doc) {
        switch (section) {
            case FIREWALL -> {
                oneOf(doc, "enabled", BOOLEANS, "value", "values");
                Element policy = NsxvXml.child(doc, "defaultPolicy");
                if (policy == null) {
                    throw NsxvException.badRequest("The firewall needs its defaultPolicy.");
                }
                oneOf(policy, "action", List.of("accept", "deny"), "default action", "default actions");
            }
            case LOAD_BALANCER -> {
                oneOf(doc, "enabled", BOOLEANS, "value", "values");
                Element logging = NsxvXml.child(doc, "logging");
                if (logging != null) {
                    oneOf(logging, "logLevel", LOG_LEVELS, "log level", "log levels");
                }
            }
            case DHCP_RELAY -> {
                Element server = NsxvXml.child(doc, "relayServer");
                if (server == null || NsxvXml.children(server, null).isEmpty()) {
                    throw NsxvException.badRequest("A DHCP relay needs at least one relay server.");
                }
                Element agents = NsxvXml.child(doc, "relayAgents");
                for (Element agent : agents == null ? List.<Element>of() : NsxvXml.children(agents, "relayAgent")) {
                    int vnic = number(required(agent, "vnicIndex"), "vnicIndex");
                    if (vnic < 0 || vnic > 9) {
                        throw NsxvException.badRequest("vnicIndex " + vnic + " is not one of an edge's vNics 0-9.");
                    }
                }
            }
            default -> {
            }
        }
    }

    /** An object others use stays: the manager names who uses it. */
    static void unused(NsxvItem kind, String id, Element root) {
        NsxvItem user = switch (kind) {
            case APPLICATION_PROFILE, POOL, APPLICATION_RULE -> NsxvItem.VIRTUAL_SERVER;
            case MONITOR -> NsxvItem.POOL;
            default -> null;
        };
        String ref = switch (kind) {
            case POOL -> "defaultPoolId";
            default -> kind.idElement;
        };
        for (Element e : user == null ? List.<Element>of() : NsxvXml.children(root, user.element)) {
            for (Element r : NsxvXml.children(e, ref)) {
                if (id.equals(r.getTextContent().trim())) {
                    throw NsxvException.badRequest("Fail to delete objectId " + id + " for it is used by "
                            + NsxvXml.text(e, user.idElement) + ".");
                }
            }
        }
    }

    private static void userRule(NsxvItem kind, Element rule) {
        if (NsxvXml.text(rule, "ruleType") == null) {
            NsxvXml.setText(rule, "ruleType", "user");
        }
        if (NsxvXml.text(rule, "ruleTag") == null) {
            NsxvXml.setText(rule, "ruleTag", NsxvXml.text(rule, kind.idElement));
        }
    }

    private static void uniqueName(NsxvItem kind, Element item, Element list, String name) {
        for (Element other : NsxvXml.children(list, kind.element)) {
            if (other != item && name.equals(NsxvXml.text(other, "name"))) {
                throw NsxvException.duplicate("Another object with same name " + name + " already exists in the "
                        + "current scope.");
            }
        }
    }

    private static void exists(Element list, NsxvItem kind, String id) {
        if (id != null && NsxvXml.children(list, kind.element).stream()
                .noneMatch(e -> id.equals(NsxvXml.text(e, kind.idElement)))) {
            throw NsxvException.badRequest(kind.element + " " + id + " does not exist.");
        }
    }

    private static String required(Element item, String field) {
        String v = NsxvXml.text(item, field);
        if (v == null) {
            throw NsxvException.badRequest(item.getNodeName() + " needs " + field + ".");
        }
        return v;
    }

    /** NSX-V's words: "Invalid algorithm x. Valid algorithms are: IP-HASH|ROUND-ROBIN|..." (any case is taken). */
    private static void oneOf(Element item, String field, List<String> allowed, String what, String whats) {
        String v = required(item, field);
        if (allowed.stream().noneMatch(v::equalsIgnoreCase)) {
            throw NsxvException.badRequest("Invalid " + what + " " + v + ". Valid " + whats + " are: "
                    + String.join("|", allowed) + ".");
        }
    }

    private static void script(String script) {
        for (String line : script.split("\\R")) {
            String keyword = line.trim().split("\\s+")[0];
            if (!keyword.isEmpty() && !keyword.startsWith("#") && !SCRIPT_KEYWORDS.contains(keyword)) {
                throw NsxvException.badRequest("invalid applicationRule script, invalid script line : " + line.trim()
                        + ", error details : Unknown keyword '" + keyword + "'");
            }
        }
    }

    private static void port(String port) {
        for (String part : port == null ? new String[0] : port.split("[,-]")) {
            int p = number(part.trim(), "port");
            if (p < 1 || p > 65535) {
                throw NsxvException.badRequest("Port " + p + " is not between 1 and 65535.");
            }
        }
    }

    private static int number(String v, String field) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw NsxvException.badRequest("Invalid value " + v + " for " + field + ".");
        }
    }
}
