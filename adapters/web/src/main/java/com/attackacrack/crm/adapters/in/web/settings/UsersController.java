package com.attackacrack.crm.adapters.in.web.settings;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.application.port.in.user.ChangeUserRoleUseCase;
import com.attackacrack.crm.application.port.in.user.DeactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.InviteUserUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase.UserAdministration;
import com.attackacrack.crm.application.port.in.user.ReactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.ResendInviteUseCase;
import com.attackacrack.crm.application.port.in.user.RevokeInviteUseCase;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Settings, Users and Invites (MANAGE_USERS): invite people, re-send or revoke invites, change roles, deactivate and
 * reactivate users (after a confirmation page). Every change redirects back with a flash message; a refused change
 * re-renders the page with the reason.
 */
public final class UsersController implements HttpService {

    /** The users and invites page. */
    public static final String PATH = "/settings/users";

    private static final Access ADMIN = Access.permission(Permission.MANAGE_USERS);

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;
    private final Times times = new Times();

    /**
     * The use cases this page calls; one service may implement several of them.
     *
     * @param list       users and pending invites
     * @param invite     invite by email
     * @param resend     re-send an invite with a fresh link
     * @param revoke     cancel an invite
     * @param changeRole give a user another role
     * @param deactivate stop a user signing in
     * @param reactivate let them sign in again
     */
    public record UseCases(ListUsersUseCase list, InviteUserUseCase invite, ResendInviteUseCase resend, RevokeInviteUseCase revoke,
                           ChangeUserRoleUseCase changeRole, DeactivateUserUseCase deactivate, ReactivateUserUseCase reactivate) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(invite, "invite");
            Objects.requireNonNull(resend, "resend");
            Objects.requireNonNull(revoke, "revoke");
            Objects.requireNonNull(changeRole, "changeRole");
            Objects.requireNonNull(deactivate, "deactivate");
            Objects.requireNonNull(reactivate, "reactivate");
        }
    }

    /**
     * The users and invites routes.
     *
     * @param useCases the user administration use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     * @param clock    tells which invites have expired
     */
    public UsersController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get("/settings", ADMIN, (request, response) -> Redirects.found(response, PATH))
                .get(PATH, ADMIN, this::page)
                .post("/settings/invites", ADMIN, this::invite)
                .post("/settings/invites/{id}/resend", ADMIN, this::resend)
                .get("/settings/invites/{id}/revoke", ADMIN, this::confirmRevoke)
                .post("/settings/invites/{id}/revoke", ADMIN, this::revoke)
                .post(PATH + "/{id}/role", ADMIN, this::changeRole)
                .get(PATH + "/{id}/deactivate", ADMIN, (request, response) -> confirm(request, response, "deactivate"))
                .post(PATH + "/{id}/deactivate", ADMIN, this::deactivate)
                .get(PATH + "/{id}/reactivate", ADMIN, (request, response) -> confirm(request, response, "reactivate"))
                .post(PATH + "/{id}/reactivate", ADMIN, this::reactivate);
    }

    private void page(ServerRequest request, ServerResponse response) {
        show(request, response, Status.OK_200, "", Role.MARKETER.code(), new FieldErrors(), null);
    }

    private void invite(ServerRequest request, ServerResponse response) {
        UserId actor = actor(request);
        FormData form = FormData.of(request);
        String email = form.value("email").trim();
        String role = form.value("role");
        FieldErrors errors = new FieldErrors().require("email", email, "Enter the email address to invite.");
        try {
            Role.fromCode(role);
        } catch (BusinessRuleException e) {
            errors.add("role", e.getMessage());
        }
        if (!errors.isEmpty()) {
            show(request, response, Status.BAD_REQUEST_400, email, role, errors, null);
            return;
        }
        try {
            InviteResult result = useCases.invite().invite(InviteUserCommand.of(Optional.of(actor), email, role));
            flash.put(response, inviteMessage(result, "Invite sent to "));
            Redirects.seeOther(response, PATH);
        } catch (BusinessRuleException e) {
            if (e.kind() == BusinessRuleException.Kind.INVALID || e.kind() == BusinessRuleException.Kind.CONFLICT) {
                errors.add("email", e.getMessage());
                show(request, response, BusinessRuleErrorHandler.status(e.kind()), email, role, errors, null);
            } else {
                show(request, response, BusinessRuleErrorHandler.status(e.kind()), email, role, errors, e.getMessage());
            }
        }
    }

    private void resend(ServerRequest request, ServerResponse response) {
        act(request, response, () -> inviteMessage(useCases.resend().resend(actor(request), new InviteId(id(request))),
                "Invite re-sent to "));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        act(request, response, () -> {
            useCases.revoke().revoke(actor(request), new InviteId(id(request)));
            return Flash.Message.success("Invite revoked. Its link no longer works.");
        });
    }

    private void changeRole(ServerRequest request, ServerResponse response) {
        act(request, response, () -> {
            Role role = Role.fromCode(FormData.of(request).value("role"));
            User user = useCases.changeRole().changeRole(actor(request), new UserId(id(request)), role);
            return Flash.Message.success(user.name().full() + " is now " + article(user.role()) + " " + user.role().label() + ".");
        });
    }

    private void deactivate(ServerRequest request, ServerResponse response) {
        act(request, response, () -> {
            User user = useCases.deactivate().deactivate(Optional.of(actor(request)), new UserId(id(request)));
            return Flash.Message.success(user.name().full() + " is deactivated and was signed out everywhere.");
        });
    }

    private void reactivate(ServerRequest request, ServerResponse response) {
        act(request, response, () -> {
            User user = useCases.reactivate().reactivate(actor(request), new UserId(id(request)));
            return Flash.Message.success(user.name().full() + " can sign in again.");
        });
    }

    private void confirm(ServerRequest request, ServerResponse response, String action) {
        UserId target = new UserId(id(request));
        User user = useCases.list().list().users().stream().filter(it -> it.id().equals(target)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such user"));
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("target", UserRowView.from(user, actor(request), times));
        renderer.send(request, response, "settings/confirm", model);
    }

    /** The "Revoke the invite?" page; an invite that is no longer pending is not found. */
    private void confirmRevoke(ServerRequest request, ServerResponse response) {
        InviteId target = new InviteId(id(request));
        UserAdministration administration = useCases.list().list();
        Map<UserId, String> names = names(administration);
        PendingInviteView invite = administration.pendingInvites().stream().filter(it -> it.id().equals(target))
                .findFirst().map(it -> PendingInviteView.from(it, names, clock.instant(), times))
                .orElseThrow(() -> new NotFoundException("No such pending invite"));
        renderer.send(request, response, "settings/revoke", Map.of("invite", invite));
    }

    /** Runs a change, then redirects back with its message; a refused change re-renders the page with the reason. */
    private void act(ServerRequest request, ServerResponse response, Supplier<Flash.Message> change) {
        try {
            Flash.Message message = change.get();
            flash.put(response, message);
            Redirects.seeOther(response, PATH);
        } catch (BusinessRuleException e) {
            show(request, response, BusinessRuleErrorHandler.status(e.kind()), "", Role.MARKETER.code(), new FieldErrors(),
                    e.getMessage());
        }
    }

    private void show(ServerRequest request, ServerResponse response, Status status, String inviteEmail, String inviteRole,
                      FieldErrors inviteErrors, String error) {
        UserId viewer = actor(request);
        UserAdministration administration = useCases.list().list();
        Map<UserId, String> names = names(administration);
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put("users", administration.users().stream().map(it -> UserRowView.from(it, viewer, times)).toList());
        model.put("invites", administration.pendingInvites().stream()
                .map(it -> PendingInviteView.from(it, names, now, times)).toList());
        model.put("roles", roles());
        model.put("inviteEmail", inviteEmail);
        model.put("inviteRole", inviteRole);
        model.put("inviteErrors", inviteErrors.asMap());
        if (error != null) {
            model.put("error", error);
        }
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "settings/users", model);
    }

    /** Full names by user id, for the invites' "invited by". */
    private static Map<UserId, String> names(UserAdministration administration) {
        return administration.users().stream().collect(Collectors.toMap(User::id, it -> it.name().full(), (a, b) -> a));
    }

    private static Flash.Message inviteMessage(InviteResult result, String sentPrefix) {
        String who = result.invite().emailAddress().map(Object::toString).orElse("the setup link");
        MailDelivery delivery = result.delivery();
        if (delivery.wasSent()) {
            return Flash.Message.success(sentPrefix + who + ".");
        }
        String reason = delivery.status() == MailDelivery.Status.NOT_CONFIGURED
                ? "No mail server is configured, so no email was sent."
                : "The email could not be sent: " + delivery.detail();
        return new Flash.Message("warning", "The invite for " + who + " is ready, but it was not emailed. Copy the link and send it "
                + "to them yourself.", result.link(), reason);
    }

    private static List<Map<String, String>> roles() {
        return Arrays.stream(Role.values()).map(it -> Map.of("code", it.code(), "label", it.label())).toList();
    }

    private static String article(Role role) {
        return "AEIOU".indexOf(role.label().charAt(0)) >= 0 ? "an" : "a";
    }

    private static UserId actor(ServerRequest request) {
        return CurrentUsers.require(request).user().id();
    }

    private static long id(ServerRequest request) {
        String raw = request.path().pathParameters().first("id").orElse("");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // not a number: no such id
        }
        throw new NotFoundException("No such id: " + raw.length() + " characters");
    }
}
