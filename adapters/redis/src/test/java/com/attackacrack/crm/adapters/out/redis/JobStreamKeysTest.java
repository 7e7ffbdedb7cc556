package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStreamKeysTest {

    @Test
    void everyKeyStartsWithThePrefix() {
        JobStreamKeys keys = new JobStreamKeys("crm:");

        assertThat(keys.stream()).isEqualTo("crm:jobs");
        assertThat(keys.delayed()).isEqualTo("crm:jobs:delayed");
        assertThat(keys.dead()).isEqualTo("crm:jobs:dead");
    }
}
