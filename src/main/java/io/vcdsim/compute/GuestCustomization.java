package io.vcdsim.compute;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

/** How vCD would customize the guest; the computer name is the VM's name until one is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuestCustomization(boolean enabled, boolean changeSid, boolean joinDomainEnabled,
                                 boolean useOrgSettings, String domainName, String domainUserName,
                                 String domainUserPassword, String machineObjectOU, boolean adminPasswordEnabled,
                                 boolean adminPasswordAuto, String adminPassword, boolean adminAutoLogonEnabled,
                                 int adminAutoLogonCount, boolean resetPasswordRequired,
                                 String customizationScript, String computerName) {
    public static GuestCustomization defaultFor(String vmName) {
        return defaultFor(vmName, false);
    }

    /** vCD's defaults, guest customization enabled or not (a VM added from a catalog has it enabled). */
    static GuestCustomization defaultFor(String vmName, boolean enabled) {
        return new GuestCustomization(enabled, false, false, false, null, null, null, null, true, true, null, false,
                0, false, null, vmName == null ? null : computerNameOf(vmName));
    }

    /** The same, with the computer name of a VM named so when none was given. */
    GuestCustomization namedAfter(String vmName) {
        return computerName != null ? this : new GuestCustomization(enabled, changeSid, joinDomainEnabled,
                useOrgSettings, domainName, domainUserName, domainUserPassword, machineObjectOU,
                adminPasswordEnabled, adminPasswordAuto, adminPassword, adminAutoLogonEnabled,
                adminAutoLogonCount, resetPasswordRequired, customizationScript, computerNameOf(vmName));
    }

    /** A computer name from a VM name: letters, digits and hyphens, at most 15 (a Windows NetBIOS name). */
    static String computerNameOf(String vmName) {
        String name = vmName.replaceAll("[^A-Za-z0-9-]", "-");
        name = name.length() > 15 ? name.substring(0, 15) : name;
        return name.isEmpty() ? "vm" : name;
    }

    /** Guest customization as a request gives it: bounded texts, a computer name of letters, digits and hyphens. */
    static GuestCustomization check(GuestCustomization gc) {
        if (gc.computerName() == null || !gc.computerName().matches("[A-Za-z0-9-]{1,63}")) {
            throw ApiException.badRequest("A ComputerName is 1 to 63 letters, digits and hyphens, not "
                    + gc.computerName() + ".");
        }
        for (String text : new String[]{gc.domainName(), gc.domainUserName(), gc.domainUserPassword(),
                gc.machineObjectOU(), gc.adminPassword()}) {
            Lengths.atMost(text, 255, "A GuestCustomizationSection value");
        }
        Lengths.atMost(gc.customizationScript(), 49_152, "CustomizationScript");
        if (gc.adminAutoLogonCount() < 0 || gc.adminAutoLogonCount() > 100) {
            throw ApiException.badRequest("AdminAutoLogonCount is from 0 to 100.");
        }
        return gc;
    }
}
