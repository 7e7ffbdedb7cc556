package com.attackacrack.crm.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import io.sentry.Sentry;
import io.sentry.logback.SentryAppender;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/** Starts Sentry when SENTRY_DSN is set and reports ERROR log events through the Logback appender. */
public final class SentrySetup {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(SentrySetup.class);
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(5);

    private SentrySetup() {
    }

    /** Returns what stops Sentry again (sending what is still queued); a no-op when no DSN is configured. */
    public static AutoCloseable init(CrmConfig config, BuildInfo build, String role) {
        if (config.sentryDsn().isEmpty()) {
            return () -> { };
        }
        Sentry.init(options -> {
            options.setDsn(config.sentryDsn().get().reveal());
            options.setRelease("crm@" + build.version());
            options.setEnvironment(config.environment().code());
            options.setServerName(role);
            options.setSendDefaultPii(false);
        });
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        SentryAppender appender = new SentryAppender();
        appender.setName("SENTRY");
        appender.setContext(context);
        appender.setMinimumEventLevel(Level.ERROR);
        appender.setMinimumBreadcrumbLevel(Level.INFO);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        LOG.info("Sentry error reporting on (release crm@{}, environment {})", build.version(), config.environment().code());
        return () -> {
            root.detachAppender(appender);
            appender.stop();
            Sentry.flush(FLUSH_TIMEOUT.toMillis());
            Sentry.close();
        };
    }
}
