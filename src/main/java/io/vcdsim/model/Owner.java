package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * OwnerType: the user who owns an object. Objects carry it inside (vApps, catalogs, disks); vApps and catalogs
 * also serve it at {@code .../owner}, where a PUT of it gives the object to another user.
 */
@XmlRootElement(name = "Owner")
@XmlType(name = "OwnerType", propOrder = {"user"})
public class Owner extends Resource {
    @XmlElement(name = "User") public Reference user;
}
