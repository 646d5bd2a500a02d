/**
 * vCloud API representations. One class per schema type; JAXB writes the XML that vCloud Director
 * writes (namespaces, child order), and Jackson writes the JSON form from the same fields.
 */
@XmlSchema(namespace = Ns.VCLOUD, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {@XmlNs(prefix = "", namespaceURI = Ns.VCLOUD),
                 @XmlNs(prefix = "vmext", namespaceURI = Ns.VMEXT),
                 @XmlNs(prefix = "ovf", namespaceURI = Ns.OVF),
                 @XmlNs(prefix = "rasd", namespaceURI = Ns.RASD),
                 @XmlNs(prefix = "vssd", namespaceURI = Ns.VSSD),
                 @XmlNs(prefix = "vmw", namespaceURI = Ns.VMW),
                 @XmlNs(prefix = "ovfenv", namespaceURI = Ns.OVFENV),
                 @XmlNs(prefix = "ve", namespaceURI = Ns.VMWENV),
                 @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance")})
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({@XmlJavaTypeAdapter(value = StrictNumbers.Int.class, type = Integer.class),
                      @XmlJavaTypeAdapter(value = StrictNumbers.Long.class, type = Long.class)})
package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
