package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.model.ControlAccessParams;
import io.vcdsim.store.AccessControlStore.Control;
import io.vcdsim.store.AccessControlStore.Setting;
import io.vcdsim.store.Tx;

import java.util.ArrayList;

/** An object's access control as ControlAccessParams, each subject with its href, type and name. */
public final class AccessView {
    private AccessView() {
    }

    public static ControlAccessParams of(Tx tx, Viewer v, Control c) {
        ControlAccessParams p = new ControlAccessParams();
        p.isSharedToEveryone = c.sharedToEveryone();
        p.everyoneAccessLevel = c.everyoneLevel();
        if (!c.settings().isEmpty()) {
            p.accessSettings = new ArrayList<>();
            for (Setting s : c.settings()) {
                ControlAccessParams.AccessSetting a = new ControlAccessParams.AccessSetting();
                a.subject = s.userId() != null
                        ? v.adminRef(Kind.USER, s.userId(), tx.users().find(s.userId()).map(u -> u.name()).orElse(""))
                        : v.adminRef(Kind.ORG, s.orgId(), tx.orgs().find(s.orgId()).map(o -> o.name()).orElse(""));
                a.subject.id = null; // vCD names a subject by href, type and name
                a.accessLevel = s.accessLevel();
                p.accessSettings.add(a);
            }
        }
        return p;
    }
}
