package io.vcdsim.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.JsonErrors;
import io.vcdsim.model.versions.SupportedVersions;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Turns representations into bytes and request bodies into representations, in XML and JSON.
 * Parsing is hardened: no DTD (so no external entities and no entity expansion), depth and size
 * limits, and a root element check; any failure is a 400 Error.
 */
public final class Codec {

    private final CompletableFuture<JAXBContext> vcloud;
    private final CompletableFuture<JAXBContext> versions;
    private final CompletableFuture<ObjectMapper> jsonMapper;
    private final XMLInputFactory xmlInput = hardenedInputFactory();

    /** Builds the JAXB contexts (a few hundred milliseconds) on {@code background}, so start-up goes on meanwhile. */
    public Codec(java.util.concurrent.Executor background) {
        vcloud = CompletableFuture.supplyAsync(() -> context(Representations.roots()), background);
        versions = CompletableFuture.supplyAsync(() -> warm(context(SupportedVersions.class)), background);
        jsonMapper = CompletableFuture.supplyAsync(Codec::mapper, background);
    }

    /** JSON from the same fields JAXB writes; field names are vCD's JSON property names, wrapped lists as vCD wraps them. */
    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .setAnnotationIntrospector(new WrappedLists())
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        return m;
    }

    private static JAXBContext context(Class<?>... types) {
        try {
            return JAXBContext.newInstance(types);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context", e);
        }
    }

    /** Writes one document, so the first real response does not pay for the marshaller's own start-up. */
    private static JAXBContext warm(JAXBContext ctx) {
        try {
            ctx.createMarshaller().marshal(new SupportedVersions(), new ByteArrayOutputStream());
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        return ctx;
    }

    private static XMLInputFactory hardenedInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Blocks until the XML machinery is ready; start-up calls it once so the first request is quick. */
    public void awaitReady() {
        vcloud.join();
        versions.join();
        jsonMapper.join();
    }

    public byte[] write(Object entity, Format format) {
        if (format == Format.JSON) {
            try {
                return jsonMapper.join().writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            JAXBContext ctx = entity instanceof SupportedVersions ? versions.join() : vcloud.join();
            Marshaller m = ctx.createMarshaller();
            m.setProperty(Marshaller.JAXB_FRAGMENT, true); // no XML declaration, as pyvcloud sends and reads
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            m.marshal(entity, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + entity.getClass().getSimpleName(), e);
        }
    }

    /** Parses a request body into {@code type}, whose XML root element must be {@code rootName}. */
    public <T> T read(byte[] body, Format format, Class<T> type, String rootName) {
        if (body.length == 0) {
            throw ApiException.badRequest("The request has no body; a " + rootName + " document is required.");
        }
        if (format == Format.JSON) {
            try {
                return jsonMapper.join().readValue(body, type);
            } catch (java.io.IOException e) {
                throw ApiException.badRequest("The request body is not valid JSON for " + rootName + ": "
                        + JsonErrors.describe(e) + ".");
            }
        }
        XMLStreamReader reader = null;
        try {
            reader = new NoDtdReader(xmlInput.createXMLStreamReader(new ByteArrayInputStream(body)));
            Unmarshaller u = vcloud.join().createUnmarshaller();
            u.setEventHandler(event -> event.getSeverity() == ValidationEvent.WARNING);
            JAXBElement<T> element = u.unmarshal(reader, type);
            if (!rootName.equals(element.getName().getLocalPart())) {
                throw ApiException.badRequest("Expected a " + rootName + " document, got "
                        + element.getName().getLocalPart() + ".");
            }
            return element.getValue();
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("The request body is not a valid " + rootName + " document: "
                    + firstLine(rootCause(e).getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the input is a byte array
                }
            }
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Refuses any DOCTYPE and deeply nested documents before JAXB sees a single element. */
    private static final class NoDtdReader extends StreamReaderDelegate {
        private static final int MAX_DEPTH = 64;
        private int depth;

        NoDtdReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw ApiException.badRequest("DOCTYPE declarations and entity references are not allowed.");
            }
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw ApiException.badRequest("The request body is nested too deeply.");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        }
    }
}
