package io.vcdsim.model;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;

/** A representation kept in the store as its XML document, written and read back with a context of its types. */
public final class StoredXml {
    private final JAXBContext context;

    public StoredXml(Class<?>... types) {
        try {
            context = JAXBContext.newInstance(types);
        } catch (JAXBException e) {
            throw new IllegalStateException("not JAXB types", e);
        }
    }

    public String write(Object value) {
        try {
            StringWriter out = new StringWriter();
            context.createMarshaller().marshal(value, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /** The document read back; empty if it no longer reads as {@code type} (the type changed since it was stored). */
    public <T> Optional<T> read(Class<T> type, String xml) {
        try {
            return Optional.of(type.cast(context.createUnmarshaller().unmarshal(new StringReader(xml))));
        } catch (JAXBException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
