package io.vcdsim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/**
 * Free content (the schema's xs:anyType), such as a task's Params and ResultContent: text and
 * elements as they came. Stored as an XML fragment; JSON shows that fragment as a string.
 */
public class AnyContent {
    @XmlMixed @XmlAnyElement public List<Object> content = new ArrayList<>();

    /** The content as an XML fragment (elements keep their namespace declarations). */
    @JsonValue
    public String toXml() {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            for (Object o : content) {
                if (o instanceof Node n) {
                    t.transform(new DOMSource(n), new StreamResult(out));
                } else if (o != null) {
                    out.write(escape(o.toString()));
                }
            }
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content from a fragment written by {@link #toXml}, parsed without DTDs or external entities. */
    @JsonCreator
    public static AnyContent of(String xml) {
        AnyContent c = new AnyContent();
        if (xml == null || xml.isEmpty()) {
            return c;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Document d = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(
                    "<c>" + xml + "</c>")));
            for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                c.content.add(n.getNodeType() == Node.ELEMENT_NODE ? n : n.getTextContent());
            }
            return c;
        } catch (Exception e) {
            throw new IllegalArgumentException("not an XML fragment: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
