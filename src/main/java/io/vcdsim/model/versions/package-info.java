/** {@code GET /api/versions}: its own namespace, so its own package and JAXB context. */
@XmlSchema(namespace = Ns.VERSIONS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {@XmlNs(prefix = "", namespaceURI = Ns.VERSIONS)})
@XmlAccessorType(XmlAccessType.FIELD)
package io.vcdsim.model.versions;

import io.vcdsim.model.Ns;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
