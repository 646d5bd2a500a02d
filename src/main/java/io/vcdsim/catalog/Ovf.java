package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * What vcdsim reads from an OVF descriptor: the files it references (each becomes a File to upload)
 * and its virtual systems (each becomes a template VM with CPUs, memory, disks and NICs).
 * Parsed without DTDs or external entities.
 */
public record Ovf(List<FileRef> files, List<VirtualSystem> systems) {
    public static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    private static final String RASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";

    /** A References/File: ovf:href is the name it is uploaded under (a file sent in parts arrives as one). */
    public record FileRef(String id, String href, long size) {
    }

    /**
     * A VM's own (internal) disk: its id and size, and what a client may choose for it (VmSpecSection's
     * DiskSettings): the controller slot it sits in, thin provisioning, an IOPS reservation and a storage profile
     * of its own. Null parts have vCD's defaults (see VmHardware.placed).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Disk(String id, long capacityMb, Slot slot, Boolean thinProvisioned, Long iopsReservation,
                       java.util.UUID storageProfile) {
        public Disk(String id, long capacityMb) {
            this(id, capacityMb, null, null, null, null);
        }

        public Disk withSize(long mb) {
            return new Disk(id, mb, slot, thinProvisioned, iopsReservation, storageProfile);
        }

        public Disk withSlot(Slot s) {
            return new Disk(id, capacityMb, s, thinProvisioned, iopsReservation, storageProfile);
        }
    }

    /** Where a disk sits: its controller's adapter type (vCD's code, "4" is LSI Logic SAS), bus and unit. */
    public record Slot(String adapterType, int busNumber, int unitNumber) {
    }

    /**
     * A NIC: its index, the network it is on (null: none), how it gets its address (NONE, DHCP, POOL, MANUAL) and
     * the address, its adapter, whether it is connected. Null parts have vCD's defaults.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Nic(int index, String network, String ipMode, String ip, String adapterType, Boolean connected) {
        public Nic(int index, String network) {
            this(index, network, null, null, null, null);
        }

        public String ipModeOrDefault() {
            return ipMode != null ? ipMode : network == null ? "NONE" : "DHCP";
        }

        public String adapterTypeOrDefault() {
            return adapterType != null ? adapterType : "VMXNET3";
        }

        public boolean connectedOrDefault() {
            return connected != null ? connected : network != null;
        }

        /** The same NIC on another network; taken off every network, it is disconnected and has no address. */
        public Nic onNetwork(String other) {
            return other == null ? new Nic(index, null, "NONE", null, adapterType, false)
                    : new Nic(index, other, ipMode, ip, adapterType, connected);
        }

        public Nic withIp(String address) {
            return new Nic(index, network, ipMode, address, adapterType, connected);
        }
    }

    public record VirtualSystem(String id, String name, String osType, int cpus, long memoryMb, List<Disk> disks,
                                List<Nic> nics, List<ProductSection> productSections) {
    }

    /** How deep an OVF descriptor's elements may nest (real ones stay under a dozen levels). */
    static final int MAX_DEPTH = 64;

    public static Ovf parse(byte[] xml) {
        Document d;
        try {
            d = builder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw ApiException.badRequest("The OVF descriptor is not well-formed XML: " + e.getMessage());
        }
        Element envelope = d.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !OVF.equals(envelope.getNamespaceURI())) {
            throw ApiException.badRequest("An OVF descriptor is an ovf:Envelope (" + OVF + ").");
        }
        List<FileRef> files = new ArrayList<>();
        for (Element f : all(envelope, OVF, "File")) {
            String href = attr(f, "href");
            if (href == null || href.contains("/") || href.contains("..") || href.length() > 255) {
                throw ApiException.badRequest("OVF File " + attr(f, "id") + " needs a plain ovf:href file name.");
            }
            files.add(new FileRef(attr(f, "id"), href, number(attr(f, "size"), -1)));
        }
        Map<String, Long> disks = new HashMap<>();
        for (Element disk : all(envelope, OVF, "Disk")) {
            long capacity = number(attr(disk, "capacity"), 0);
            disks.put("ovf:/disk/" + attr(disk, "diskId"), toMb(capacity, attr(disk, "capacityAllocationUnits")));
        }
        List<VirtualSystem> systems = new ArrayList<>();
        for (Element vs : all(envelope, OVF, "VirtualSystem")) {
            systems.add(system(vs, disks));
        }
        if (systems.isEmpty()) {
            throw ApiException.badRequest("The OVF descriptor has no VirtualSystem: a template needs at least one VM.");
        }
        return new Ovf(files, systems);
    }

    private static VirtualSystem system(Element vs, Map<String, Long> diskSizes) {
        String name = text(first(vs, OVF, "Name"));
        int cpus = 1;
        long memoryMb = 512;
        List<Disk> disks = new ArrayList<>();
        List<Nic> nics = new ArrayList<>();
        for (Element item : all(vs, OVF, "Item")) {
            String type = text(first(item, RASD, "ResourceType"));
            long quantity = number(text(first(item, RASD, "VirtualQuantity")), 0);
            switch (type == null ? "" : type.trim()) {
                case "3" -> cpus = (int) Math.max(1, quantity);
                case "4" -> memoryMb = toMb(quantity, text(first(item, RASD, "AllocationUnits")));
                case "17" -> {
                    String host = text(first(item, RASD, "HostResource"));
                    disks.add(new Disk(text(first(item, RASD, "InstanceID")),
                            host == null ? 0 : diskSizes.getOrDefault(host.trim(), 0L)));
                }
                case "10" -> nics.add(new Nic((int) number(text(first(item, RASD, "AddressOnParent")), nics.size()),
                        text(first(item, RASD, "Connection"))));
                default -> {
                }
            }
        }
        Element os = first(vs, OVF, "OperatingSystemSection");
        String osType = os == null ? null : os.getAttributeNS("http://www.vmware.com/schema/ovf", "osType");
        String vmName = name != null ? name.trim() : attr(vs, "id");
        if (vmName == null || vmName.isEmpty() || vmName.length() > 128) {
            throw ApiException.badRequest("Each OVF VirtualSystem needs a Name (or ovf:id) of 1 to 128 characters.");
        }
        if (osType != null && osType.length() > 64) {
            throw ApiException.badRequest("The osType " + osType + " is too long.");
        }
        VmHardware.requireWithinLimits(cpus, memoryMb, disks.stream().map(Disk::capacityMb).toList());
        return new VirtualSystem(attr(vs, "id"), vmName, osType == null || osType.isEmpty() ? "otherGuest" : osType,
                cpus, memoryMb, disks, nics, ProductSection.check(products(vs)));
    }

    /** The VirtualSystem's own ProductSections (its vApp's, around it, are not its). */
    private static List<ProductSection> products(Element vs) {
        List<ProductSection> sections = new ArrayList<>();
        for (Element p : children(vs, "ProductSection")) {
            List<ProductSection.Property> properties = new ArrayList<>();
            for (Element q : children(p, "Property")) {
                String type = attr(q, "type");
                properties.add(new ProductSection.Property(attr(q, "key"), type == null ? "string" : type,
                        q.hasAttributeNS(OVF, "value") ? q.getAttributeNS(OVF, "value") : null,
                        "true".equals(attr(q, "password")), "true".equals(attr(q, "userConfigurable")),
                        childText(q, "Label"), childText(q, "Description"), children(q, "Value").stream()
                        .map(v -> v.getAttributeNS(OVF, "value")).filter(v -> !v.isEmpty()).findFirst().orElse(null)));
            }
            String required = attr(p, "required");
            sections.add(new ProductSection(attr(p, "class"), attr(p, "instance"),
                    required == null ? null : Boolean.valueOf(required), childText(p, "Info"), childText(p, "Product"),
                    childText(p, "Vendor"), childText(p, "Version"), childText(p, "FullVersion"), properties));
        }
        return sections;
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && OVF.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String local) {
        List<Element> c = children(parent, local);
        return c.isEmpty() ? null : c.get(0).getTextContent().trim();
    }

    /** Converts "byte * 2^20"-style allocation units (MB when absent) to megabytes. */
    static long toMb(long quantity, String units) {
        if (units == null || units.isBlank()) {
            return quantity;
        }
        String u = units.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("byte*2^")) {
            int exp;
            try {
                exp = Integer.parseInt(u.substring(7));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Unknown OVF allocation units '" + units + "'.");
            }
            if (exp < 0 || exp > 60) {
                throw ApiException.badRequest("Unknown OVF allocation units '" + units + "'.");
            }
            return exp >= 20 ? quantity << (exp - 20) : quantity >> (20 - exp);
        }
        return switch (u) {
            case "kilobytes", "kb" -> quantity / 1024;
            case "gigabytes", "gb" -> quantity * 1024;
            case "byte", "bytes" -> quantity >> 20;
            default -> quantity;
        };
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, whose limits we set
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        // an OVF is a few levels deep; reading text out of thousands of levels would exhaust the stack
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(null); // a client's bad descriptor is its 400, not a line on the server's stderr
        return builder;
    }

    private static List<Element> all(Element root, String ns, String local) {
        NodeList nodes = root.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element first(Element root, String ns, String local) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        NodeList deep = root.getElementsByTagNameNS(ns, local);
        return deep.getLength() == 0 ? null : (Element) deep.item(0);
    }

    private static String attr(Element e, String name) {
        String v = e.getAttributeNS(OVF, name);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    private static long number(String s, long otherwise) {
        try {
            return s == null ? otherwise : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
