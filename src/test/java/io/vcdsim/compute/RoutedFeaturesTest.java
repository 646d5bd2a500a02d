package io.vcdsim.compute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default services of a network made routed go where NetworkFeaturesType orders them, and only where missing. */
class RoutedFeaturesTest {
    static final String NS = "http://www.vmware.com/vcloud/v1.5";

    @Test
    void nothingSentGetsTheFirewallThenNat() {
        assertThat(RoutedFeatures.withDefaults(null)).isEqualTo(RoutedFeatures.FIREWALL + RoutedFeatures.NAT);
    }

    @Test
    void theDefaultsFollowDhcpEvenAnEmptyOne() {
        String dhcp = "<DhcpService xmlns=\"" + NS + "\"/>";
        assertThat(RoutedFeatures.withDefaults(dhcp + "<StaticRoutingService xmlns=\"" + NS + "\"/>"))
                .isEqualTo(dhcp + RoutedFeatures.FIREWALL + RoutedFeatures.NAT + "<StaticRoutingService xmlns=\"" + NS
                        + "\"/>");
    }

    @Test
    void aSentFirewallIsKeptAndNatFollowsIt() {
        String dhcp = "<vcloud:DhcpService xmlns:vcloud=\"" + NS + "\"><vcloud:IsEnabled>true</vcloud:IsEnabled>"
                + "</vcloud:DhcpService>";
        String firewall = "<FirewallService xmlns=\"" + NS + "\"><IsEnabled>false</IsEnabled></FirewallService>";
        assertThat(RoutedFeatures.withDefaults(dhcp + firewall)).isEqualTo(dhcp + firewall + RoutedFeatures.NAT);
        String both = firewall + "<NatService xmlns=\"" + NS + "\"><IsEnabled>false</IsEnabled></NatService>";
        assertThat(RoutedFeatures.withDefaults(both)).isSameAs(both);
    }
}
