package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** vmext:ApiFilters: a service's filters, inside the Service and on their own at .../apifilters. */
@XmlRootElement(name = "ApiFilters", namespace = Ns.VMEXT)
@XmlType(name = "ApiFiltersType", namespace = Ns.VMEXT, propOrder = {"apiFilter"})
public class ApiFilters extends Resource {
    @XmlElement(name = "ApiFilter", namespace = Ns.VMEXT) public List<ApiFilter> apiFilter = new ArrayList<>();
}
