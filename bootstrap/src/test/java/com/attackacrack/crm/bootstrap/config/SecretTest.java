package com.attackacrack.crm.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringNeverShowsTheValue() {
        Secret secret = new Secret("hunter2");

        assertThat(secret.toString()).doesNotContain("hunter2");
        assertThat(secret.reveal()).isEqualTo("hunter2");
    }
}
