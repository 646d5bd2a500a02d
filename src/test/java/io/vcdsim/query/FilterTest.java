package io.vcdsim.query;

import io.vcdsim.core.ApiException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterTest {
    static final QueryType USER = QueryTypes.all().stream().filter(t -> t.name().equals("user")).findFirst()
            .orElseThrow();

    static String sql(String filter, List<Object> params) {
        return Filter.toSql(filter, USER, false, params, new HashSet<>());
    }

    static Set<String> pinned(String filter) {
        Set<String> pinned = new HashSet<>();
        Filter.toSql(filter, USER, false, new ArrayList<>(), pinned);
        return pinned;
    }

    @Test
    void onlyTopLevelEqualitiesPinAColumn() {
        assertThat(pinned("name==a;isEnabled==true")).containsExactlyInAnyOrder("u.name", "u.enabled");
        assertThat(pinned("name==a;isEnabled!=true")).containsExactly("u.name");
        assertThat(pinned("name==a*;isEnabled==true")).containsExactly("u.enabled"); // a wildcard is many values
        assertThat(pinned("name==a,name==b")).isEmpty();
        assertThat(pinned("name==a,isEnabled==true;fullName==x")).isEmpty();
        assertThat(pinned("(name==a,name==b);isEnabled==true")).containsExactly("u.enabled");
    }

    @Test
    void andBindsTighterThanOr() {
        List<Object> p = new ArrayList<>();
        assertThat(sql("name==a,name==b;isEnabled==true", p))
                .isEqualTo("(u.name = ? OR (u.name = ? AND u.enabled = ?))");
        assertThat(p).containsExactly("a", "b", true);
    }

    @Test
    void wildcardsBecomeEscapedLikePatterns() {
        List<Object> p = new ArrayList<>();
        assertThat(sql("fullName!=Odd_5!0%*", p)).isEqualTo("u.full_name NOT LIKE ? ESCAPE '!'");
        assertThat(p).containsExactly("Odd!_5!!0!%%");
    }

    @Test
    void referencesAcceptHrefUrnOrId() {
        UUID id = UUID.randomUUID();
        for (String v : List.of("https://h/api/org/" + id, "urn:vcloud:org:" + id, id.toString())) {
            List<Object> p = new ArrayList<>();
            sql("org==" + v, p);
            assertThat(p).containsExactly(id);
        }
    }

    @Test
    void backslashEscapesSpecialCharacters() {
        List<Object> p = new ArrayList<>();
        sql("fullName==a\\,b\\;c\\(d\\)", p);
        assertThat(p).containsExactly("a,b;c(d)");
    }

    @Test
    void errorsSayWhereAndWhat() {
        assertThatThrownBy(() -> sql("name==a;", new ArrayList<>())).isInstanceOf(ApiException.class)
                .hasMessageContaining("position 8");
        assertThatThrownBy(() -> sql("nope==a", new ArrayList<>())).hasMessageContaining("unknown field 'nope'");
    }

    @Test
    void nestingAndLengthAreBoundedWithA400() {
        String deep = "(".repeat(500) + "name==a" + ")".repeat(500);
        assertThatThrownBy(() -> sql(deep, new ArrayList<>())).isInstanceOf(ApiException.class)
                .hasMessageContaining("nest deeper than");
        String wide = String.join(";", java.util.Collections.nCopies(10_000, "name==a"));
        assertThatThrownBy(() -> sql(wide, new ArrayList<>())).isInstanceOf(ApiException.class)
                .hasMessageContaining("conditions");
        assertThat(sql("(".repeat(32) + "name==a" + ")".repeat(32), new ArrayList<>())).contains("u.name");
    }
}
