package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * ExternalCatalogSubscriptionParams: a catalog's subscription to another's external publication, in the AdminCatalog
 * that creates it (go-vcloud-director's CreateCatalogFromSubscription), posted to its subscribeToExternalCatalog
 * action, and shown in its admin view with the password masked.
 */
@XmlRootElement(name = "ExternalCatalogSubscriptionParams")
@XmlType(name = "ExternalCatalogSubscriptionParamsType", propOrder = {"subscribeToExternalFeeds", "location",
        "password", "localCopy", "libraryId"})
public class ExternalCatalogSubscriptionParams {
    @XmlElement(name = "SubscribeToExternalFeeds") public Boolean subscribeToExternalFeeds;
    @XmlElement(name = "Location") public String location;
    @XmlElement(name = "Password") public String password;
    @XmlElement(name = "LocalCopy") public Boolean localCopy;
    /** API 31.0: the library's id when it is on this site. */
    @XmlElement(name = "LibraryId") public String libraryId;
}
