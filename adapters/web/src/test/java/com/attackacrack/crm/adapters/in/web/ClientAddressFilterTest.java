package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressFilterTest {

    @Test
    void withoutTheProxyHeaderTheTcpPeerCounts() {
        assertThat(ClientAddressFilter.resolve(null, "10.0.0.7")).isEqualTo("10.0.0.7");
    }

    @Test
    void theFirstEntryOfTheTrustedHeaderCounts() {
        assertThat(ClientAddressFilter.resolve("203.0.113.9", "10.0.0.7")).isEqualTo("203.0.113.9");
        assertThat(ClientAddressFilter.resolve(" 2001:db8::1 , 10.0.0.2", "10.0.0.7")).isEqualTo("2001:db8::1");
    }

    @Test
    void aMalformedHeaderFallsBackToThePeer() {
        assertThat(ClientAddressFilter.resolve("evil<script>", "10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(ClientAddressFilter.resolve("", "10.0.0.7")).isEqualTo("10.0.0.7");
    }
}
