package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** EdgeGateway: an NSX-V edge of an org VDC ({@code /api/admin/edgeGateway/{id}}), as go-vcloud-director types it. */
@XmlRootElement(name = "EdgeGateway")
@XmlType(name = "GatewayType", propOrder = {"edgeGatewayType", "configuration"})
public class EdgeGateway extends Entity {
    @XmlAttribute public Integer status;
    /** pyvcloud's API 32 body names the backing (NSXV_BACKED); taken, not kept: every edge here is NSX-V's. */
    @XmlElement(name = "EdgeGatewayType") public String edgeGatewayType;
    @XmlElement(name = "Configuration") public Configuration configuration;

    @XmlType(name = "GatewayConfigurationType", propOrder = {"backwardCompatibilityMode", "gatewayBackingConfig",
            "gatewayInterfaces", "edgeGatewayServiceConfiguration", "haEnabled", "useDefaultRouteForDnsRelay",
            "syslogServerSettings", "advancedNetworkingEnabled", "distributedRoutingEnabled", "fipsModeEnabled"})
    public static class Configuration {
        @XmlElement(name = "BackwardCompatibilityMode") public Boolean backwardCompatibilityMode;
        @XmlElement(name = "GatewayBackingConfig") public String gatewayBackingConfig;
        @XmlElementWrapper(name = "GatewayInterfaces") @XmlElement(name = "GatewayInterface")
        public List<GatewayInterface> gatewayInterfaces = new ArrayList<>();
        @XmlElement(name = "EdgeGatewayServiceConfiguration") public AnyContent edgeGatewayServiceConfiguration;
        @XmlElement(name = "HaEnabled") public Boolean haEnabled;
        @XmlElement(name = "UseDefaultRouteForDnsRelay") public Boolean useDefaultRouteForDnsRelay;
        @XmlElement(name = "SyslogServerSettings") public SyslogServerSettings syslogServerSettings;
        @XmlElement(name = "AdvancedNetworkingEnabled") public Boolean advancedNetworkingEnabled;
        @XmlElement(name = "DistributedRoutingEnabled") public Boolean distributedRoutingEnabled;
        @XmlElement(name = "FipsModeEnabled") public Boolean fipsModeEnabled;
    }

    @XmlType(name = "GatewayInterfaceType", propOrder = {"name", "displayName", "network", "interfaceType",
            "subnetParticipation", "applyRateLimit", "inRateLimit", "outRateLimit", "useForDefaultRoute"})
    public static class GatewayInterface {
        @XmlElement(name = "Name") public String name;
        @XmlElement(name = "DisplayName") public String displayName;
        @XmlElement(name = "Network") public Reference network;
        @XmlElement(name = "InterfaceType") public String interfaceType;
        @XmlElement(name = "SubnetParticipation") public List<SubnetParticipation> subnetParticipation =
                new ArrayList<>();
        @XmlElement(name = "ApplyRateLimit") public Boolean applyRateLimit;
        @XmlElement(name = "InRateLimit") public Double inRateLimit;
        @XmlElement(name = "OutRateLimit") public Double outRateLimit;
        @XmlElement(name = "UseForDefaultRoute") public Boolean useForDefaultRoute;
    }

    @XmlType(name = "SubnetParticipationType", propOrder = {"gateway", "netmask", "subnetPrefixLength", "ipAddress",
            "ipRanges", "useForDefaultRoute"})
    public static class SubnetParticipation {
        @XmlElement(name = "Gateway") public String gateway;
        @XmlElement(name = "Netmask") public String netmask;
        @XmlElement(name = "SubnetPrefixLength") public Integer subnetPrefixLength;
        @XmlElement(name = "IpAddress") public String ipAddress;
        /** Addresses of the external network set aside for this edge (its sub-allocation). */
        @XmlElementWrapper(name = "IpRanges") @XmlElement(name = "IpRange")
        public List<NetworkConfiguration.IpRange> ipRanges;
        @XmlElement(name = "UseForDefaultRoute") public Boolean useForDefaultRoute;
    }
}
