package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** EdgeGatewayFormFactor, the body of {@code action/modifyFormFactor}: the appliance size (compact, full, ...). */
@XmlRootElement(name = "EdgeGatewayFormFactor")
@XmlType(name = "EdgeGatewayFormFactorType")
public class EdgeGatewayFormFactor {
    // lower case in vCD's schema, as pyvcloud writes it
    @XmlElement(name = "gatewayType") @Check.Length(16) public String gatewayType;
}
