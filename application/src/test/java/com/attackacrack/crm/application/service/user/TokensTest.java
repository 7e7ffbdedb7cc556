package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void hashesWithSha256AsLowerCaseHex() {
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void differentTokensHaveDifferentHashes() {
        assertThat(Tokens.hash("token-1")).isNotEqualTo(Tokens.hash("token-2")).hasSize(64);
    }
}
