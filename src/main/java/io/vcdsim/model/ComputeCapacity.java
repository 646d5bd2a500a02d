package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** ComputeCapacity of a VDC: CPU (MHz) and memory (MB), each with its limit and what VMs allocate. */
@XmlType(name = "ComputeCapacityType", propOrder = {"cpu", "memory"})
public class ComputeCapacity {
    @XmlElement(name = "Cpu") public Capacity cpu;
    @XmlElement(name = "Memory") public Capacity memory;

    @XmlType(name = "CapacityWithUsageType", propOrder = {"units", "allocated", "limit", "reserved", "used"})
    public static class Capacity {
        @XmlElement(name = "Units") public String units;
        @XmlElement(name = "Allocated") public Long allocated;
        @XmlElement(name = "Limit") public Long limit;
        @XmlElement(name = "Reserved") public Long reserved;
        @XmlElement(name = "Used") public Long used;

        public Capacity() {
        }

        public Capacity(String units, long allocated, long limit, long used) {
            this.units = units;
            this.allocated = allocated;
            this.limit = limit;
            this.reserved = 0L;
            this.used = used;
        }
    }
}
