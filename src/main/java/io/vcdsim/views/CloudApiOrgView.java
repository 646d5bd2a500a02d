package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.OrgSummaryStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** An org as the cloudapi's {@code orgs} shows it (vCD's Org model, API 35.0+). */
public final class CloudApiOrgView {
    private CloudApiOrgView() {
    }

    public static Map<String, Object> of(OrgSummaryStore.Summary s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.ORG.urn(s.org().id()));
        v.put("name", s.org().name());
        v.put("displayName", s.org().fullName());
        v.put("description", s.org().description());
        v.put("isEnabled", s.org().enabled());
        v.put("orgVdcCount", s.vdcs());
        v.put("catalogCount", s.catalogs());
        v.put("vappCount", s.vapps());
        v.put("runningVMCount", s.runningVms());
        v.put("userCount", s.users());
        v.put("diskCount", s.disks());
        v.put("canPublish", s.canPublish());
        return v;
    }
}
