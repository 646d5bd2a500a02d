package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * OrgFederationSettingsType: an org's SAML identity provider (its metadata, whether logins use it, which SAML
 * attributes fill a user's profile) and the entity id the org uses as service provider. The certificate
 * expirations are the org's service provider certificate's, computed. Its marks are checked by {@link SettingsFields}.
 */
@XmlRootElement(name = "OrgFederationSettings")
@XmlType(name = "OrgFederationSettingsType", propOrder = {"samlMetadata", "enabled", "certificateExpiration",
        "signingCertificateExpiration", "encryptionCertificateExpiration", "samlSPEntityId", "samlAttributeMapping",
        "signingCertLibraryItemId", "encryptionCertLibraryItemId"})
public class OrgFederationSettings extends Resource {
    /** An identity provider's metadata is a few to a few hundred kilobytes; more is not metadata. */
    public static final int MAX_METADATA = 200_000;

    @XmlElement(name = "SAMLMetadata") @Check.Length(MAX_METADATA) public String samlMetadata;
    @XmlElement(name = "Enabled") public Boolean enabled;
    @XmlElement(name = "CertificateExpiration") @Check.ReadOnly public String certificateExpiration;
    @XmlElement(name = "SigningCertificateExpiration") @Check.ReadOnly public String signingCertificateExpiration;
    @XmlElement(name = "EncryptionCertificateExpiration") @Check.ReadOnly
    public String encryptionCertificateExpiration;
    @XmlElement(name = "SamlSPEntityId") @Check.Length(1024) public String samlSPEntityId;
    @XmlElement(name = "SamlAttributeMapping") public AttributeMapping samlAttributeMapping;
    @XmlElement(name = "SigningCertLibraryItemId") public String signingCertLibraryItemId;
    @XmlElement(name = "EncryptionCertLibraryItemId") public String encryptionCertLibraryItemId;

    /** SamlAttributeMappingType: the names of the SAML attributes that fill a user's profile. */
    @XmlType(name = "SamlAttributeMappingType", propOrder = {"emailAttributeName", "userNameAttributeName",
            "firstNameAttributeName", "surnameAttributeName", "fullNameAttributeName", "groupAttributeName",
            "roleAttributeName"})
    public static class AttributeMapping extends Resource {
        @XmlElement(name = "EmailAttributeName") public String emailAttributeName;
        @XmlElement(name = "UserNameAttributeName") public String userNameAttributeName;
        @XmlElement(name = "FirstNameAttributeName") public String firstNameAttributeName;
        @XmlElement(name = "SurnameAttributeName") public String surnameAttributeName;
        @XmlElement(name = "FullNameAttributeName") public String fullNameAttributeName;
        @XmlElement(name = "GroupAttributeName") public String groupAttributeName;
        @XmlElement(name = "RoleAttributeName") public String roleAttributeName;
    }
}
