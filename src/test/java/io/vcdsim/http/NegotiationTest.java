package io.vcdsim.http;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Accept header read once and remembered: the same answer each time, and a refused header refused each time. */
class NegotiationTest {

    @Test
    void aHeaderReadAgainMeansTheSame() {
        List<String> header = List.of("application/*+json;version=37.1");
        Negotiation first = Negotiation.of(header);
        assertThat(first).isEqualTo(new Negotiation(Format.JSON, new ApiVersion(37, 1)));
        assertThat(Negotiation.of(List.of("application/*+json;version=37.1"))).isEqualTo(first);
        assertThat(Negotiation.of(List.of("application/*+xml;version=37.1")).format()).isEqualTo(Format.XML);
    }

    @Test
    void aRefusedHeaderIsRefusedEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Negotiation.of(List.of("application/*+xml;version=99.0")))
                    .isInstanceOf(ApiException.class).hasMessageContaining("Invalid API version requested: 99.0");
            assertThatThrownBy(() -> Negotiation.of(List.of("text/plain")))
                    .isInstanceOf(ApiException.class).hasMessageContaining("only XML and JSON");
        }
    }

    @Test
    void severalHeadersAreReadTogether() {
        assertThat(Negotiation.of(List.of("application/json", "application/*+xml;version=36.0")))
                .isEqualTo(new Negotiation(Format.JSON, new ApiVersion(36, 0)));
    }
}
