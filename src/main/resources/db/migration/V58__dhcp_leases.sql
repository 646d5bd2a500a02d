-- The leases an NSX-V edge's DHCP service hands the DHCP NICs of running VMs on its networks: one address per NIC,
-- kept while the VM, the network and the edge exist, as a DHCP server keeps a client's lease.
CREATE TABLE dhcp_lease (
    edge_id    UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    ip_address VARCHAR(45) NOT NULL,
    mac        VARCHAR(17) NOT NULL,
    vm_id      UUID NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
    nic_index  INT NOT NULL,
    network_id UUID NOT NULL REFERENCES org_network (id) ON DELETE CASCADE,
    starts     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (edge_id, ip_address),
    CONSTRAINT dhcp_lease_nic UNIQUE (vm_id, nic_index)
);
CREATE INDEX dhcp_lease_vm ON dhcp_lease (vm_id);
