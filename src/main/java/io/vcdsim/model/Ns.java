package io.vcdsim.model;

/** The XML namespaces of the vCloud API. */
public final class Ns {
    public static final String VCLOUD = "http://www.vmware.com/vcloud/v1.5";
    public static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    public static final String VERSIONS = "http://www.vmware.com/vcloud/versions";
    public static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    public static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    public static final String VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
    public static final String VMW = "http://www.vmware.com/schema/ovf";
    /** The OVF environment a running VM's guest reads, and VMware's additions to it. */
    public static final String OVFENV = "http://schemas.dmtf.org/ovf/environment/1";
    public static final String VMWENV = "http://www.vmware.com/schema/ovfenv";

    private Ns() {
    }
}
