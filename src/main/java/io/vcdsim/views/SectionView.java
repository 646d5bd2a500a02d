package io.vcdsim.views;

import io.vcdsim.catalog.ProductSection;
import io.vcdsim.compute.Sections;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.LeaseSettingsSection;
import io.vcdsim.model.Link;
import io.vcdsim.model.ProductSectionList;
import io.vcdsim.model.StartupSection;
import io.vcdsim.store.VmRow;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kept OVF sections of vApps and VMs as vCD writes them, each at {@code <owner>/<section>/} with an edit
 * link for those who may change it.
 */
public final class SectionView {
    private SectionView() {
    }

    public static LeaseSettingsSection lease(String vappHref, Sections.Lease l, boolean editable) {
        LeaseSettingsSection s = new LeaseSettingsSection();
        s.href = vappHref + "/leaseSettingsSection/";
        s.type = MediaTypes.xml(MediaTypes.LEASE_SETTINGS_SECTION);
        s.required = false;
        s.info = "Lease settings section";
        if (editable) {
            s.link.add(new Link("edit", s.href, s.type));
        }
        s.deploymentLeaseInSeconds = l.deploymentSeconds();
        s.storageLeaseInSeconds = l.storageSeconds();
        return s;
    }

    /** The items in the vApp's VM order, each named by its VM's name. */
    public static StartupSection startup(String vappHref, List<VmRow> vms, List<Sections.StartupItem> items,
                                         boolean editable) {
        Map<UUID, String> names = vms.stream().collect(Collectors.toMap(VmRow::id, VmRow::name));
        StartupSection s = new StartupSection();
        String href = vappHref + "/startupSection/";
        String type = MediaTypes.xml(MediaTypes.STARTUP_SECTION);
        s.hrefAndType(href, type);
        s.required = false;
        s.info = "VApp startup section";
        for (Sections.StartupItem i : items) {
            StartupSection.Item item = new StartupSection.Item();
            item.id = names.get(i.vmId());
            item.order = i.order();
            item.startAction = i.startAction();
            item.startDelay = i.startDelay();
            item.waitingForGuest = i.waitingForGuest();
            item.stopAction = i.stopAction();
            item.stopDelay = i.stopDelay();
            s.item.add(item);
        }
        if (editable) {
            s.link.add(new Link("edit", href, type));
        }
        return s;
    }

    public static ProductSectionList products(String ownerHref, String ownerType, List<ProductSection> in,
                                              boolean editable) {
        ProductSectionList list = new ProductSectionList();
        list.href = ownerHref + "/productSections/";
        list.type = MediaTypes.xml(MediaTypes.PRODUCT_SECTIONS);
        list.link.add(new Link("up", ownerHref, ownerType));
        if (editable) {
            list.link.add(new Link("edit", list.href, list.type));
        }
        for (ProductSection p : in) {
            ProductSectionList.ProductSection view = new ProductSectionList.ProductSection();
            view.className = p.className();
            view.instance = p.instance();
            view.required = p.required();
            view.info = p.info() == null ? "" : p.info();
            view.product = p.product();
            view.vendor = p.vendor();
            view.version = p.version();
            view.fullVersion = p.fullVersion();
            view.property = p.properties().stream().map(property()).toList();
            list.productSection.add(view);
        }
        return list;
    }

    private static Function<ProductSection.Property, ProductSectionList.Property> property() {
        return p -> {
            ProductSectionList.Property view = new ProductSectionList.Property();
            view.key = p.key();
            view.type = p.type();
            view.value = p.value() == null ? "" : p.value();
            view.password = p.password();
            view.userConfigurable = p.userConfigurable();
            view.label = p.label();
            view.description = p.description();
            if (p.current() != null) {
                ProductSectionList.PropertyValue v = new ProductSectionList.PropertyValue();
                v.value = p.current();
                view.values = List.of(v);
            }
            return view;
        };
    }
}
