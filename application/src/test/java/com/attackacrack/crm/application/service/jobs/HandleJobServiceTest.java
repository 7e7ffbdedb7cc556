package com.attackacrack.crm.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandleJobServiceTest {

    private final List<String> handled = new ArrayList<>();

    @Test
    void dispatchesToTheHandlerOfTheJobsType() {
        HandleJobService service = new HandleJobService(List.of(givenHandler("a.one"), givenHandler("a.two")));

        service.handle(givenJob("a.two"));

        assertThat(handled).containsExactly("a.two:j1");
    }

    @Test
    void unknownTypeIsAPermanentFailureNamingTheType() {
        HandleJobService service = new HandleJobService(List.of(givenHandler("a.one")));

        assertThatThrownBy(() -> service.handle(givenJob("b.unknown")))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("b.unknown");
    }

    @Test
    void twoHandlersForOneTypeAreRefused() {
        assertThatThrownBy(() -> new HandleJobService(List.of(givenHandler("a.one"), givenHandler("a.one"))))
                .hasMessageContaining("a.one");
    }

    private JobHandler givenHandler(String type) {
        return new JobHandler() {
            @Override
            public String jobType() {
                return type;
            }

            @Override
            public void handle(Job job) {
                handled.add(type + ":" + job.id());
            }
        };
    }

    private static Job givenJob(String type) {
        return new Job("j1", type, Map.of(), 1, Instant.EPOCH);
    }
}
