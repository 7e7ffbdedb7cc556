package com.attackacrack.crm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobRequestTest {

    @Test
    void acceptsDottedLowerCaseTypes() {
        assertThat(new JobRequest("system.heartbeat", Map.of()).type()).isEqualTo("system.heartbeat");
        assertThat(new JobRequest("imports.process_rows", Map.of()).type()).isEqualTo("imports.process_rows");
    }

    @Test
    void rejectsMalformedTypesNamingTheValue() {
        for (String bad : new String[] {"heartbeat", "System.Beat", "a..b", ".a.b", "a.b.", "a b.c"}) {
            assertThatThrownBy(() -> new JobRequest(bad, Map.of())).hasMessageContaining("job type");
        }
    }

    @Test
    void payloadIsCopied() {
        Map<String, String> payload = new HashMap<>(Map.of("k", "v"));
        JobRequest request = new JobRequest("a.b", payload);

        payload.put("k", "changed");

        assertThat(request.payload()).containsEntry("k", "v");
    }
}
