package com.attackacrack.crm.adapters.in.web.profile;

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
import com.attackacrack.crm.application.port.in.user.ChangePasswordCommand;
import com.attackacrack.crm.application.port.in.user.ChangePasswordUseCase;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.application.port.in.user.UpdateProfileUseCase;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.InvalidPasswordException;
import com.attackacrack.crm.domain.user.PasswordProblem;
import com.attackacrack.crm.domain.user.PersonName;
import io.helidon.http.Status;
import io.helidon.http.UnauthorizedException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@code /profile} (any signed-in user): change your name, change your password (which signs out your other sessions). */
public final class ProfileController implements HttpService {

    /** The profile page. */
    public static final String PATH = "/profile";

    /** The flash after a password change. */
    public static final String PASSWORD_CHANGED = "Password changed. Other devices were signed out.";

    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;
    private final TemplateRenderer renderer;
    private final WebCookies cookies;
    private final Flash flash;

    /**
     * The profile routes.
     *
     * @param updateProfile  changes the user's name
     * @param changePassword changes the password and signs out other sessions
     * @param renderer       the page renderer
     * @param cookies        the server's cookies ({@code WebSecurity.cookies()})
     */
    public ProfileController(UpdateProfileUseCase updateProfile, ChangePasswordUseCase changePassword, TemplateRenderer renderer,
                             WebCookies cookies) {
        this.updateProfile = Objects.requireNonNull(updateProfile, "updateProfile");
        this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, Access.signedIn(), this::page)
                .post(PATH + "/name", Access.signedIn(), this::rename)
                .post(PATH + "/password", Access.signedIn(), this::changePassword);
    }

    private void page(ServerRequest request, ServerResponse response) {
        PersonName name = CurrentUsers.require(request).user().name();
        show(request, response, Status.OK_200, new Forms(name.first(), name.last(), new FieldErrors(), null, new FieldErrors(), null));
    }

    private void rename(ServerRequest request, ServerResponse response) {
        CurrentUser me = CurrentUsers.require(request);
        FormData form = FormData.of(request);
        String first = form.value("firstName").strip();
        String last = form.value("lastName").strip();
        FieldErrors errors = new FieldErrors().requireName("firstName", first, "first name").requireName("lastName", last, "last name");
        if (!errors.isEmpty()) {
            show(request, response, Status.BAD_REQUEST_400, new Forms(first, last, errors, null, new FieldErrors(), null));
            return;
        }
        try {
            updateProfile.updateName(me.user().id(), new PersonName(first, last));
            flash.put(response, Flash.Message.success("Your name is saved."));
            Redirects.seeOther(response, PATH);
        } catch (BusinessRuleException e) {
            show(request, response, BusinessRuleErrorHandler.status(e.kind()),
                    new Forms(first, last, errors, e.getMessage(), new FieldErrors(), null));
        }
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        CurrentUser me = CurrentUsers.require(request);
        String sessionToken = cookies.sessionToken(request).orElseThrow(() -> new UnauthorizedException("No session cookie"));
        FormData form = FormData.of(request);
        String current = form.value("currentPassword");
        String fresh = form.value("newPassword");
        String confirmation = form.value("confirmation");
        FieldErrors errors = new FieldErrors()
                .require("currentPassword", current, "Enter your current password.")
                .require("newPassword", fresh, "Choose a new password.");
        if (!fresh.isEmpty() && !fresh.equals(confirmation)) {
            errors.add("confirmation", "The two new passwords are not the same.");
        }
        PersonName name = me.user().name();
        if (!errors.isEmpty()) {
            show(request, response, Status.BAD_REQUEST_400, new Forms(name.first(), name.last(), new FieldErrors(), null, errors, null));
            return;
        }
        try {
            changePassword.changePassword(new ChangePasswordCommand(me.user().id(), sessionToken, current, fresh, confirmation));
            flash.put(response, Flash.Message.success(PASSWORD_CHANGED));
            Redirects.seeOther(response, PATH);
        } catch (InvalidPasswordException e) {
            errors.addAll("newPassword", e.problems().stream().map(PasswordProblem::message).toList());
            show(request, response, Status.BAD_REQUEST_400, new Forms(name.first(), name.last(), new FieldErrors(), null, errors, null));
        } catch (BusinessRuleException e) {
            show(request, response, BusinessRuleErrorHandler.status(e.kind()),
                    new Forms(name.first(), name.last(), new FieldErrors(), null, errors, e.getMessage()));
        }
    }

    private void show(ServerRequest request, ServerResponse response, Status status, Forms forms) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", forms.firstName());
        model.put("lastName", forms.lastName());
        model.put("nameErrors", forms.nameErrors().asMap());
        model.put("passwordErrors", forms.passwordErrors().asMap());
        if (forms.nameError() != null) {
            model.put("nameError", forms.nameError());
        }
        if (forms.passwordError() != null) {
            model.put("passwordError", forms.passwordError());
        }
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "profile/profile", model);
    }

    private record Forms(String firstName, String lastName, FieldErrors nameErrors, String nameError, FieldErrors passwordErrors,
                         String passwordError) {
    }
}
