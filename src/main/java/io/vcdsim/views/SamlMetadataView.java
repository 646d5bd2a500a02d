package io.vcdsim.views;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * An org's SAML 2.0 service provider metadata, as vCD serves it at {@code /cloud/org/{name}/saml/metadata/alias/vcd}
 * for identity providers to import: the org's entity id, its certificate for signing and encryption, and its
 * logout and assertion consumer endpoints. Prefixed names with their namespaces declared where vCD declares them
 * (md on the root, ds on KeyInfo, hoksso on the holder-of-key endpoint), which go-vcloud-director checks.
 */
public final class SamlMetadataView {
    public static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String HOKSSO = "urn:oasis:names:tc:SAML:2.0:profiles:holder-of-key:SSO:browser";
    private static final String BINDINGS = "urn:oasis:names:tc:SAML:2.0:bindings:";
    private static final List<String> NAME_ID_FORMATS = List.of(
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
            "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
            "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName");

    private SamlMetadataView() {
    }

    /** Where an org's service provider metadata is read (vCD's URL: by the org's name, outside /api). */
    public static String url(String baseUrl, String orgName) {
        return orgBase(baseUrl, orgName) + "/metadata/alias/vcd";
    }

    /** The entity id of an org that set none: its metadata's URL, as vCD has it. */
    public static String entityId(String configured, String baseUrl, String orgName) {
        return configured == null || configured.isBlank() ? url(baseUrl, orgName) : configured;
    }

    public static String of(String baseUrl, String orgName, UUID orgId, String entityId, String certificate) {
        String saml = orgBase(baseUrl, orgName);
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("md", "EntityDescriptor", MD);
            w.writeNamespace("md", MD);
            w.writeAttribute("ID", "_" + orgId);
            w.writeAttribute("entityID", entityId);
            w.writeStartElement("md", "SPSSODescriptor", MD);
            w.writeAttribute("AuthnRequestsSigned", "true");
            w.writeAttribute("WantAssertionsSigned", "true");
            w.writeAttribute("protocolSupportEnumeration", "urn:oasis:names:tc:SAML:2.0:protocol");
            for (String use : List.of("signing", "encryption")) {
                key(w, use, certificate);
            }
            endpoint(w, "SingleLogoutService", "HTTP-POST", saml + "/SingleLogout/alias/vcd");
            endpoint(w, "SingleLogoutService", "HTTP-Redirect", saml + "/SingleLogout/alias/vcd");
            for (String format : NAME_ID_FORMATS) {
                w.writeStartElement("md", "NameIDFormat", MD);
                w.writeCharacters(format);
                w.writeEndElement();
            }
            endpoint(w, "AssertionConsumerService", "HTTP-POST", saml + "/SSO/alias/vcd");
            w.writeAttribute("index", "0");
            w.writeAttribute("isDefault", "true");
            w.writeEndElement();
            w.writeStartElement("md", "AssertionConsumerService", MD);
            w.writeNamespace("hoksso", HOKSSO);
            w.writeAttribute("Binding", HOKSSO);
            w.writeAttribute("Location", saml + "/HoKSSO/alias/vcd");
            w.writeAttribute("hoksso", HOKSSO, "ProtocolBinding", BINDINGS + "HTTP-POST");
            w.writeAttribute("index", "1");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SAML metadata", e);
        }
    }

    private static String orgBase(String baseUrl, String orgName) {
        return baseUrl + "/cloud/org/" + URLEncoder.encode(orgName, StandardCharsets.UTF_8).replace("+", "%20")
                + "/saml";
    }

    private static void key(XMLStreamWriter w, String use, String certificate) throws XMLStreamException {
        w.writeStartElement("md", "KeyDescriptor", MD);
        w.writeAttribute("use", use);
        w.writeStartElement("ds", "KeyInfo", DS);
        w.writeNamespace("ds", DS);
        w.writeStartElement("ds", "X509Data", DS);
        w.writeStartElement("ds", "X509Certificate", DS);
        w.writeCharacters(certificate);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** An endpoint element, left open for the caller's attributes when it is an AssertionConsumerService. */
    private static void endpoint(XMLStreamWriter w, String element, String binding, String location)
            throws XMLStreamException {
        w.writeStartElement("md", element, MD);
        w.writeAttribute("Binding", BINDINGS + binding);
        w.writeAttribute("Location", location);
        if (element.equals("SingleLogoutService")) {
            w.writeEndElement();
        }
    }
}
