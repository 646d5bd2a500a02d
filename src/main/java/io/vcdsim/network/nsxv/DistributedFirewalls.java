package io.vcdsim.network.nsxv;

import io.vcdsim.core.ApiException;
import io.vcdsim.network.VdcNetworking;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxvStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A VDC's NSX-V distributed firewall: enabled, it is one layer-3 section named after the VDC (stored with the VDC's
 * other NSX-V documents) whose rules a client replaces whole, naming the generation it read (If-Match); each change
 * counts the generation up and numbers the rules. Disabled, the section is gone.
 */
public final class DistributedFirewalls {
    private static final String SECTION = "dfw";
    private static final Set<String> ACTIONS = Set.of("allow", "deny", "reject");
    private static final Set<String> DIRECTIONS = Set.of("in", "out", "inout");
    private static final Set<String> PACKET_TYPES = Set.of("any", "ipv4", "ipv6");
    /** Rule ids of a section start here (NSX-V numbers its rules globally; each section has its own range here). */
    private static final int RULES_PER_SECTION = 100000;
    private final Database db;

    public DistributedFirewalls(Database db) {
        this.db = db;
    }

    /** The section, if the VDC's firewall is enabled. */
    public Optional<String> section(UUID vdc) {
        return db.read(tx -> tx.store(NsxvStore::new).find(NsxvStore.Scope.VDC, vdc, SECTION));
    }

    /** Enables the firewall (again: nothing changes). An NSX-T VDC has none: NSX-V's firewall is NSX-V's. */
    public void enable(UUID vdc) {
        db.tx(tx -> {
            tx.resources().vdc(vdc).filter(v -> VdcNetworking.NSX_T.equals(VdcNetworking.of(tx, v).providerType()))
                    .ifPresent(v -> {
                        // vCD's 403 (go-vcloud-director's Test_NsxvDistributedFirewall looks for "Forbidden")
                        throw ApiException.forbidden("VDC " + v.name() + " is backed by NSX-T: the NSX-V "
                                + "distributed firewall does not serve it.");
                    });
            NsxvStore store = tx.store(NsxvStore::new);
            if (store.lock(NsxvStore.Scope.VDC, vdc, SECTION).isEmpty()) {
                store.save(NsxvStore.Scope.VDC, vdc, SECTION, "<section generationNumber=\"1\" id=\""
                        + sectionId(vdc) + "\" name=\"" + vdc + "\" stateless=\"false\" tcpStrict=\"false\" timestamp=\""
                        + System.currentTimeMillis() / 1000 + "\" type=\"LAYER3\" useSid=\"false\"></section>");
            }
            return null;
        });
    }

    public void disable(UUID vdc) {
        db.tx(tx -> {
            tx.store(NsxvStore::new).delete(NsxvStore.Scope.VDC, vdc, SECTION);
            return null;
        });
    }

    /**
     * Replaces the rules; {@code generation} is what the client read (null: the one it sent in the section). Answers
     * the section as stored.
     */
    public String update(UUID vdc, String body, String generation) {
        return db.tx(tx -> {
            NsxvStore store = tx.store(NsxvStore::new);
            String stored = store.lock(NsxvStore.Scope.VDC, vdc, SECTION).orElseThrow(() -> NsxvException.notFound(
                    "The distributed firewall of VDC " + vdc + " is not enabled."));
            Element current = NsxvXml.parse(stored).getDocumentElement();
            Element in = NsxvXml.parse(body).getDocumentElement();
            if (!in.getNodeName().equals("section")) {
                throw NsxvException.badRequest("The request needs a section.");
            }
            String read = generation != null ? generation.replace("\"", "") : in.getAttribute("generationNumber");
            if (!read.equals(current.getAttribute("generationNumber"))) {
                throw new io.vcdsim.core.ApiException(412, "15001", "The section was changed meanwhile: generation "
                        + current.getAttribute("generationNumber") + ", not " + read + ". Read it again.");
            }
            Document doc = current.getOwnerDocument();
            NsxvXml.children(current, "rule").forEach(current::removeChild);
            int id = Integer.parseInt(current.getAttribute("id")) * RULES_PER_SECTION;
            for (Element rule : NsxvXml.children(in, "rule")) {
                check(rule);
                Element copy = (Element) doc.importNode(rule, true);
                copy.setAttribute("id", Integer.toString(++id));
                NsxvXml.setText(copy, "sectionId", current.getAttribute("id"));
                current.appendChild(copy);
            }
            current.setAttribute("generationNumber", Long.toString(Long.parseLong(
                    current.getAttribute("generationNumber")) + 1));
            String out = NsxvXml.write(current);
            store.save(NsxvStore.Scope.VDC, vdc, SECTION, out);
            return out;
        });
    }

    public static String generation(String section) {
        return NsxvXml.parse(section).getDocumentElement().getAttribute("generationNumber");
    }

    private static void check(Element rule) {
        oneOf(rule, "action", ACTIONS);
        oneOf(rule, "direction", DIRECTIONS);
        oneOf(rule, "packetType", PACKET_TYPES);
    }

    private static void oneOf(Element rule, String field, Set<String> allowed) {
        String v = NsxvXml.text(rule, field);
        if (v == null || !allowed.contains(v)) {
            throw NsxvException.badRequest("Invalid " + field + " " + v + " in rule " + NsxvXml.text(rule, "name")
                    + "; one of " + allowed + " is expected.");
        }
    }

    /** A number of the VDC's own for its section (NSX-V numbers sections; the VDC's id gives a stable one). */
    private static int sectionId(UUID vdc) {
        return 1000 + (int) (Math.abs(vdc.getLeastSignificantBits() % 9000));
    }
}
