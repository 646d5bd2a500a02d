package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Independent disks as go-vcloud-director's disk.go makes, finds, changes and deletes them. */
class DiskTest {
    static final String CREATE = "application/vnd.vmware.vcloud.diskCreateParams+xml";
    static final String DISK = "application/vnd.vmware.vcloud.disk+xml";
    static final String MOVE = "application/vnd.vmware.vcloud.diskMoveParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String vdc;
    static String vdcUrn;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
        Element ref = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0);
        vdc = ref.getAttribute("href");
        vdcUrn = ref.getAttribute("id");
    }

    /** What Vdc.CreateDisk posts. */
    static Http.Res create(String name, String sizeMb, String busType, String busSubType) {
        return tenant.post(tenant.get(vdc).link("add", CREATE), CREATE, "<DiskCreateParams xmlns=\"" + Http.NS
                + "\"><Disk name=\"" + name + "\" sizeMb=\"" + sizeMb + "\"" + (busType == null ? "" : " busType=\""
                + busType + "\" busSubType=\"" + busSubType + "\"") + "><Description>data</Description></Disk>"
                + "</DiskCreateParams>");
    }

    static Http.Res awaitFirstTask(Http.Res withTasks) {
        return tenant.awaitTask(withTasks);
    }

    @Test
    void aDiskIsCreatedFoundResizedAndDeleted() {
        String name = "data-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = create(name, "1024", "6", "VirtualSCSI");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.attr("status")).isEqualTo("0");
        Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("operationName")).isEqualTo("vdcCreateDisk");
        assertThat(awaitFirstTask(created).attr("status")).isEqualTo("success");
        String href = created.attr("href");
        Http.Res disk = tenant.get(href);
        assertThat(disk.attr("status")).isEqualTo("1");
        assertThat(disk.attr("sizeMb")).isEqualTo("1024");
        assertThat(disk.attr("busSubType")).isEqualTo("VirtualSCSI");
        assertThat(disk.attr("id")).startsWith("urn:vcloud:disk:");
        assertThat(disk.child("Owner")).isNotNull();
        assertThat(disk.link("up", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(vdc);
        assertThat(tenant.get(disk.link("down", "application/vnd.vmware.vcloud.vms+xml")).children("VmReference"))
                .isEmpty();
        // metadata comes with the kind's declaration
        Http.Res metadata = tenant.get(disk.link("down", "application/vnd.vmware.vcloud.metadata+xml"));
        assertThat(metadata.status).isEqualTo(200);
        assertThat(metadata.root().getLocalName()).isEqualTo("Metadata");

        // QueryDisks: name and VDC, values double-encoded (filterEncoded=true)
        Http.Res found = tenant.get("/api/query?type=disk&format=records&filterEncoded=true&filter=name==" + name
                + ";vdc==" + vdcUrn);
        assertThat(found.children("DiskRecord")).hasSize(1);
        assertThat(found.children("DiskRecord").get(0).getAttribute("sizeMb")).isEqualTo("1024");
        assertThat(found.children("DiskRecord").get(0).getAttribute("uuid")).isEqualTo(disk.attr("uuid"));
        assertThat(found.children("DiskRecord").get(0).getAttribute("sharingType")).isEqualTo("None");
        assertThat(Http.Res.children(tenant.get(vdc).child("ResourceEntities"), "ResourceEntity"))
                .extracting(e -> e.getAttribute("href")).contains(href);

        Http.Res grown = tenant.put(disk.link("edit", DISK), DISK, "<Disk xmlns=\"" + Http.NS + "\" name=\"" + name
                + "-2\" sizeMb=\"2048\"><Description>more</Description></Disk>");
        assertThat(grown.status).as(grown.body).isEqualTo(202);
        assertThat(tenant.awaitTask(grown).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(href);
        assertThat(after.attr("name")).isEqualTo(name + "-2");
        assertThat(after.attr("sizeMb")).isEqualTo("2048");
        assertThat(tenant.put(href, DISK, "<Disk xmlns=\"" + Http.NS + "\" name=\"x\" sizeMb=\"10\"/>").status)
                .as("a disk does not shrink").isEqualTo(400);

        Http.Res deleted = tenant.delete(after.link("remove", null));
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(href).status).isEqualTo(403);
    }

    @Test
    void badDisksAreRefusedAndMakeNothing() {
        String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(create(name, "0", null, null).status).isEqualTo(400);
        assertThat(create(name, "-5", null, null).status).isEqualTo(400);
        assertThat(create(name, "999999999999", null, null).status).isEqualTo(400);
        assertThat(create(name, "100", "6", "ide").status).isEqualTo(400);
        assertThat(create(name, "100", "7", "lsilogic").status).isEqualTo(400);
        assertThat(create("", "100", null, null).status).isEqualTo(400);
        assertThat(tenant.get("/api/query?type=disk&format=records&filter=name==" + name).children("DiskRecord"))
                .isEmpty();
        assertThat(tenant.get(vcd.httpUrl() + "/api/disk/" + UUID.randomUUID()).status).isEqualTo(403);
    }

    /** DiskMoveParams (API 36.0) to another VDC of the org: the disk is there when its task ends. */
    @Test
    void aDiskMovesToAnotherVdcOfItsOrg() {
        Http admin = Sim.admin(vcd.sim());
        Element pvdc = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0);
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/");
        Http.Res other = admin.post(admin.get(org).link("add", VdcTest.CREATE), VdcTest.CREATE,
                VdcTest.params("disks-" + UUID.randomUUID().toString().substring(0, 8), pvdc.getAttribute("href")));
        assertThat(admin.awaitTask(other).attr("status")).isEqualTo("success");
        String to = other.attr("href").replace("/api/admin/vdc/", "/api/vdc/");
        Http.Res created = create("moving-" + UUID.randomUUID().toString().substring(0, 8), "100", null, null);
        assertThat(awaitFirstTask(created).attr("status")).isEqualTo("success");
        Http.Res disk = tenant.get(created.attr("href"));
        String move = disk.link("moveDisk", MOVE);
        String params = "<DiskMoveParams xmlns=\"" + Http.NS + "\"><Vdc href=\"" + to + "\"/><Iops>500</Iops>"
                + "</DiskMoveParams>";

        Http.Res moved = tenant.post(move, MOVE, params);
        assertThat(moved.status).as(moved.body).isEqualTo(202);
        assertThat(moved.attr("operationName")).isEqualTo("vdcMoveDisk");
        assertThat(tenant.awaitTask(moved).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(disk.attr("href"));
        assertThat(after.link("up", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(to);
        assertThat(after.attr("iops")).isEqualTo("500");

        assertThat(tenant.post(move, MOVE, params).status).as("already there").isEqualTo(400);
        assertThat(tenant.post(move, MOVE, "<DiskMoveParams xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(400);
        assertThat(tenant.post(move, MOVE, "<DiskMoveParams xmlns=\"" + Http.NS + "\"><Vdc href=\"" + vdc
                + "\"/><Iops>-1</Iops></DiskMoveParams>").status).isEqualTo(400);
        assertThat(tenant.get(disk.attr("href")).link("up", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(to);
    }
}
