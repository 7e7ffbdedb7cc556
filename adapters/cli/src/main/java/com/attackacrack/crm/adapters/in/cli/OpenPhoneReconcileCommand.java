package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.conversation.ReconcileConversationsUseCase;
import com.attackacrack.crm.application.port.in.conversation.ReconcileReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code crm openphone reconcile}: reads the texts and calls of the CRM's known conversations from OpenPhone's API
 * and adds those the webhooks missed (each once, by its provider id), under the shared OpenPhone rate limit.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Read the recent texts and calls of the CRM's conversations from OpenPhone and add what the webhooks "
                + "missed (each once). A missed STOP or START is applied too. Uses the shared OpenPhone rate limit.")
public final class OpenPhoneReconcileCommand implements Callable<Integer> {

    /** The shortest window {@code --since} accepts. */
    static final Duration MIN_SINCE = Duration.ofMinutes(1);
    /** The longest window {@code --since} accepts. */
    static final Duration MAX_SINCE = Duration.ofDays(30);
    private static final int MAX_LIMIT = 100_000;

    private final Supplier<ReconcileConversationsUseCase> reconcile;

    @Spec
    private CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "AGE", converter = AgeConverter.class,
            description = "How far back to look: a number and a unit, like 48h, 2d, 90m or 30s (1 minute to 30 days).")
    private Duration since;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N",
            description = "Check at most this many conversations, most recently active first, 1 to 100,000 "
                    + "(default: ${DEFAULT-VALUE}).")
    private int limit;

    /** The use case is supplied lazily so that {@code --help} and refused options need no database, Redis or API key. */
    public OpenPhoneReconcileCommand(Supplier<ReconcileConversationsUseCase> reconcile) {
        this.reconcile = reconcile;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--limit': " + limit + " is not 1 to 100,000");
        }
        ReconcileReport report = reconcile.get().reconcile(since, limit);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Checked %s: %s and %s added that webhooks had missed; %,d already known.%n",
                count(report.conversationsChecked(), "conversation"), count(report.messagesCreated(), "message"),
                count(report.callsCreated(), "call"), report.alreadyKnown());
        if (!report.failures().isEmpty()) {
            out.printf(Locale.ROOT, "%s:%n", count(report.failures().size(), "problem"));
            for (ReconcileReport.Failure failure : report.failures()) {
                out.printf(Locale.ROOT, "  %s (contact %d): %s%n", failure.phone().e164(), failure.contact().value(),
                        failure.error());
            }
        }
        if (report.stopped()) {
            out.println("Stopped early: " + report.stoppedBy());
        }
        out.flush();
        return report.stopped() || !report.failures().isEmpty() ? 1 : 0;
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Reads {@code 48h}, {@code 2d}, {@code 90m} or {@code 30s} into a duration of 1 minute to 30 days. */
    static final class AgeConverter implements ITypeConverter<Duration> {

        private static final Pattern AGE = Pattern.compile("([0-9]{1,9})\\s*([smhd])");

        @Override
        public Duration convert(String value) {
            Matcher matcher = AGE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw new TypeConversionException("'" + value + "' is not an age like 48h, 2d, 90m or 30s");
            }
            long amount = Long.parseLong(matcher.group(1));
            Duration age = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (age.compareTo(MIN_SINCE) < 0 || age.compareTo(MAX_SINCE) > 0) {
                throw new TypeConversionException("'" + value + "' is outside 1 minute to 30 days");
            }
            return age;
        }
    }
}
