package com.attackacrack.crm.adapters.in.web.invite;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CsrfTokens;
import com.attackacrack.crm.adapters.in.web.auth.SafeRedirects;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.AcceptInviteUseCase;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.InvalidPasswordException;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.PasswordProblem;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET/POST /invite/{token}}: the page an invite link opens. A usable invite shows the form (name and password;
 * the email too for the first-admin setup link); accepting it creates the account and signs in. Unknown, expired, used
 * and revoked links get a page saying so. Every answer sends {@code Referrer-Policy: no-referrer}: the token is in the URL.
 */
public final class InviteController implements HttpService {

    /** The route of an invite link. */
    public static final String PATH = "/invite/{token}";

    private static final Header NO_REFERRER = HeaderValues.create("Referrer-Policy", "no-referrer");
    private static final int MAX_TOKEN_LENGTH = 200;

    private final CheckInviteUseCase checkInvite;
    private final AcceptInviteUseCase acceptInvite;
    private final TemplateRenderer renderer;
    private final WebCookies cookies;
    private final CsrfTokens csrf;

    /**
     * The invite acceptance routes.
     *
     * @param checkInvite  tells whether a token can be used
     * @param acceptInvite creates the account and signs in
     * @param renderer     the page renderer
     * @param cookies      the server's cookies ({@code WebSecurity.cookies()})
     */
    public InviteController(CheckInviteUseCase checkInvite, AcceptInviteUseCase acceptInvite, TemplateRenderer renderer,
                            WebCookies cookies) {
        this.checkInvite = Objects.requireNonNull(checkInvite, "checkInvite");
        this.acceptInvite = Objects.requireNonNull(acceptInvite, "acceptInvite");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.csrf = new CsrfTokens(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, Access.anyone(), this::form)
                .post(PATH, Access.anyone(), this::accept);
    }

    private void form(ServerRequest request, ServerResponse response) {
        response.header(NO_REFERRER);
        InviteCheck check = check(token(request));
        if (check.outcome() != InviteCheck.Outcome.VALID) {
            unavailable(request, response, check.outcome());
            return;
        }
        showForm(request, response, Status.OK_200, check.invite().orElseThrow(), Map.of(), new FieldErrors(), null);
    }

    private void accept(ServerRequest request, ServerResponse response) {
        response.header(NO_REFERRER);
        String token = token(request);
        InviteCheck check = check(token);
        if (check.outcome() != InviteCheck.Outcome.VALID) {
            unavailable(request, response, check.outcome());
            return;
        }
        Invite invite = check.invite().orElseThrow();
        FormData form = FormData.of(request);
        Map<String, String> typed = Map.of(
                "email", form.value("email").trim(),
                "firstName", form.value("firstName").strip(),
                "lastName", form.value("lastName").strip());
        String password = form.value("password");
        FieldErrors errors = validate(invite, typed, password, form.value("passwordConfirmation"));
        if (!errors.isEmpty()) {
            showForm(request, response, Status.BAD_REQUEST_400, invite, typed, errors, null);
            return;
        }
        try {
            SignedIn signedIn = acceptInvite.accept(new AcceptInviteCommand(token, invite.isSetupLink() ? typed.get("email") : null,
                    typed.get("firstName"), typed.get("lastName"), password, form.value("passwordConfirmation")));
            cookies.startSession(response, signedIn);
            Redirects.seeOther(response, SafeRedirects.HOME);
        } catch (InvalidPasswordException e) {
            errors.addAll("password", e.problems().stream().map(PasswordProblem::message).toList());
            showForm(request, response, Status.BAD_REQUEST_400, invite, typed, errors, null);
        } catch (BusinessRuleException e) {
            InviteCheck again = check(token);
            if (again.outcome() != InviteCheck.Outcome.VALID) {
                unavailable(request, response, again.outcome());
            } else {
                showForm(request, response, BusinessRuleErrorHandler.status(e.kind()), invite, typed, errors, e.getMessage());
            }
        }
    }

    private static FieldErrors validate(Invite invite, Map<String, String> typed, String password, String confirmation) {
        FieldErrors errors = new FieldErrors();
        if (invite.isSetupLink()) {
            try {
                EmailAddress.parse(typed.get("email"));
            } catch (BusinessRuleException e) {
                errors.add("email", e.getMessage());
            }
        }
        errors.requireName("firstName", typed.get("firstName"), "first name")
                .requireName("lastName", typed.get("lastName"), "last name")
                .require("password", password, "Choose a password.");
        if (!password.isEmpty() && !password.equals(confirmation)) {
            errors.add("passwordConfirmation", "The two passwords are not the same.");
        }
        return errors;
    }

    private InviteCheck check(String token) {
        if (token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new InviteCheck(InviteCheck.Outcome.UNKNOWN, Optional.empty());
        }
        return checkInvite.check(token);
    }

    private static String token(ServerRequest request) {
        return request.path().pathParameters().first("token").orElse("");
    }

    private void showForm(ServerRequest request, ServerResponse response, Status status, Invite invite, Map<String, String> typed,
                          FieldErrors errors, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("setupLink", invite.isSetupLink());
        invite.emailAddress().ifPresent(email -> model.put("inviteEmail", email.value()));
        model.put("roleLabel", invite.role().label());
        model.put("email", typed.getOrDefault("email", ""));
        model.put("firstName", typed.getOrDefault("firstName", ""));
        model.put("lastName", typed.getOrDefault("lastName", ""));
        model.put("errors", errors.asMap());
        model.put("csrfToken", csrf.forForm(request, response));
        if (error != null) {
            model.put("error", error);
        }
        renderer.send(request, response, status, "invite/accept", model);
    }

    private void unavailable(ServerRequest request, ServerResponse response, InviteCheck.Outcome outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        switch (outcome) {
            case EXPIRED -> {
                model.put("heading", "This invite has expired");
                model.put("message", "Invite links work for 7 days. Ask your admin to resend it.");
            }
            case USED -> {
                model.put("heading", "This invite has already been used");
                model.put("message", "The account for this invite exists. Sign in with its email and password.");
                model.put("showLogin", true);
            }
            case REVOKED -> {
                model.put("heading", "This invite was withdrawn");
                model.put("message", "Your admin cancelled this invite. Ask them if you still need access.");
            }
            default -> {
                model.put("heading", "This invite link is not valid");
                model.put("message", "Check that you opened the whole link from the email, or ask your admin for a new invite.");
            }
        }
        Status status = outcome == InviteCheck.Outcome.UNKNOWN ? Status.NOT_FOUND_404 : Status.GONE_410;
        renderer.send(request, response, status, "invite/unavailable", model);
    }
}
