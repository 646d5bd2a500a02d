package io.vcdsim.config;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.BrandingSettings;
import io.vcdsim.model.CatalogSettings;
import io.vcdsim.model.EmailSettings;
import io.vcdsim.model.GeneralSettings;
import io.vcdsim.model.KerberosSettings;
import io.vcdsim.model.LdapSettings;
import io.vcdsim.model.License;
import io.vcdsim.model.LookupServiceParams;
import io.vcdsim.model.LookupServiceSettings;
import io.vcdsim.model.SystemPasswordPolicySettings;

import java.util.List;

/**
 * The system settings parts vcdsim keeps here (notifications, AMQP and blocking tasks have their own
 * services), with what a fresh install shows. Where the vCloud API reference does not say what a fresh
 * install shows, the values are a vCD 5.5 appliance's as its API returned them, or else vCD-like choices,
 * marked as such.
 */
public final class SettingsParts {
    public static final SettingsPart<GeneralSettings> GENERAL = SettingsPart.of("general", GeneralSettings.class,
            MediaTypes.GENERAL_SETTINGS, SettingsParts::general);
    public static final SettingsPart<LdapSettings> LDAP = SettingsPart.of("ldapSettings", LdapSettings.class,
            MediaTypes.LDAP_SETTINGS, SettingsParts::ldap);
    public static final SettingsPart<EmailSettings> EMAIL = SettingsPart.of("email", EmailSettings.class,
            MediaTypes.EMAIL_SETTINGS, SettingsParts::email);
    public static final SettingsPart<License> LICENSE = SettingsPart.of("license", License.class,
            MediaTypes.LICENSE_SETTINGS, SettingsParts::license);
    public static final SettingsPart<BrandingSettings> BRANDING = SettingsPart.of("branding",
            BrandingSettings.class, MediaTypes.BRANDING_SETTINGS, SettingsParts::branding);
    /** The System organization's own password policy: the lockout its users' logins already obey. */
    public static final SettingsPart<SystemPasswordPolicySettings> PASSWORD_POLICY = SettingsPart.of(
            "passwordPolicy", SystemPasswordPolicySettings.class, MediaTypes.SYSTEM_PASSWORD_POLICY_SETTINGS,
            SystemPasswordPolicySettings::new).storedBy(new SystemPasswordPolicy());
    public static final SettingsPart<KerberosSettings> KERBEROS = SettingsPart.of("kerberosSettings",
            KerberosSettings.class, MediaTypes.KERBEROS_SETTINGS, SettingsParts::kerberos);
    /** A PUT sends LookupServiceParams; an empty or missing LookupServiceUrl unregisters the service. */
    public static final SettingsPart<LookupServiceSettings> LOOKUP_SERVICE = SettingsPart.of("lookupService",
            LookupServiceSettings.class, MediaTypes.LOOKUP_SERVICE_SETTINGS, LookupServiceSettings::new)
            .takingOnPut(LookupServiceParams.class, MediaTypes.LOOKUP_SERVICE_PARAMS);
    public static final SettingsPart<CatalogSettings> CATALOG = SettingsPart.of("catalog", CatalogSettings.class,
            MediaTypes.CATALOG_SETTINGS, SettingsParts::catalog);

    public static final List<SettingsPart<?>> ALL = List.of(GENERAL, LDAP, EMAIL, LICENSE, BRANDING, PASSWORD_POLICY,
            KERBEROS, LOOKUP_SERVICE, CATALOG);

    private SettingsParts() {
    }

    /** A vCD 5.5 appliance's general settings as its API returned them (the session timeout follows the command line). */
    private static GeneralSettings general() {
        GeneralSettings g = new GeneralSettings();
        g.absoluteSessionTimeoutMinutes = 1440;
        g.activityLogDisplayDays = 30;
        g.activityLogKeepDays = 90;
        g.allowOverlappingExtNets = false;
        g.chargebackEventsKeepDays = 365;
        g.chargebackTablesCleanupJobTimeInSeconds = 10800;
        g.consoleProxyExternalAddress = "";
        g.hostCheckDelayInSeconds = 300;
        g.hostCheckTimeoutSeconds = 30;
        g.installationId = 1;
        g.ipReservationTimeoutSeconds = 7200;
        g.syslogServerSettings = new GeneralSettings.SyslogServerSettings();
        g.loginNameOnly = false;
        g.prePopDefaultName = true;
        g.quarantineEnabled = false;
        g.quarantineResponseTimeoutSeconds = 21600;
        g.restApiBaseUri = "";
        g.sessionTimeoutMinutes = 30;
        g.showStackTraces = false;
        g.syncStartDate = "9999-12-31T23:59:59.997Z"; // no LDAP synchronization scheduled
        g.syncIntervalInHours = 24;
        g.systemExternalAddress = "";
        g.transferSessionTimeoutSeconds = 3600;
        g.verifyVcCertificates = false;
        g.vcTruststoreType = "JCEKS";
        g.verifyVsmCertificates = false;
        g.elasticAllocationPool = false;
        return g;
    }

    /** No directory configured; the attribute names are vCD's Active Directory defaults (a vCD-like choice). */
    private static LdapSettings ldap() {
        LdapSettings l = new LdapSettings();
        l.port = 389;
        l.isSsl = false;
        l.isSslAcceptAll = false;
        l.pagedSearchDisabled = false;
        l.pageSize = 200;
        l.maxResults = 200;
        l.maxUserGroups = 1015;
        l.authenticationMechanism = "SIMPLE";
        l.isGroupSearchBaseEnabled = false;
        l.connectorType = "ACTIVE_DIRECTORY";
        l.userAttributes = new LdapSettings.UserAttributes();
        l.userAttributes.objectClass = "user";
        l.userAttributes.objectIdentifier = "objectGuid";
        l.userAttributes.userName = "samAccountName";
        l.userAttributes.email = "mail";
        l.userAttributes.fullName = "displayName";
        l.userAttributes.givenName = "givenName";
        l.userAttributes.surname = "sn";
        l.userAttributes.telephone = "telephoneNumber";
        l.userAttributes.groupMembershipIdentifier = "dn";
        l.userAttributes.groupBackLinkIdentifier = "tokenGroups";
        l.groupAttributes = new LdapSettings.GroupAttributes();
        l.groupAttributes.objectClass = "group";
        l.groupAttributes.objectIdentifier = "objectGuid";
        l.groupAttributes.groupName = "cn";
        l.groupAttributes.membership = "member";
        l.groupAttributes.membershipIdentifier = "dn";
        l.groupAttributes.backLinkIdentifier = "objectSid";
        l.useExternalKerberos = false;
        return l;
    }

    /** No SMTP server yet, port 25, alerts to every system administrator (a vCD-like choice). */
    private static EmailSettings email() {
        EmailSettings e = new EmailSettings();
        e.senderEmailAddress = "";
        e.emailSubjectPrefix = "[VMware vCloud Director]";
        e.alertEmailToAllAdmins = true;
        e.alertEmailTo = "";
        e.smtpSettings = new EmailSettings.SmtpSettings();
        e.smtpSettings.useAuthentication = false;
        e.smtpSettings.smtpServerName = "";
        e.smtpSettings.smtpServerPort = 25;
        e.smtpSettings.ssl = false;
        e.smtpSettings.userName = "";
        return e;
    }

    /** An evaluation serial that never expires, counts no VMs (0: unlimited) and has every feature (vcdsim's choice). */
    private static License license() {
        License l = new License();
        l.serialNumber = "00000-00000-00000-00000-00000";
        l.licensedVmCount = 0;
        l.validSerial = true;
        l.expired = false;
        l.persisted = true;
        l.publishingToRemoteSitesFeature = true;
        l.subscribingToRemoteSitesFeature = true;
        return l;
    }

    private static BrandingSettings branding() {
        BrandingSettings b = new BrandingSettings();
        b.companyName = "VMware vCloud Director";
        b.theme = "Default";
        b.aboutCompanyUrl = "";
        b.supportUrl = "";
        b.signUpUrl = "";
        b.forgotUserNameOrPasswordUrl = "";
        return b;
    }

    private static KerberosSettings kerberos() {
        KerberosSettings k = new KerberosSettings();
        k.allowLowerCaseRealms = false;
        return k;
    }

    /** Subscribed catalogs synchronize when asked, and otherwise once a day (a vCD-like choice). */
    private static CatalogSettings catalog() {
        CatalogSettings c = new CatalogSettings();
        c.isSyncEnabled = false;
        c.refreshInterval = 86400;
        return c;
    }
}
