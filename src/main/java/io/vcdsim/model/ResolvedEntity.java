package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** What the entity resolver {@code /api/entity/{urn}} answers: the object's id, and its href as an alternate link. */
@XmlRootElement(name = "Entity")
@XmlType(name = "ResolvedEntityType")
public class ResolvedEntity extends Entity {
}
