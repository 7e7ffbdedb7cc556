package com.attackacrack.crm.adapters.in.webhook.openphone;

import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Refused;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Verified;
import com.attackacrack.crm.application.port.in.webhook.ReceiveWebhookUseCase;
import com.attackacrack.crm.application.port.in.webhook.RejectWebhookCommand;
import com.attackacrack.crm.application.port.in.webhook.RejectWebhookUseCase;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaTypes;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/openphone}: verifies the signature over the raw body (401 when it fails, nothing stored),
 * stores a readable event once (200 {@code {"received":true,"duplicate":...}}, a redelivery included), keeps a signed
 * but unreadable body as rejected (400), and refuses everything with 503 while no signing key is configured.
 */
public final class OpenPhoneWebhookController implements HttpService {

    /** The route OpenPhone is given. */
    public static final String PATH = "/webhooks/openphone";
    /** The largest body accepted. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OpenPhoneWebhookController.class);

    private final ReceiveWebhookUseCase receive;
    private final RejectWebhookUseCase reject;
    private final OpenPhoneSignatureVerifier verifier;
    private final Clock clock;

    /** A controller; {@code verifier} is null when no signing key is configured, and then every delivery gets 503. */
    public OpenPhoneWebhookController(ReceiveWebhookUseCase receive, RejectWebhookUseCase reject,
            OpenPhoneSignatureVerifier verifier, Clock clock) {
        this.receive = Objects.requireNonNull(receive, "receive");
        this.reject = Objects.requireNonNull(reject, "reject");
        this.verifier = verifier;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::deliver);
    }

    private void deliver(ServerRequest request, ServerResponse response) {
        Instant receivedAt = clock.instant();
        if (verifier == null) {
            LOG.warn("Refused OpenPhone webhook from {}: the OpenPhone signing key is not configured",
                    request.remotePeer().host());
            text(response, Status.SERVICE_UNAVAILABLE_503, "OpenPhone webhooks are not configured");
            return;
        }
        Optional<byte[]> body = readBody(request);
        if (body.isEmpty()) {
            text(response, Status.REQUEST_ENTITY_TOO_LARGE_413, "body larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        byte[] rawBody = body.get();
        ServerRequestHeaders headers = request.headers();
        Verification verification = verifier.verify(SignatureHeaders.from(name -> header(headers, name)), rawBody);
        if (verification instanceof Refused refused) {
            LOG.warn("Refused OpenPhone webhook from {}: {} ({})", request.remotePeer().host(), refused.failure(),
                    refused.detail());
            text(response, Status.UNAUTHORIZED_401, "invalid webhook signature");
            return;
        }
        accept((Verified) verification, rawBody, receivedAt, response);
    }

    private void accept(Verified verified, byte[] rawBody, Instant receivedAt, ServerResponse response) {
        String payload = new String(rawBody, StandardCharsets.UTF_8);
        WebhookPayload.Parsed parsed = WebhookPayload.parse(rawBody);
        if (!parsed.readable()) {
            refuse(payload, parsed.problem(), receivedAt, response);
            return;
        }
        String eventId = parsed.id() != null ? parsed.id() : verified.webhookId().orElse(null);
        if (eventId == null) {
            refuse(payload, "no event id in the body or the webhook-id header", receivedAt, response);
            return;
        }
        if (eventId.length() > 200) {
            refuse(payload, "the event id is longer than 200 characters", receivedAt, response);
            return;
        }
        boolean fresh = receive.receive(new WebhookEvent(eventId, parsed.type(), payload, verified.scheme(), receivedAt));
        response.status(Status.OK_200);
        response.headers().contentType(HttpMediaTypes.JSON_UTF_8);
        response.send("{\"received\":true,\"duplicate\":" + !fresh + "}");
    }

    private void refuse(String payload, String reason, Instant receivedAt, ServerResponse response) {
        reject.reject(new RejectWebhookCommand(payload, reason, receivedAt));
        LOG.warn("Rejected a signed OpenPhone webhook: {}", reason);
        text(response, Status.BAD_REQUEST_400, "unreadable webhook body");
    }

    private static Optional<byte[]> readBody(ServerRequest request) {
        OptionalLong declared = request.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        if (!request.content().hasEntity()) {
            return Optional.of(new byte[0]);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the webhook body", e);
        }
    }

    private static String header(ServerRequestHeaders headers, String name) {
        HeaderName headerName = HeaderNames.create(name);
        return headers.contains(headerName) ? headers.get(headerName).get() : null;
    }

    private static void text(ServerResponse response, Status status, String message) {
        response.status(status);
        response.headers().contentType(HttpMediaTypes.PLAINTEXT_UTF_8);
        response.send(message);
    }
}
