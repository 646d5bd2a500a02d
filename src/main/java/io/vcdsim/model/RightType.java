package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vcloud:Right. An extension service's right also carries its BundleKey and the service's namespace. */
@XmlRootElement(name = "Right")
@XmlType(name = "RightType", propOrder = {"category", "bundleKey", "serviceNamespace"})
public class RightType extends Entity {
    @XmlElement(name = "Category") public String category;
    @XmlElement(name = "BundleKey") public String bundleKey;
    @XmlElement(name = "ServiceNamespace") public String serviceNamespace;
}
