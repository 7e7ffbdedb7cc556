package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.webhook.ReplayWebhookUseCase;
import com.attackacrack.crm.application.port.in.webhook.RequeueWaitingWebhooksUseCase;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm openphone replay}: sends one stored webhook event (a dead letter, or a failed one) through processing
 * again, or hands every event that never reached a worker to the workers.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Process a stored OpenPhone webhook event again (--event EVENT_ID), or queue every event still "
                + "waiting for a worker (--waiting). A running 'crm worker' does the processing.")
public final class OpenPhoneReplayCommand implements Callable<Integer> {

    private final Supplier<ReplayWebhookUseCase> replay;
    private final Supplier<RequeueWaitingWebhooksUseCase> requeue;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** What to replay: one event, or every waiting one. */
    static final class Target {
        @Option(names = "--event", paramLabel = "EVENT_ID",
                description = "The provider's event id (EV... or the webhook-id), as shown in Settings > Integrations.")
        String eventId;

        @Option(names = "--waiting", description = "Queue every stored event no worker has picked up for a minute or more.")
        boolean waiting;
    }

    /** The use cases are supplied lazily so that {@code --help} needs no database or Redis. */
    public OpenPhoneReplayCommand(Supplier<ReplayWebhookUseCase> replay, Supplier<RequeueWaitingWebhooksUseCase> requeue) {
        this.replay = replay;
        this.requeue = requeue;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (target.waiting) {
            int queued = requeue.get().requeueWaiting(Duration.ofMinutes(1));
            out.printf("Queued %d waiting event(s) for processing.%n", queued);
        } else {
            StoredWebhookEvent event = replay.get().replayByEventId(target.eventId.strip());
            out.printf("Queued event %s (%s) for processing again; a running 'crm worker' will process it.%n",
                    event.event().eventId(), event.event().type());
        }
        out.flush();
        return 0;
    }
}
