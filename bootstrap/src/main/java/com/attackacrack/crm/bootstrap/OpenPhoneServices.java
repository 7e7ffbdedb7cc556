package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneSignatureVerifier;
import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneWebhookController;
import com.attackacrack.crm.adapters.out.openphone.OpenPhoneApiSettings;
import com.attackacrack.crm.adapters.out.openphone.OpenPhoneEventParser;
import com.attackacrack.crm.adapters.out.openphone.OpenPhoneHistoryClient;
import com.attackacrack.crm.adapters.out.openphone.OpenPhoneSmsGateway;
import com.attackacrack.crm.adapters.out.openphone.SandboxSmsGateway;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignTracking;
import com.attackacrack.crm.adapters.out.persistence.JdbiContactRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiConversationRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiKnownConversations;
import com.attackacrack.crm.adapters.out.persistence.JdbiProviderContactLinks;
import com.attackacrack.crm.adapters.out.persistence.JdbiSuppressionRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.JdbiWebhookEventRepository;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberNormaliser;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.application.service.conversation.GetConversationService;
import com.attackacrack.crm.application.service.conversation.ListConversationsService;
import com.attackacrack.crm.application.service.conversation.SendMessageHandler;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.service.conversation.SendReplyService;
import com.attackacrack.crm.application.service.integration.GetIntegrationStatusService;
import com.attackacrack.crm.application.service.integration.OpenPhoneSetup;
import com.attackacrack.crm.application.service.webhook.ListDeadLettersService;
import com.attackacrack.crm.application.service.webhook.ProcessWebhookEventHandler;
import com.attackacrack.crm.application.service.webhook.ReconcileConversationsService;
import com.attackacrack.crm.application.service.webhook.ReceiveWebhookService;
import com.attackacrack.crm.application.service.webhook.RejectWebhookService;
import com.attackacrack.crm.application.service.webhook.ReplayWebhookService;
import com.attackacrack.crm.application.service.webhook.RequeueWaitingWebhooksService;
import com.attackacrack.crm.bootstrap.config.OpenPhoneConfig;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the OpenPhone integration: the webhook receiver (signature verification from the configured key, events
 * stored once and queued), event processing into conversations, the inbox, replies through the SMS gateway (the real
 * one when an API key and sending number are set, else the sandbox), dead letters and replay, and the integration
 * status the Settings page shows.
 */
final class OpenPhoneServices {

    private static final Logger LOG = LoggerFactory.getLogger(OpenPhoneServices.class);

    private final WebhookEventRepository events;
    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final SuppressionRepository suppressions;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones = new LibPhoneNumberNormaliser();
    private final Jdbi jdbi;
    private final OpenPhoneConfig openPhone;
    private final Supplier<JobQueue> jobs;
    private final Supplier<RateLimiter> limiter;
    private final Lazy<SmsGateway> gateway;
    private final Clock clock;

    /** The services of one process; the job queue and the Redis rate limiter are opened only when first needed. */
    OpenPhoneServices(Jdbi jdbi, OpenPhoneConfig openPhone, Supplier<JobQueue> jobs, Supplier<RateLimiter> limiter,
                      Clock clock) {
        this.jdbi = jdbi;
        this.events = new JdbiWebhookEventRepository(jdbi);
        this.contacts = new JdbiContactRepository(jdbi);
        this.conversations = new JdbiConversationRepository(jdbi);
        this.suppressions = new JdbiSuppressionRepository(jdbi);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.openPhone = openPhone;
        this.jobs = jobs;
        this.limiter = limiter;
        this.gateway = new Lazy<>(() -> gateway(openPhone, limiter));
        this.clock = clock;
    }

    /**
     * The gateway texts go out through: OpenPhone's API under the rate limit shared in Redis when an API key and a
     * sending number are configured, else the sandbox, which never leaves the machine.
     */
    static SmsGateway gateway(OpenPhoneConfig openPhone, Supplier<RateLimiter> limiter) {
        if (!openPhone.canSend()) {
            LOG.info("OpenPhone sending is not configured (OPENPHONE_API_KEY and OPENPHONE_PHONE_NUMBER_ID); "
                    + "texts go to the sandbox gateway and never leave this machine");
            return new SandboxSmsGateway();
        }
        return new OpenPhoneSmsGateway(apiSettings(openPhone), limiter.get());
    }

    private static OpenPhoneApiSettings apiSettings(OpenPhoneConfig openPhone) {
        return new OpenPhoneApiSettings(openPhone.apiBaseUrl(), openPhone.apiKey().orElseThrow().reveal(),
                openPhone.phoneNumberId().orElseThrow(), openPhone.requestsPerSecond(),
                OpenPhoneApiSettings.DEFAULT_MAX_ATTEMPTS, OpenPhoneApiSettings.DEFAULT_REQUEST_TIMEOUT,
                OpenPhoneApiSettings.DEFAULT_BACKOFF_BASE);
    }

    /**
     * {@code crm openphone reconcile}: pulls texts and calls from OpenPhone's API for the known conversations; needs
     * the API key and the sending number (refused with what is missing otherwise).
     */
    ReconcileConversationsService reconcile() {
        if (!openPhone.canSend()) {
            throw BusinessRuleException.invalid("reconciling reads OpenPhone's API: set OPENPHONE_API_KEY and "
                    + "OPENPHONE_PHONE_NUMBER_ID first");
        }
        return new ReconcileConversationsService(new JdbiKnownConversations(jdbi), history().orElseThrow(), contacts,
                conversations, suppressions, new JdbiProviderContactLinks(jdbi), phones, transactions, clock,
                businessNumbers(), new JdbiCampaignTracking(jdbi));
    }

    /** OpenPhone's message history (for reconciling), when the API key and sending number are configured. */
    Optional<ProviderHistory> history() {
        return openPhone.canSend() ? Optional.of(new OpenPhoneHistoryClient(apiSettings(openPhone), limiter.get()))
                : Optional.empty();
    }

    /** The gateway texts go out through in this process (created once). */
    SmsGateway smsGateway() {
        return gateway.get();
    }

    /** Where each conversation's texts are kept (campaign sends are written there too). */
    ConversationRepository conversations() {
        return conversations;
    }

    /** {@code POST /webhooks/openphone}; without a configured signing key every delivery is refused (503). */
    OpenPhoneWebhookController controller(OperationsMetrics metrics) {
        OpenPhoneSignatureVerifier verifier = openPhone.webhookSigningKey()
                .map(key -> new OpenPhoneSignatureVerifier(key.reveal(), clock))
                .orElse(null);
        return new OpenPhoneWebhookController(new ReceiveWebhookService(events, transactions, jobs.get(), metrics, clock),
                new RejectWebhookService(events, transactions, metrics, clock), verifier, clock);
    }

    /** The {@code webhook.process} job: turns a stored event into contacts, messages, calls and suppressions. */
    ProcessWebhookEventHandler processHandler() {
        return new ProcessWebhookEventHandler(events, new OpenPhoneEventParser(), contacts, conversations, suppressions,
                new JdbiProviderContactLinks(jdbi), phones, transactions, clock, businessNumbers(),
                ProcessWebhookEventHandler.DEFAULT_MAX_ATTEMPTS, new JdbiCampaignTracking(jdbi));
    }

    /** The {@code message.send} job: sends a queued reply through the gateway, once. */
    SendMessageHandler sendHandler(OperationsMetrics metrics) {
        return new SendMessageHandler(conversations, contacts, suppressions, gateway.get(), transactions, clock, metrics);
    }

    ListConversationsService listConversations() {
        return new ListConversationsService(conversations);
    }

    GetConversationService getConversation() {
        return new GetConversationService(contacts, conversations, suppressions, gateway.get(), transactions, clock);
    }

    SendReplyService sendReply() {
        return new SendReplyService(contacts, conversations, suppressions, jobs.get(), transactions, clock);
    }

    ListDeadLettersService deadLetters() {
        return new ListDeadLettersService(events);
    }

    ReplayWebhookService replay() {
        return new ReplayWebhookService(events, jobs.get(), transactions);
    }

    RequeueWaitingWebhooksService requeueWaiting() {
        return new RequeueWaitingWebhooksService(events, jobs.get(), clock);
    }

    /** The OpenPhone status for Settings, Integrations: configuration facts (no secret values) and webhook counts. */
    GetIntegrationStatusService integrationStatus(URI publicBaseUrl) {
        return new GetIntegrationStatusService(setup(openPhone, publicBaseUrl), events);
    }

    /** What the configuration says about OpenPhone; only whether each secret is set crosses into the application. */
    static OpenPhoneSetup setup(OpenPhoneConfig openPhone, URI publicBaseUrl) {
        return new OpenPhoneSetup(openPhone.apiKey().isPresent(), openPhone.phoneNumberId().orElse(null),
                openPhone.webhookSigningKey().isPresent(), publicBaseUrl);
    }

    /** The business's own line, when the sending number is configured as an E.164 number (a PN... id is not a number). */
    private Set<PhoneNumber> businessNumbers() {
        return openPhone.phoneNumberId().filter(id -> id.startsWith("+")).flatMap(phones::tryNormalise)
                .map(Set::of).orElse(Set.of());
    }
}
