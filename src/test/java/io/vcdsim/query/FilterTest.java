package io.vcdsim.query;

import io.vcdsim.http.ApiException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterTest {
    static final QueryType USER = QueryTypes.all().stream().filter(t -> t.name().equals("user")).findFirst()
            .orElseThrow();

    static String sql(String filter, List<Object> params) {
        return Filter.toSql(filter, USER, false, params);
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
}
