package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** ReferenceType: a pointer to another object by href (and id, type, name). */
public class Reference {
    @XmlAttribute public String href;
    @XmlAttribute public String id;
    @XmlAttribute public String type;
    @XmlAttribute public String name;

    public Reference() {
    }

    public Reference(String href, String id, String type, String name) {
        this.href = href;
        this.id = id;
        this.type = type;
        this.name = name;
    }
}
