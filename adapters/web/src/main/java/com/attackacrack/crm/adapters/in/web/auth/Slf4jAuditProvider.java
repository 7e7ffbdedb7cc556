package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.security.spi.AuditProvider;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Helidon Security's audit events to SLF4J logger {@code crm.security.audit} at DEBUG (type and severity only:
 * the event texts can carry request paths with invite tokens). Replaces Helidon's default java.util.logging auditor.
 */
final class Slf4jAuditProvider implements AuditProvider {

    private static final Logger AUDIT = LoggerFactory.getLogger("crm.security.audit");

    @Override
    public Consumer<TracedAuditEvent> auditConsumer() {
        return event -> {
            if (AUDIT.isDebugEnabled()) {
                AUDIT.debug("security event type={} severity={}", event.eventType(), event.severity());
            }
        };
    }
}
