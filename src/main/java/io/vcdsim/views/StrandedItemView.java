package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.StrandedItem;
import io.vcdsim.store.StrandedItemStore;
import io.vcdsim.store.Tx;

/** A stranded item as a system administrator reads it, with the action that removes it from vCenter. */
public final class StrandedItemView {
    private StrandedItemView() {
    }

    public static StrandedItem of(Tx tx, Viewer v, StrandedItemStore.Item item) {
        StrandedItem view = v.entity(new StrandedItem(), Kind.STRANDED_ITEM, item.id(), item.name());
        view.link("forceDelete", view.href + "/action/forceDelete", MediaTypes.xml(MediaTypes.TASK));
        view.description = item.parentName() == null ? null : "A VM of vApp " + item.parentName();
        view.tasks = TaskView.active(tx, v, item.id());
        view.deletionDate = Viewer.time(item.deletionDate());
        StrandedItem.VimObject object = new StrandedItem.VimObject();
        object.name = item.name();
        object.errorMessage = item.message();
        object.vimObjectRef = ProviderVdcView.vimRef(tx, v, item.vcenterId(), item.moref(), item.vimObjectType());
        view.vimObjects.add(object);
        return view;
    }
}
