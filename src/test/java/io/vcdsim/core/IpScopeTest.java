package io.vcdsim.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IpScope's rules for both families, without a server. */
class IpScopeTest {
    static IpScope.IpRange range(String start, String end) {
        return new IpScope.IpRange(start, end);
    }

    static void refused(Runnable r, String says) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains(says);
        });
    }

    @Test
    void anIpv4ScopeIsAsBefore() {
        IpScope s = IpScope.of("192.168.1.1", "255.255.255.0", "8.8.8.8", "", null,
                List.of(range("192.168.1.10", "192.168.1.20")));
        assertThat(s.v6()).isFalse();
        assertThat(s.netmask()).isEqualTo("255.255.255.0");
        assertThat(s.mask()).isEqualTo("255.255.255.0");
        assertThat(s.prefixLength()).isEqualTo(24);
        assertThat(s.dns2()).isNull();
        assertThat(s.poolSize()).isEqualTo(11);
        assertThat(s.holds("192.168.1.30")).isTrue();
        assertThat(s.holds("192.168.1.255")).as("broadcast").isFalse();
        assertThat(s.holds("192.168.1.1")).as("gateway").isFalse();
        assertThat(s.firstFree(Set.of("192.168.1.10")::contains)).contains("192.168.1.11");
        assertThat(IpScope.netmask(20)).isEqualTo("255.255.240.0");
        assertThat(IpScope.maskOf("10.0.0.1", null, 8)).isEqualTo("255.0.0.0");
        assertThat(IpScope.addresses(range("10.0.0.254", "10.0.1.1"), 10))
                .containsExactly("10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1");
        refused(() -> IpScope.of("192.168.1.0", "255.255.255.0", null, null, null, List.of()), "network or broadcast");
        refused(() -> IpScope.of("192.168.1.1", "255.0.255.0", null, null, null, List.of()), "run of ones");
        refused(() -> IpScope.netmask(33), "0 to 32, not 33");
        refused(() -> IpScope.of("192.168.01.1", "255.255.255.0", null, null, null, List.of()), "Gateway");
        // a vApp network's IPv4 ranges may lie outside its subnet (pyvcloud), an org network's may not
        IpScope.ofVAppNetwork("90.80.70.1", "255.255.255.0", null, null, null,
                List.of(range("10.100.12.1", "10.100.12.100")));
        refused(() -> IpScope.of("90.80.70.1", "255.255.255.0", null, null, null,
                List.of(range("10.100.12.1", "10.100.12.100"))), "not inside the subnet");
    }

    @Test
    void ipv6AddressesHaveOneSpellingTheExpandedOneVcdAnswers() {
        assertThat(IpScope.canonical("fe80::aaaa", "a")).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(IpScope.canonical("FE80:0000::00AA:aaaa", "a")).isEqualTo("fe80:0:0:0:0:0:aa:aaaa");
        assertThat(IpScope.canonical("::", "a")).isEqualTo("0:0:0:0:0:0:0:0");
        assertThat(IpScope.canonical("::ffff:1.2.3.4", "a")).isEqualTo("0:0:0:0:0:ffff:102:304");
        assertThat(IpScope.canonical("2001:4860:4860:0:0:0:0:8844", "a")).isEqualTo("2001:4860:4860:0:0:0:0:8844");
        for (String bad : List.of("fe80::aaaa::1", "fe80:0:0:0:0:0:0:0:1", "fe80::gggg", "fe80::12345", ":fe80::1",
                "fe80::1%eth0", "fe80:0:0:0:0:0:0", "1::2:3:4:5:6:7:8", "fe80::1.2.3", "localhost")) {
            refused(() -> IpScope.canonical(bad, "Gateway"), "must be an IPv4 or IPv6 address");
        }
    }

    @Test
    void anIpv6ScopeHasAPrefixLengthAndNoNetmask() {
        IpScope s = IpScope.of("fe80::aaaa", IpScope.maskOf("fe80::aaaa", null, 100), "2001:4860:4860::8844",
                null, "biz.biz", List.of(range("fe80::aaab", "FE80::BBBB")));
        assertThat(s.v6()).isTrue();
        assertThat(s.gateway()).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(s.netmask()).isNull();
        assertThat(s.prefixLength()).isEqualTo(100);
        assertThat(s.dns1()).isEqualTo("2001:4860:4860:0:0:0:0:8844");
        assertThat(s.ranges()).containsExactly(range("fe80:0:0:0:0:0:0:aaab", "fe80:0:0:0:0:0:0:bbbb"));
        assertThat(s.poolSize()).isEqualTo(0xbbbb - 0xaaab + 1);
        assertThat(s.holds("fe80::cccc")).isTrue();
        assertThat(s.holds("fe80::1:0:0")).as("outside the /100").isFalse();
        assertThat(s.holds("10.0.0.1")).isFalse();
        assertThat(s.poolHolds(range("fe80::aaac", "fe80::aaad"))).isTrue();
        assertThat(s.firstFree(Set.of("fe80:0:0:0:0:0:0:aaab")::contains)).contains("fe80:0:0:0:0:0:0:aaac");
        assertThat(IpScope.ORDER.compare("fe80::2", "fe80::10")).isNegative();
        assertThat(IpScope.ORDER.compare("255.255.255.255", "::1")).as("IPv4 first").isNegative();
    }

    /** A /64 pool holds 2^64 addresses: counting and searching it stays bounded. */
    @Test
    void aHugeIpv6PoolIsCountedAndSearchedWithoutWalkingIt() {
        IpScope s = IpScope.of("2001:db8::1", "64", null, null, null,
                List.of(range("2001:db8::2", "2001:db8::ffff:ffff:ffff:ffff")));
        assertThat(s.poolSize()).isEqualTo(Long.MAX_VALUE);
        assertThat(s.firstFree(a -> true)).isEmpty();
        assertThat(IpScope.addresses(s.ranges().get(0), 3)).containsExactly("2001:db8:0:0:0:0:0:2",
                "2001:db8:0:0:0:0:0:3", "2001:db8:0:0:0:0:0:4");
    }

    @Test
    void badIpv6ScopesAreRefused() {
        refused(() -> IpScope.maskOf("fe80::1", "255.255.255.0", 100), "not a Netmask");
        refused(() -> IpScope.maskOf("fe80::1", null, null), "needs its SubnetPrefixLength");
        refused(() -> IpScope.maskOf("fe80::1", null, 129), "0 to 128, not 129");
        refused(() -> IpScope.maskOf("fe80::1", null, -1), "0 to 128, not -1");
        assertThat(IpScope.maskOf("fe80::1", null, 128)).isEqualTo("128");
        refused(() -> IpScope.of("fe80::1", "255.255.255.0", null, null, null, List.of()), "SubnetPrefixLength");
        refused(() -> IpScope.of("10.0.0.1", "24", null, null, null, List.of()), "Netmask");
        refused(() -> IpScope.of("fe80::", "64", null, null, null, List.of()), "network address");
        refused(() -> IpScope.of("fe80::1", "64", "8.8.8.8", null, null, List.of()), "does not mix");
        refused(() -> IpScope.of("fe80::1", "64", null, null, null, List.of(range("10.0.0.1", "10.0.0.2"))),
                "does not mix");
        refused(() -> IpScope.of("10.0.0.1", "255.0.0.0", "2001:4860:4860::8844", null, null, List.of()),
                "does not mix");
        // outside the subnet: refused on vApp networks too (the IPv4 leniency is pyvcloud's, older than IPv6)
        refused(() -> IpScope.ofVAppNetwork("fe80::aaaa", "100", null, null, null,
                List.of(range("fe80::1:0:0", "fe80::1:0:5"))), "not inside the subnet");
        refused(() -> IpScope.of("fe80::aaaa", "100", null, null, null, List.of(range("fe80::5", "fe80::1"))),
                "ends before it starts");
        refused(() -> IpScope.of("fe80::aaaa", "100", null, null, null, List.of(range("fe80::a", "fe80::ffff"))),
                "holds the gateway");
        refused(() -> IpScope.of("fe80::aaaa", "100", null, null, null,
                List.of(range("fe80::1", "fe80::10"), range("fe80::10", "fe80::20"))), "overlaps");
    }
}
