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

    private RoutedFeatures() {
    }

    /** The features sent, with the firewall and NAT defaults where they name none, in the schema's order. */
    static String withDefaults(String features) {
        String out = features == null ? "" : features;
        // NetworkFeaturesType: DhcpService, FirewallService, NatService, then the rest
        if (!has(out, "FirewallService")) {
            out = insertAfter(out, FIREWALL, "DhcpService");
        }
        if (!has(out, "NatService")) {
            out = insertAfter(out, NAT, "FirewallService", "DhcpService");
        }
        return out.equals(features == null ? "" : features) ? features : out;
    }

    /** {@code service} after the first of {@code after} the features hold, or first of all. */
    private static String insertAfter(String features, String service, String... after) {
        for (String element : after) {
            Matcher m = Pattern.compile("<(\\w+:)?" + element + "\\b[^>]*/>|</(\\w+:)?" + element + ">")
                    .matcher(features);
            if (m.find()) {
                return features.substring(0, m.end()) + service + features.substring(m.end());
            }
        }
        return service + features;
    }

    private static boolean has(String features, String service) {
        return Pattern.compile("<(\\w+:)?" + service + "[\\s>/]").matcher(features).find();
    }
}
