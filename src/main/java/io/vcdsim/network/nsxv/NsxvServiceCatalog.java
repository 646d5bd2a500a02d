package io.vcdsim.network.nsxv;

import java.util.List;

/**
 * The services (applications) and service groups an NSX-V manager predefines, which every VDC's scope lists for its
 * distributed firewall rules (go-vcloud-director's GetServices / GetServiceGroups). They are the manager's, read
 * only, the same for every VDC: a subset of NSX-V's own list, with its names, protocols and ports.
 */
public final class NsxvServiceCatalog {
    private record Service(String name, String protocol, String ports) {
    }

    private static final List<Service> SERVICES = List.of(new Service("DNS", "UDP", "53"),
            new Service("DNS-TCP", "TCP", "53"), new Service("HTTP", "TCP", "80"), new Service("HTTPS", "TCP", "443"),
            new Service("SSH", "TCP", "22"), new Service("FTP", "TCP", "21"), new Service("SMTP", "TCP", "25"),
            new Service("NTP", "UDP", "123"), new Service("LDAP", "TCP", "389"), new Service("LDAP-over-ssl", "TCP",
                    "636"), new Service("MySQL", "TCP", "3306"), new Service("MSSQL", "TCP", "1433"),
            new Service("MS-SQL-M", "UDP", "1434"), new Service("PostgreSQL", "TCP", "5432"),
            new Service("Oracle", "TCP", "1521"), new Service("RDP", "TCP", "3389"), new Service("ICMP Echo", "ICMP",
                    "echo-request"), new Service("VMware-VCO", "TCP", "8281"), new Service("VMware-VCO-Messaging",
                    "TCP", "61616"), new Service("Win - RPC, DCOM, EPM, DRSUAPI, NetLogonR, SamR, FRS", "TCP", "135"));

    private record Group(String name, List<String> members) {
    }

    private static final List<Group> GROUPS = List.of(new Group("Orchestrator", List.of("VMware-VCO",
            "VMware-VCO-Messaging", "HTTPS")), new Group("MSSQL Integration Services", List.of("MSSQL", "MS-SQL-M")),
            new Group("Microsoft Active Directory", List.of("LDAP", "LDAP-over-ssl", "DNS",
                    "Win - RPC, DCOM, EPM, DRSUAPI, NetLogonR, SamR, FRS")), new Group("Web", List.of("HTTP", "HTTPS")),
            new Group("Oracle Database", List.of("Oracle")), new Group("Oracle E-Business Suite", List.of("Oracle",
                    "HTTP", "HTTPS")));

    private NsxvServiceCatalog() {
    }

    /** {@code <list>} of the services, as {@code /network/services/application/scope/{vdc}} answers. */
    public static String services() {
        StringBuilder out = new StringBuilder("<list>");
        for (int i = 0; i < SERVICES.size(); i++) {
            Service s = SERVICES.get(i);
            out.append("<application>").append(common("application-" + (i + 1), "Application", s.name()))
                    .append("<element><applicationProtocol>").append(s.protocol())
                    .append("</applicationProtocol><value>").append(s.ports()).append("</value></element>")
                    .append("<layer>layer4</layer></application>");
        }
        return out.append("</list>").toString();
    }

    /** {@code <list>} of the service groups with their member services. */
    public static String groups() {
        StringBuilder out = new StringBuilder("<list>");
        for (int i = 0; i < GROUPS.size(); i++) {
            Group g = GROUPS.get(i);
            out.append("<applicationGroup>").append(common("applicationgroup-" + (i + 1), "ApplicationGroup",
                    g.name()));
            for (String member : g.members()) {
                int index = SERVICES.stream().map(Service::name).toList().indexOf(member);
                out.append("<member>").append(common("application-" + (index + 1), "Application", member))
                        .append("</member>");
            }
            out.append("</applicationGroup>");
        }
        return out.append("</list>").toString();
    }

    private static String common(String id, String type, String name) {
        return "<objectId>" + id + "</objectId><objectTypeName>" + type + "</objectTypeName><revision>1</revision>"
                + "<type><typeName>" + type + "</typeName></type><name>" + name.replace("&", "&amp;") + "</name>"
                + "<scope><id>globalroot-0</id><objectTypeName>GlobalRoot</objectTypeName><name>Global</name>"
                + "</scope><isUniversal>false</isUniversal><universalRevision>0</universalRevision>"
                + "<isTemporal>false</isTemporal><inheritanceAllowed>true</inheritanceAllowed>"
                + "<isReadOnly>true</isReadOnly>";
    }
}
