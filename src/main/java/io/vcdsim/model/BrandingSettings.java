package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:BrandingSettings: the portal's company name, theme and the links it shows. */
@XmlRootElement(name = "BrandingSettings", namespace = Ns.VMEXT)
@XmlType(name = "BrandingSettingsType", namespace = Ns.VMEXT, propOrder = {"companyName",
        "loginPageCustomizationTheme", "theme", "previewCustomTheme", "finalCustomTheme", "aboutCompanyUrl",
        "supportUrl", "signUpUrl", "forgotUserNameOrPasswordUrl"})
public class BrandingSettings extends Resource {
    @XmlElement(name = "CompanyName", namespace = Ns.VMEXT) @Check.Length(128) public String companyName;
    @XmlElement(name = "LoginPageCustomizationTheme", namespace = Ns.VMEXT) @Check.Length(65536)
    public String loginPageCustomizationTheme;
    @XmlElement(name = "Theme", namespace = Ns.VMEXT) public String theme;
    @XmlElement(name = "PreviewCustomTheme", namespace = Ns.VMEXT) @Check.Length(65536) public String previewCustomTheme;
    @XmlElement(name = "FinalCustomTheme", namespace = Ns.VMEXT) @Check.Length(65536) public String finalCustomTheme;
    @XmlElement(name = "AboutCompanyUrl", namespace = Ns.VMEXT) @Check.Url public String aboutCompanyUrl;
    @XmlElement(name = "SupportUrl", namespace = Ns.VMEXT) @Check.Url public String supportUrl;
    @XmlElement(name = "SignUpUrl", namespace = Ns.VMEXT) @Check.Url public String signUpUrl;
    @XmlElement(name = "ForgotUserNameOrPasswordURL", namespace = Ns.VMEXT) @Check.Url
    public String forgotUserNameOrPasswordUrl;
}
