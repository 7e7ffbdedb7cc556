package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.webhook.ReplayWebhookUseCase;
import com.attackacrack.crm.application.port.in.webhook.RequeueWaitingWebhooksUseCase;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OpenPhoneReplayCommandTest {

    private final List<String> replayed = new ArrayList<>();
    private final List<Duration> requeued = new ArrayList<>();
    private final ReplayWebhookUseCase replay = new ReplayWebhookUseCase() {
        @Override
        public StoredWebhookEvent replay(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoredWebhookEvent replayByEventId(String eventId) {
            if (!eventId.equals("EV1")) {
                throw BusinessRuleException.notFound("No webhook event has the id " + eventId);
            }
            replayed.add(eventId);
            return new StoredWebhookEvent(7, new WebhookEvent("EV1", "message.received", "{}",
                    WebhookEvent.SignatureScheme.LEGACY, Instant.EPOCH), StoredWebhookEvent.Status.RECEIVED, 0, "boom", null);
        }
    };
    private final RequeueWaitingWebhooksUseCase requeue = olderThan -> {
        requeued.add(olderThan);
        return 3;
    };

    @Test
    void replaysOneEventByItsProviderId() {
        Run run = Run.of(new OpenPhoneReplayCommand(() -> replay, () -> requeue), "--event", " EV1 ");

        assertThat(run.exitCode()).isZero();
        assertThat(replayed).containsExactly("EV1");
        assertThat(run.out()).contains("Queued event EV1 (message.received)");
    }

    @Test
    void queuesEveryWaitingEvent() {
        Run run = Run.of(new OpenPhoneReplayCommand(() -> replay, () -> requeue), "--waiting");

        assertThat(run.exitCode()).isZero();
        assertThat(requeued).containsExactly(Duration.ofMinutes(1));
        assertThat(run.out()).contains("Queued 3 waiting event(s)");
    }

    @Test
    void anUnknownEventIsNamed() {
        CommandLine cli = new CommandLine(new OpenPhoneReplayCommand(() -> replay, () -> requeue));

        assertThatThrownBy(() -> cli.parseArgs("--event", "EVnope").asCommandLineList().get(0)
                .<OpenPhoneReplayCommand>getCommand().call())
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("EVnope");
    }

    @Test
    void oneTargetIsRequired() {
        Run run = Run.of(new OpenPhoneReplayCommand(() -> replay, () -> requeue));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--event");
        assertThat(replayed).isEmpty();
    }
}
