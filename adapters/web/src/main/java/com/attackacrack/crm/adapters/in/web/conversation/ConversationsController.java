package com.attackacrack.crm.adapters.in.web.conversation;

import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.application.port.in.conversation.ConversationThread;
import com.attackacrack.crm.application.port.in.conversation.GetConversationUseCase;
import com.attackacrack.crm.application.port.in.conversation.ListConversationsUseCase;
import com.attackacrack.crm.application.port.in.conversation.SendReplyCommand;
import com.attackacrack.crm.application.port.in.conversation.SendReplyUseCase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Conversations (USE_CRM): the inbox of every contact with texts or calls, searchable and filterable; one contact's
 * thread with messages, calls and their recordings, summaries and transcripts, and the reply form; the thread's
 * timeline alone, which the page re-fetches while a sent message's status is still moving.
 */
public final class ConversationsController implements HttpService {

    /** The inbox. */
    public static final String PATH = "/conversations";

    /** How many timeline entries the thread page shows. */
    public static final int THREAD_LIMIT = 200;

    /** The longest reply accepted by the form (ten SMS segments). */
    public static final int MAX_REPLY = 1600;

    private static final Access CRM = Access.permission(Permission.USE_CRM);

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;

    /**
     * The conversation use cases this area calls; one service may implement several of them.
     *
     * @param list  one page of the inbox
     * @param get   one contact's thread
     * @param reply sends a reply from the thread
     */
    public record UseCases(ListConversationsUseCase list, GetConversationUseCase get, SendReplyUseCase reply) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * The conversation routes.
     *
     * @param useCases the conversation use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     * @param clock    the inbox's "5 min ago"
     */
    public ConversationsController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, CRM, this::inbox)
                .get(PATH + "/{contactId}", CRM, this::thread)
                .get(PATH + "/{contactId}/timeline", CRM, this::timeline)
                .post(PATH + "/{contactId}/reply", CRM, this::reply);
    }

    private void inbox(ServerRequest request, ServerResponse response) {
        InboxParams params = InboxParams.from(request);
        Page<ConversationSummary> results = useCases.list().list(params.filter(), params.page());
        ListLinks links = new ListLinks(PATH, params.present());
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", results.rows().stream().map(it -> ConversationRowView.from(it, now)).toList());
        model.put("total", results.total());
        model.put("totalText", Formats.number(results.total()));
        model.put("pager", PagerView.of(results, links));
        model.put("filters", params.values());
        model.put("unread", params.filter().unreadOnly());
        model.put("calls", params.filter().hasCalls());
        model.put("media", params.filter().hasMedia());
        model.put("filtered", params.filtered());
        model.put("firstPageLink", links.page(1));
        model.put("canManageIntegrations", CurrentUsers.find(request).map(it -> it.can(Permission.MANAGE_INTEGRATIONS))
                .orElse(false));
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "conversations/inbox", model);
    }

    private void thread(ServerRequest request, ServerResponse response) {
        ContactId id = id(request);
        ConversationThread thread = useCases.get().thread(id, THREAD_LIMIT, true);
        Map<String, Object> model = threadModel(thread);
        model.put("body", "");
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "conversations/thread", model);
    }

    private void timeline(ServerRequest request, ServerResponse response) {
        ConversationThread thread = useCases.get().thread(id(request), THREAD_LIMIT, false);
        renderer.send(request, response, "conversations/timeline", threadModel(thread));
    }

    private void reply(ServerRequest request, ServerResponse response) {
        ContactId id = id(request);
        String body = FormData.of(request).value("body");
        try {
            useCases.reply().reply(new SendReplyCommand(id, body, CurrentUsers.require(request).user().id()));
            flash.put(response, Flash.Message.success("Message queued"));
            Redirects.seeOther(response, PATH + "/" + id.value());
        } catch (BusinessRuleException e) {
            if (e.kind() == BusinessRuleException.Kind.NOT_FOUND) {
                throw e;
            }
            Map<String, Object> model = threadModel(useCases.get().thread(id, THREAD_LIMIT, false));
            model.put("body", body);
            model.put("error", e.getMessage());
            renderer.send(request, response, status(e), "conversations/thread", model);
        }
    }

    /** The form's answer to a refused reply: 400 for an invalid one, the kind's status for the others. */
    private static Status status(BusinessRuleException e) {
        return BusinessRuleErrorHandler.status(e.kind());
    }

    private static Map<String, Object> threadModel(ConversationThread thread) {
        Contact contact = thread.contact();
        Map<String, Object> model = new HashMap<>();
        model.put("contactId", contact.id().value());
        model.put("contactName", contact.displayName());
        model.put("phone", contact.details().phone() == null ? "" : contact.details().phone().display());
        thread.suppression().ifPresent(it -> model.put("suppression", suppression(it)));
        model.put("entries", TimelineViews.of(thread.entries()));
        model.put("pending", TimelineViews.anyPending(thread.entries()));
        model.put("canReply", thread.canReply());
        model.put("cannotReplyReason", Formats.text(thread.cannotReplyReason()));
        model.put("sandbox", thread.sandbox());
        model.put("maxReply", MAX_REPLY);
        return model;
    }

    private static Map<String, String> suppression(OptOutChange change) {
        return Map.of("keyword", change.keyword(), "at", Formats.moment(change.at()), "atIso", Formats.iso(change.at()));
    }

    private static ContactId id(ServerRequest request) {
        return new ContactId(PathIds.of(request, "contactId"));
    }
}
