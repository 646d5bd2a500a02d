package io.vcdsim.views;

import io.vcdsim.compute.VmActions;
import io.vcdsim.model.MksTicket;
import io.vcdsim.model.ScreenTicket;
import io.vcdsim.store.VmRow;

import java.net.URI;

/**
 * A running VM's console tickets, as vCD hands them out: the console proxy is the cell the client reached
 * (its host and port), the VM is named by its managed object reference and its .vmx file on its datastore.
 */
public final class ConsoleTicketView {
    private ConsoleTicketView() {
    }

    public static ScreenTicket screen(Viewer v, VmRow vm, VmActions.ConsoleTicket ticket) {
        ScreenTicket t = new ScreenTicket();
        t.value = "mks://" + URI.create(v.baseUrl()).getHost() + "/" + VmSectionView.moref(vm) + "/"
                + ticket.ticket();
        return t;
    }

    public static MksTicket mks(Viewer v, VmRow vm, VmActions.ConsoleTicket ticket) {
        URI cell = URI.create(v.baseUrl());
        MksTicket t = new MksTicket();
        t.host = cell.getHost();
        t.port = cell.getPort() > 0 ? cell.getPort() : "http".equals(cell.getScheme()) ? 80 : 443;
        t.vmx = "[" + ticket.datastore().name() + "] " + vm.name() + " (" + vm.id() + ")/" + vm.name() + ".vmx";
        t.ticket = ticket.ticket();
        return t;
    }
}
