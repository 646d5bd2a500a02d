package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The vCloud Error document sent with every 4xx/5xx and carried by a failed Task. */
@XmlRootElement(name = "Error")
@XmlType(name = "ErrorType")
public class ErrorType {
    @XmlAttribute public int majorErrorCode;
    @XmlAttribute public String minorErrorCode;
    @XmlAttribute public String message;
    @XmlAttribute public String vendorSpecificErrorCode;
    @XmlAttribute public String stackTrace;

    public ErrorType() {
    }

    public ErrorType(int majorErrorCode, String minorErrorCode, String message) {
        this.majorErrorCode = majorErrorCode;
        this.minorErrorCode = minorErrorCode;
        this.message = message;
    }
}
