package io.vcdsim.api;

import io.vcdsim.compute.GuestCustomization;
import io.vcdsim.compute.Sections;
import io.vcdsim.model.GuestCustomizationSection;

/** A GuestCustomizationSection as the domain's guest customization: what the section leaves out stays as it was. */
final class GuestCustomizations {
    private GuestCustomizations() {
    }

    static GuestCustomization of(GuestCustomizationSection in, GuestCustomization now) {
        return new GuestCustomization(or(in.enabled, now.enabled()), or(in.changeSid, now.changeSid()),
                or(in.joinDomainEnabled, now.joinDomainEnabled()), or(in.useOrgSettings, now.useOrgSettings()),
                or(in.domainName, now.domainName()), or(in.domainUserName, now.domainUserName()),
                or(in.domainUserPassword, now.domainUserPassword()), or(in.machineObjectOU, now.machineObjectOU()),
                or(in.adminPasswordEnabled, now.adminPasswordEnabled()),
                or(in.adminPasswordAuto, now.adminPasswordAuto()), or(in.adminPassword, now.adminPassword()),
                or(in.adminAutoLogonEnabled, now.adminAutoLogonEnabled()),
                or(in.adminAutoLogonCount, now.adminAutoLogonCount()),
                or(in.resetPasswordRequired, now.resetPasswordRequired()),
                or(in.customizationScript, now.customizationScript()), or(in.computerName, now.computerName()));
    }

    private static <T> T or(T given, T now) {
        return given == null ? now : given;
    }
}
