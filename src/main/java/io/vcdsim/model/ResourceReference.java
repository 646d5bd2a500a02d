package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlType;

/**
 * ResourceReferenceType: a reference, as vCD's own ACL rule examples type an Entity
 * ({@code xsi:type="vcloud:ResourceReferenceType"}); the codec must know the name to read them.
 */
@XmlType(name = "ResourceReferenceType")
public class ResourceReference extends Reference {
}
