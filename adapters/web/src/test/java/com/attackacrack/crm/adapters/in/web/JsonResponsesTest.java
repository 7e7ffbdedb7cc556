package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonResponsesTest {

    record Sample(String name, int count) {
    }

    @Test
    void writesRecordsByComponentName() {
        String json = new String(JsonResponses.toBytes(new Sample("caf\u00e9 \"quoted\"", 2)), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"name\":\"caf\u00e9 \\\"quoted\\\"\",\"count\":2}");
    }

    @Test
    void keepsMapOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", true);

        assertThat(new String(JsonResponses.toBytes(map), StandardCharsets.UTF_8)).isEqualTo("{\"b\":1,\"a\":true}");
    }
}
