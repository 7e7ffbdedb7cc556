package com.attackacrack.crm.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import io.sentry.Sentry;
import io.sentry.logback.SentryAppender;
import org.slf4j.LoggerFactory;

/** Starts Sentry when SENTRY_DSN is set and reports ERROR log events through the Logback appender. */
public final class SentrySetup {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(SentrySetup.class);

    private SentrySetup() {
    }

    /** Returns true when Sentry was initialised. */
    public static boolean init(CrmConfig config, BuildInfo build, String role) {
        if (config.sentryDsn().isEmpty()) {
            return false;
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
        appender.setContext(context);
        appender.setMinimumEventLevel(Level.ERROR);
        appender.setMinimumBreadcrumbLevel(Level.INFO);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        LOG.info("Sentry error reporting on (release crm@{}, environment {})", build.version(), config.environment().code());
        return true;
    }
}
