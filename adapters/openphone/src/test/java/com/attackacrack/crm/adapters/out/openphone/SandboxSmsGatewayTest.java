package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.application.port.out.SmsSendResult.Outcome;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SandboxSmsGatewayTest {

    private static final OutboundSms MESSAGE = new OutboundSms(new PhoneNumber("+16175550123"), "Secret quote: $4,200");

    private final SandboxSmsGateway gateway = new SandboxSmsGateway();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SandboxSmsGateway.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    @Test
    void everyMessageIsAcceptedAsSentUnderAFreshSandboxId() {
        SmsSendResult first = gateway.send(MESSAGE);
        SmsSendResult second = gateway.send(MESSAGE);

        assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(first.providerStatus()).isEqualTo("sent");
        assertThat(first.providerMessageId()).matches("sandbox-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(second.providerMessageId()).isNotEqualTo(first.providerMessageId());
    }

    @Test
    void beforeRequestRunsOnceBeforeTheMessageIsAccepted() {
        int[] started = new int[1];

        SmsSendResult result = gateway.send(MESSAGE, () -> {
            assertThat(logs.list).isEmpty();
            started[0]++;
        });

        assertThat(started[0]).isOne();
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void itSaysItIsTheSandbox() {
        assertThat(gateway.sandbox()).isTrue();
    }

    @Test
    void theLogNamesTheLengthAndLastFourDigitsOnly() {
        gateway.send(MESSAGE);

        assertThat(logs.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).hasToString("INFO");
            String line = event.getFormattedMessage();
            assertThat(line).contains("20 characters").contains("0123");
            assertThat(line).doesNotContain("6175550123").doesNotContain("Secret").doesNotContain("4,200");
        });
    }
}
