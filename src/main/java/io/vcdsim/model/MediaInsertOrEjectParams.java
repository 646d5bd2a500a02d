package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** MediaInsertOrEjectParams: the medium to put into a VM's drive or take out. */
@XmlRootElement(name = "MediaInsertOrEjectParams")
@XmlType(name = "MediaInsertOrEjectParamsType", propOrder = {"media", "rest"})
public class MediaInsertOrEjectParams {
    @XmlElement(name = "Media") public Reference media;
    @XmlAnyElement public List<Object> rest;
}
