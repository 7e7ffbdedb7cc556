package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.conversation.ReconcileConversationsUseCase;
import com.attackacrack.crm.application.port.in.conversation.ReconcileReport;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenPhoneReconcileCommandTest {

    private final List<Duration> sinces = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();
    private ReconcileReport answer = new ReconcileReport(12, 3, 1, 40, List.of(), null);
    private int lookups;

    @Test
    void reconcilesAndPrintsWhatWasAdded() {
        Run run = Run.of(command(), "--since", "48h");

        assertThat(run.exitCode()).isZero();
        assertThat(sinces).containsExactly(Duration.ofHours(48));
        assertThat(limits).containsExactly(1_000);
        assertThat(run.out()).contains(
                "Checked 12 conversations: 3 messages and 1 call added that webhooks had missed; 40 already known.");
    }

    @Test
    void listsEveryProblemAndExitsNonZero() {
        answer = new ReconcileReport(2, 1, 0, 0, List.of(new ReconcileReport.Failure(new ContactId(7),
                new PhoneNumber("+16175550123"), "OpenPhone answered 503 (after 4 attempts)")), null);

        Run run = Run.of(command(), "--since", "2d", "--limit", "50");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(limits).containsExactly(50);
        assertThat(run.out()).contains("Checked 2 conversations: 1 message and 0 calls added")
                .contains("1 problem:").contains("  +16175550123 (contact 7): OpenPhone answered 503 (after 4 attempts)");
    }

    @Test
    void saysWhyARunStoppedEarly() {
        answer = new ReconcileReport(0, 0, 0, 0, List.of(), "OpenPhone refused the API key (401 Unauthorized)");

        Run run = Run.of(command(), "--since", "90m");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Checked 0 conversations").contains("Stopped early: OpenPhone refused the API key");
    }

    @ParameterizedTest
    @CsvSource({"48h, PT48H", "2d, PT48H", "90m, PT1H30M", "60s, PT1M", "1m, PT1M", "30d, PT720H", " 12H , PT12H"})
    void acceptsAgesInSecondsMinutesHoursAndDays(String age, String expected) {
        Run run = Run.of(command(), "--since", age);

        assertThat(run.exitCode()).isZero();
        assertThat(sinces).containsExactly(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30s", "31d", "48", "h", "2w", "-1h", "1.5h", "PT48H"})
    void refusesOtherAgesClearlyWithoutReconciling(String age) {
        Run run = Run.of(command(), "--since", age);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--since").containsAnyOf("not an age like 48h", "outside 1 minute to 30 days");
        assertThat(lookups).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100001", "-5"})
    void refusesALimitOutOfRangeWithoutReconciling(String limit) {
        Run run = Run.of(command(), "--since", "48h", "--limit", limit);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit");
        assertThat(lookups).isZero();
    }

    @Test
    void sinceIsRequiredAndHelpNeedsNothing() {
        Run missing = Run.of(command());
        Run help = Run.of(command(), "--help");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--since");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--since", "--limit", "48h");
        assertThat(lookups).isZero();
    }

    private OpenPhoneReconcileCommand command() {
        ReconcileConversationsUseCase useCase = (since, limit) -> {
            sinces.add(since);
            limits.add(limit);
            return answer;
        };
        return new OpenPhoneReconcileCommand(() -> {
            lookups++;
            return useCase;
        });
    }
}
