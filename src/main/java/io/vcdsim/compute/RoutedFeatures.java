package io.vcdsim.compute;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services vCD gives a vApp network made routed that names none of its own: a firewall that lets the inside out
 * and drops the rest, and NAT by IP translation. go-vcloud-director's UpdateNetworkFirewallRules and
 * UpdateNetworkNatRules read a routed network by them (none would mean it is not routed).
 */
final class RoutedFeatures {
    private static final String NS = "http://www.vmware.com/vcloud/v1.5";
    static final String FIREWALL = "<FirewallService xmlns=\"" + NS + "\"><IsEnabled>true</IsEnabled><DefaultAction>drop"
            + "</DefaultAction><LogDefaultAction>false</LogDefaultAction><FirewallRule><IsEnabled>true</IsEnabled>"
            + "<Description>Allow all outgoing traffic</Description><Policy>allow</Policy><Protocols><Any>true</Any>"
            + "</Protocols><DestinationPortRange>Any</DestinationPortRange><DestinationIp>external</DestinationIp>"
            + "<SourcePortRange>Any</SourcePortRange><SourceIp>internal</SourceIp><EnableLogging>false</EnableLogging>"
            + "</FirewallRule></FirewallService>";
    static final String NAT = "<NatService xmlns=\"" + NS + "\"><IsEnabled>true</IsEnabled><NatType>ipTranslation"
            + "</NatType><Policy>allowTrafficIn</Policy></NatService>";
    private static final Pattern DHCP_END = Pattern.compile("</(\\w+:)?DhcpService>");

    private RoutedFeatures() {
    }

    /** The features sent, with the firewall and NAT defaults where they name none, in the schema's order. */
    static String withDefaults(String features) {
        String sent = features == null ? "" : features;
        String missing = (has(sent, "FirewallService") ? "" : FIREWALL) + (has(sent, "NatService") ? "" : NAT);
        if (missing.isEmpty()) {
            return features;
        }
        // NetworkFeaturesType: DhcpService first, then the firewall and NAT, then the rest
        Matcher dhcp = DHCP_END.matcher(sent);
        int at = dhcp.find() ? dhcp.end() : 0;
        return sent.substring(0, at) + missing + sent.substring(at);
    }

    private static boolean has(String features, String service) {
        return Pattern.compile("<(\\w+:)?" + service + "[\\s>/]").matcher(features).find();
    }
}
