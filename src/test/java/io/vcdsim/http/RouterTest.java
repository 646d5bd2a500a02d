package io.vcdsim.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing: templates grouped by their literal start still resolve as one table of templates would. */
class RouterTest {
    private final Router.Handler any = x -> Reply.noContent();

    private final Router router = new Router()
            .get("/api/{kind}/{id}", any)
            .get("/api/task/{id}", any)
            .post("/api/task/{id}/action/cancel", any)
            .get("/api/vApp/{id}", any)
            .get("/api/{kind}/{id}/power", any)
            .get("/api/versions", any)
            .get("/cloudapi/1.0.0/roles/{id}", any)
            .get("/", any);

    @Test
    void aLiteralSegmentWinsOverAVariableInAnotherGroup() {
        assertThat(router.match("GET", "/api/task/123").template()).isEqualTo("/api/task/{id}");
        assertThat(router.match("GET", "/api/disk/123").template()).isEqualTo("/api/{kind}/{id}");
        assertThat(router.match("GET", "/api/versions").template()).isEqualTo("/api/versions");
        assertThat(router.match("GET", "/api/vApp/vapp-7").template()).isEqualTo("/api/vApp/{id}");
        // the literal group (/api/vApp) has no template for it: the variable group's answers
        assertThat(router.match("GET", "/api/vApp/vapp-7/power").template()).isEqualTo("/api/{kind}/{id}/power");
        assertThat(router.match("GET", "/api/task/123").pathParams()).containsEntry("id", "123");
    }

    @Test
    void deeperPathsAndTheRootStillResolve() {
        assertThat(router.match("POST", "/api/task/9/action/cancel").template())
                .isEqualTo("/api/task/{id}/action/cancel");
        assertThat(router.match("GET", "/cloudapi/1.0.0/roles/urn:vcloud:role:1").pathParams())
                .containsEntry("id", "urn:vcloud:role:1");
        assertThat(router.match("GET", "/").template()).isEqualTo("/");
        assertThat(router.match("GET", "/api/task/9/action/nothing")).isNull();
        assertThat(router.match("GET", "/nothing")).isNull();
    }

    @Test
    void aTrailingSlashAndOtherMethodsAnswerAsBefore() {
        assertThat(router.match("GET", "/api/task/123/").template()).isEqualTo("/api/task/{id}");
        Router.Match wrongMethod = router.match("DELETE", "/api/task/9/action/cancel");
        assertThat(wrongMethod.endpoint()).isNull();
        assertThat(wrongMethod.allowed()).containsExactly("POST");
    }

    @Test
    void aTemplateIsGroupedByItsLiteralStart() {
        assertThat(Router.literalPrefix("/api/task/{id}")).isEqualTo("/api/task");
        assertThat(Router.literalPrefix("/api/{kind}/{id}")).isEqualTo("/api");
        assertThat(Router.literalPrefix("/api/admin/org/{id}/settings")).isEqualTo("/api/admin/org");
        assertThat(Router.literalPrefix("/api/versions")).isEqualTo("/api/versions");
    }
}
