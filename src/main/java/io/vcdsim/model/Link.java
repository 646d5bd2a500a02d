package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** A {@code <Link rel href type name/>}. Clients match rel and type exactly; a null type is no attribute. */
public class Link {
    @XmlAttribute public String rel;
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlAttribute public String name;

    public Link() {
    }

    public Link(String rel, String href, String type) {
        this(rel, href, type, null);
    }

    public Link(String rel, String href, String type, String name) {
        this.rel = rel;
        this.href = href;
        this.type = type;
        this.name = name;
    }
}
