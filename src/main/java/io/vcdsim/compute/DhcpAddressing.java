package io.vcdsim.compute;

import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

/**
 * What hands a VM's DHCP NICs their addresses as it starts running: the DHCP service of the network each NIC is on.
 * Networking implements it; compute only says when.
 */
public interface DhcpAddressing {
    DhcpAddressing NONE = (tx, vm) -> { };

    /** Leases addresses to the running VM's DHCP NICs, in the caller's transaction. */
    void leaseFor(Tx tx, VmRow vm);
}
