package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * PublishExternalCatalogParams: how a catalog is published to external organizations, posted to its
 * publishToExternalOrganizations action and shown in it (the password masked).
 */
@XmlRootElement(name = "PublishExternalCatalogParams")
@XmlType(name = "PublishExternalCatalogParamsType", propOrder = {"isPublishedExternally", "catalogPublishedUrl",
        "password", "isCacheEnabled", "preserveIdentityInfoFlag"})
public class PublishExternalCatalogParams {
    @XmlElement(name = "IsPublishedExternally") public Boolean isPublishedExternally;
    /** Lower-case, as vCD's schema names it (go-vcloud-director reads it so). */
    @XmlElement(name = "catalogPublishedUrl") public String catalogPublishedUrl;
    @XmlElement(name = "Password") public String password;
    @XmlElement(name = "IsCacheEnabled") public Boolean isCacheEnabled;
    @XmlElement(name = "PreserveIdentityInfoFlag") public Boolean preserveIdentityInfoFlag;
}
