package com.attackacrack.crm.adapters.in.web.signin;

import com.attackacrack.crm.adapters.in.web.ClientAddressFilter;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CsrfTokens;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SafeRedirects;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignInUseCase;
import com.attackacrack.crm.application.port.in.user.SignOutUseCase;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET/POST /login}: sign in with email and password, then go to the page asked for ({@code ?next=}, same-site
 * paths only). {@code POST /logout}: end the session on the server and in the browser.
 */
public final class LoginController implements HttpService {

    /** The one message for every failed sign-in, so the form never tells which part was wrong. */
    public static final String FAILED = "That email and password do not match an active account.";

    /** The note on the login page after signing out. */
    public static final String SIGNED_OUT = "You are signed out.";

    private final SignInUseCase signIn;
    private final SignOutUseCase signOut;
    private final TemplateRenderer renderer;
    private final WebCookies cookies;
    private final CsrfTokens csrf;
    private final Flash flash;

    /**
     * The login and logout routes.
     *
     * @param signIn   checks the password and opens a session
     * @param signOut  ends a session
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()})
     */
    public LoginController(SignInUseCase signIn, SignOutUseCase signOut, TemplateRenderer renderer, WebCookies cookies) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.signOut = Objects.requireNonNull(signOut, "signOut");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.csrf = new CsrfTokens(cookies);
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get("/login", Access.anyone(), this::form)
                .post("/login", Access.anyone(), this::signIn)
                .post("/logout", Access.signedIn(), this::signOut);
    }

    private void form(ServerRequest request, ServerResponse response) {
        if (CurrentUsers.find(request).isPresent()) {
            Redirects.found(response, SafeRedirects.HOME);
            return;
        }
        String next = SafeRedirects.target(request.query().first("next").orElse(""));
        show(request, response, Status.OK_200, "", next, null);
    }

    private void signIn(ServerRequest request, ServerResponse response) {
        FormData form = FormData.of(request);
        String email = form.value("email").trim();
        String next = SafeRedirects.target(form.value("next"));
        try {
            SignedIn signedIn = signIn.signIn(new SignInCommand(email, form.value("password"), ClientAddressFilter.of(request)));
            cookies.startSession(response, signedIn);
            Redirects.seeOther(response, next);
        } catch (BusinessRuleException e) {
            boolean locked = e.kind() == BusinessRuleException.Kind.TOO_MANY_ATTEMPTS;
            show(request, response, locked ? Status.TOO_MANY_REQUESTS_429 : Status.BAD_REQUEST_400, email, next,
                    locked ? e.getMessage() : FAILED);
        }
    }

    private void signOut(ServerRequest request, ServerResponse response) {
        cookies.sessionToken(request).ifPresent(signOut::signOut);
        cookies.endSession(response);
        flash.put(response, Flash.Message.success(SIGNED_OUT));
        Redirects.seeOther(response, "/login");
    }

    private void show(ServerRequest request, ServerResponse response, Status status, String email, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("csrfToken", csrf.forForm(request, response));
        if (!SafeRedirects.HOME.equals(next)) {
            model.put("next", next);
        }
        if (error != null) {
            model.put("error", error);
        }
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "signin/login", model);
    }
}
