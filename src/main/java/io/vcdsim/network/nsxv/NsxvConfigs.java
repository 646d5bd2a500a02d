package io.vcdsim.network.nsxv;

import io.vcdsim.store.Database;
import io.vcdsim.store.NsxvStore;
import io.vcdsim.store.Tx;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

/**
 * NSX-V configuration of advanced edges and their VDCs as vCD's {@code /network} proxy serves it: each section one
 * stored document, its objects created (with the id NSX-V would give), replaced and deleted within it, every change
 * checked before it is stored and counted in the document's version. Who may do this is the caller's business.
 */
public final class NsxvConfigs {
    /** Stored documents are at most this long (the store's column). */
    static final int MAX_CHARS = 262144;
    /** The load balancer's objects, which its general settings do not replace. */
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("virtualServer", "pool", "applicationProfile",
            "monitor", "applicationRule");
    private final Database db;

    public NsxvConfigs(Database db) {
        this.db = db;
    }

    /** The section's document as stored (or as a new edge or VDC has it). */
    public String document(NsxvSection section, UUID owner) {
        return db.read(tx -> tx.store(NsxvStore::new).find(section.scope, owner, section.root)
                .orElse(section.initial));
    }

    /** The objects of one kind: the whole document for rules, a {@code <loadBalancer>} of them for the others. */
    public String list(NsxvItem kind, UUID owner) {
        Element root = NsxvXml.parse(document(kind.section, owner)).getDocumentElement();
        if (kind.section != NsxvSection.LOAD_BALANCER) {
            return NsxvXml.write(root);
        }
        Document out = NsxvXml.parse("<loadBalancer/>");
        for (Element e : NsxvXml.children(root, kind.element)) {
            out.getDocumentElement().appendChild(out.importNode(e, true));
        }
        return NsxvXml.write(out.getDocumentElement());
    }

    /** One object, alone. */
    public String item(NsxvItem kind, UUID owner, String id) {
        Element root = NsxvXml.parse(document(kind.section, owner)).getDocumentElement();
        Element list = kind.list == null ? root : NsxvXml.child(root, kind.list);
        if (list == null) {
            throw notFound(id);
        }
        return NsxvXml.write(find(kind, list, id));
    }

    /**
     * Adds the objects of a request (one element of the kind, or the list wrapper with several) before
     * {@code aboveId} (null: at the end); answers the first one's id.
     */
    public String create(NsxvItem kind, UUID owner, String body, String aboveId) {
        return change(kind.section, owner, (doc, root) -> {
            Element in = NsxvXml.parse(body).getDocumentElement();
            List<Element> items = in.getNodeName().equals(kind.list) ? NsxvXml.children(in, kind.element)
                    : in.getNodeName().equals(kind.element) ? List.of(in) : List.of();
            if (items.isEmpty()) {
                throw NsxvException.badRequest("The request needs a " + kind.element + ".");
            }
            Element list = kind.list == null ? root : NsxvXml.ensure(root, kind.list);
            Element above = aboveId == null ? null : find(kind, list, aboveId);
            int next = next(kind, list);
            String first = null;
            for (Element item : items) {
                Element copy = (Element) doc.importNode(item, true);
                String id = kind.id(owner.toString(), next++);
                NsxvXml.setText(copy, kind.idElement, id);
                if (kind == NsxvItem.IP_SET) {
                    NsxvXml.setText(copy, "revision", "0");
                }
                NsxvChecks.check(kind, copy, list, owner);
                list.insertBefore(copy, above);
                first = first == null ? id : first;
            }
            return first;
        });
    }

    /** Replaces an object; its id stays. */
    public void update(NsxvItem kind, UUID owner, String id, String body) {
        change(kind.section, owner, (doc, root) -> {
            Element in = NsxvXml.parse(body).getDocumentElement();
            if (!in.getNodeName().equals(kind.element)) {
                throw NsxvException.badRequest("The request needs a " + kind.element + ".");
            }
            Element list = kind.list == null ? root : NsxvXml.ensure(root, kind.list);
            Element old = find(kind, list, id);
            Element copy = (Element) doc.importNode(in, true);
            NsxvXml.setText(copy, kind.idElement, id);
            if (kind == NsxvItem.IP_SET) {
                revise(id, old, copy);
            }
            list.replaceChild(copy, old);
            NsxvChecks.check(kind, copy, list, owner);
            return id;
        });
    }

    /**
     * An IP set's update names the revision it read: an older one is refused (someone changed it meanwhile); the
     * stored one counts up.
     */
    private static void revise(String id, Element old, Element in) {
        long current = parse(NsxvXml.text(old, "revision"));
        String sent = NsxvXml.text(in, "revision");
        if (sent == null || parse(sent) != current) {
            throw NsxvException.badRequest("The object " + id + " used in this operation has an older version "
                    + (sent == null ? "" : sent) + " than the current system version " + current + ". Refresh UI "
                    + "or fetch the latest copy of the object and retry operation.");
        }
        NsxvXml.setText(in, "revision", Long.toString(current + 1));
    }

    public void delete(NsxvItem kind, UUID owner, String id) {
        change(kind.section, owner, (doc, root) -> {
            Element list = kind.list == null ? root : NsxvXml.ensure(root, kind.list);
            Element old = find(kind, list, id);
            NsxvChecks.unused(kind, id, root);
            list.removeChild(old);
            return id;
        });
    }

    /** A section's document replaced whole (the firewall's and load balancer's general settings, the relay). */
    public void replace(NsxvSection section, UUID owner, String body) {
        change(section, owner, (doc, root) -> {
            Element in = NsxvXml.parse(body).getDocumentElement();
            if (!in.getNodeName().equals(section.root)) {
                throw NsxvException.badRequest("The request needs a " + section.root + ".");
            }
            NsxvChecks.checkDocument(section, in);
            if (section == NsxvSection.DHCP_RELAY) {
                Element copy = (Element) doc.importNode(in, true);
                NsxvXml.children(root, null).forEach(root::removeChild);
                NsxvXml.children(copy, null).forEach(root::appendChild);
            } else {
                settings(root, in);
            }
            return null;
        });
    }

    /**
     * The general settings of a PUT firewall or load balancer applied to the stored document, which keeps its order
     * and layout as the manager writes its own (clients compare the XML before and after). The objects a client
     * sends back with them (rules, pools, ...) are changed through their own paths, not here; the version counts.
     */
    private static void settings(Element stored, Element in) {
        for (Element e : NsxvXml.children(in, null)) {
            String name = e.getNodeName();
            if (name.equals("version") || name.equals("firewallRules") || OBJECTS.contains(name)) {
                continue;
            }
            Element target = NsxvXml.child(stored, name);
            if (target == null) {
                stored.appendChild(stored.getOwnerDocument().importNode(e, true));
            } else if (NsxvXml.children(e, null).isEmpty()) {
                target.setTextContent(e.getTextContent().trim());
            } else {
                settings(target, e);
            }
        }
    }

    /** A section back to what a new edge has (a DELETE of the DHCP relay). */
    public void reset(NsxvSection section, UUID owner) {
        db.tx(tx -> {
            tx.store(NsxvStore::new).save(section.scope, owner, section.root, section.initial);
            return null;
        });
    }

    private interface Edit {
        String apply(Document doc, Element root);
    }

    /** Reads the section locked, edits it, counts the change in its version and stores it. */
    private String change(NsxvSection section, UUID owner, Edit edit) {
        return db.tx(tx -> {
            Document doc = NsxvXml.parse(locked(tx, section, owner));
            Element root = doc.getDocumentElement();
            String result = edit.apply(doc, root);
            String version = NsxvXml.text(root, "version");
            if (version != null || section == NsxvSection.NAT || section == NsxvSection.FIREWALL
                    || section == NsxvSection.LOAD_BALANCER) {
                NsxvXml.setText(root, "version", Long.toString(parse(version) + 1));
            }
            String out = NsxvXml.write(root);
            if (out.length() > MAX_CHARS) {
                throw NsxvException.badRequest("The " + section.root + " configuration would be over " + MAX_CHARS
                        + " characters.");
            }
            tx.store(NsxvStore::new).save(section.scope, owner, section.root, out);
            return result;
        });
    }

    private static String locked(Tx tx, NsxvSection section, UUID owner) {
        NsxvStore store = tx.store(NsxvStore::new);
        return store.lock(section.scope, owner, section.root).orElseGet(() -> {
            store.save(section.scope, owner, section.root, section.initial); // the row to lock from now on
            return store.lock(section.scope, owner, section.root).orElseThrow();
        });
    }

    private static long parse(String version) {
        try {
            return version == null ? 0 : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Element find(NsxvItem kind, Element list, String id) {
        for (Element e : NsxvXml.children(list, kind.element)) {
            if (id.equals(NsxvXml.text(e, kind.idElement))) {
                return e;
            }
        }
        throw notFound(id);
    }

    private static io.vcdsim.core.ApiException notFound(String id) {
        return NsxvException.notFound("The requested object : " + id + " could not be found. Object identifiers are "
                + "case sensitive.");
    }

    /** The number after the highest one in use, or the kind's first. */
    private static int next(NsxvItem kind, Element list) {
        int max = kind.firstId - 1;
        for (Element e : NsxvXml.children(list, kind.element)) {
            max = Math.max(max, kind.number(NsxvXml.text(e, kind.idElement)));
        }
        return max + 1;
    }
}
