package io.vcdsim.network.nsxv;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/** The NSX-V API's XML: unqualified elements, read without DTDs or external entities. */
final class NsxvXml {
    private NsxvXml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null); // a client's bad XML is its 400, not a line on the server's stderr
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw NsxvException.badRequest("The request body is not well-formed XML.");
        }
    }

    static String write(Node node) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getNodeName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child's trimmed text; null when there is no such child or it is empty. */
    static String text(Element parent, String name) {
        Element e = child(parent, name);
        String t = e == null ? null : e.getTextContent().trim();
        return t == null || t.isEmpty() ? null : t;
    }

    /** Sets the child's text, adding the child first in the parent when it is missing. */
    static void setText(Element parent, String name, String value) {
        Element e = child(parent, name);
        if (e == null) {
            e = parent.getOwnerDocument().createElement(name);
            parent.insertBefore(e, parent.getFirstChild());
        }
        e.setTextContent(value);
    }

    /** The child, made (at the parent's end) when it is missing. */
    static Element ensure(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            e = parent.getOwnerDocument().createElement(name);
            parent.appendChild(e);
        }
        return e;
    }
}
