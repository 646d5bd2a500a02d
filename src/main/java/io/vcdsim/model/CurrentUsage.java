package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** CurrentUsage: a running VM's current metrics, each a name, a unit and a value. */
@XmlRootElement(name = "CurrentUsage")
@XmlType(name = "CurrentUsageType", propOrder = {"metric"})
public class CurrentUsage extends Resource {
    @XmlElement(name = "Metric") public List<Metric> metric = new ArrayList<>();

    @XmlType(name = "MetricType")
    public static class Metric {
        @XmlAttribute public String name;
        @XmlAttribute public String unit;
        @XmlAttribute public String value;

        public Metric() {
        }

        public Metric(String name, String unit, String value) {
            this.name = name;
            this.unit = unit;
            this.value = value;
        }
    }

    /** CurrentUsageSpec: the metrics asked for, as name patterns with * (pyvcloud sends "*.average"). */
    @XmlRootElement(name = "CurrentUsageSpec")
    @XmlType(name = "CurrentUsageSpecType", propOrder = {"metricPattern"})
    public static class Spec {
        @XmlElement(name = "MetricPattern") public List<String> metricPattern = new ArrayList<>();
    }
}
