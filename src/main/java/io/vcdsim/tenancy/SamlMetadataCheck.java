package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Whether an identity provider's metadata is a SAML 2.0 metadata document, as vCD checks it before storing it:
 * well-formed XML (no DTD, no external entities) whose root is md:EntityDescriptor or md:EntitiesDescriptor in the
 * SAML 2.0 metadata namespace. A document whose prefixes are not declared is not one: go-vcloud-director's test
 * expects a 400 for it.
 */
final class SamlMetadataCheck {
    private static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    private static final XMLInputFactory INPUT = input();

    private SamlMetadataCheck() {
    }

    static void check(String metadata) {
        try {
            XMLStreamReader r = INPUT.createXMLStreamReader(new StringReader(metadata));
            try {
                while (r.next() != XMLStreamReader.START_ELEMENT) { // the prolog: comments, processing instructions
                }
                if (!MD.equals(r.getNamespaceURI()) || !(r.getLocalName().equals("EntityDescriptor")
                        || r.getLocalName().equals("EntitiesDescriptor"))) {
                    throw refused("its root is " + r.getName() + ", not " + MD + " EntityDescriptor");
                }
                while (r.hasNext()) { // the rest must be well-formed too
                    r.next();
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw refused(e.getMessage() == null ? "it is not well-formed XML" : e.getMessage().lines()
                    .reduce((a, b) -> b).orElse(""));
        }
    }

    private static ApiException refused(String why) {
        return ApiException.badRequest("SAMLMetadata is not a valid SAML 2.0 metadata document: " + why + ".");
    }

    private static XMLInputFactory input() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }
}
