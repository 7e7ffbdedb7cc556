package com.attackacrack.crm.adapters.in.web.invite;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.user.PasswordProblem;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InviteControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void reset() {
        server.accounts().reset();
    }

    private static String invite(String email, boolean expired, boolean used, boolean revoked) {
        return server.accounts().addInvite(email, Role.MARKETER, new UserId(1),
                FakeAccounts.NOW.plus(expired ? Duration.ofDays(-1) : Duration.ofDays(6)), used, revoked);
    }

    private static Map<String, String> form(String first, String last, String password, String confirmation) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", first);
        form.put("lastName", last);
        form.put("password", password);
        form.put("passwordConfirmation", confirmation);
        return form;
    }

    @Test
    void aValidInviteShowsTheFormWithTheInvitedEmailReadOnly() {
        HttpResponse<String> response = server.get("/invite/" + invite("new@example.com", false, false, false));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.select("#invite-email").val()).isEqualTo("new@example.com");
        assertThat(page.select("#invite-email").hasAttr("readonly")).isTrue();
        assertThat(page.select("#invite-form input[name=email]")).isEmpty();
        assertThat(page.select("#invite-form input[name]").eachAttr("name"))
                .containsExactly("_csrf", "firstName", "lastName", "password", "passwordConfirmation");
        assertThat(page.select("#invite-intro").text()).contains("Marketer");
        assertThat(page.select("#invite-form").attr("action")).as("posts back to the same URL").isEmpty();
    }

    @Test
    void theAccountFieldsAreMarkedRequired() {
        Document page = Jsoup.parse(server.get("/invite/" + invite("new@example.com", false, false, false)).body());

        assertThat(page.select("#invite-required").text()).isEqualTo("Fields marked * are required.");
        assertThat(page.select("#invite-form label:has(.text-danger)").eachAttr("for"))
                .containsExactly("firstName", "lastName", "password", "passwordConfirmation");
    }

    @Test
    void theSetupLinkAsksForTheEmail() {
        Document page = Jsoup.parse(server.get("/invite/" + invite(null, false, false, false)).body());

        assertThat(page.select("#invite-form input[name=email]").attr("type")).isEqualTo("email");
        assertThat(page.select("#invite-intro").text()).contains("first admin");
    }

    @Test
    void anUnknownLinkGetsAClearPage() {
        HttpResponse<String> response = server.get("/invite/no-such-token");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(Jsoup.parse(response.body()).select("#invite-unavailable h1").text()).isEqualTo("This invite link is not valid");
    }

    @Test
    void anExpiredInviteSaysToAskTheAdminToResendIt() {
        HttpResponse<String> response = server.get("/invite/" + invite("late@example.com", true, false, false));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.select("#invite-unavailable").attr("data-outcome")).isEqualTo("expired");
        assertThat(page.select("#invite-unavailable").text()).contains("has expired").contains("Ask your admin to resend it");
        assertThat(page.select("#invite-form")).isEmpty();
    }

    @Test
    void aUsedInvitePointsToTheLoginPage() {
        HttpResponse<String> response = server.get("/invite/" + invite("done@example.com", false, true, false));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.select("#invite-unavailable h1").text()).isEqualTo("This invite has already been used");
        assertThat(page.select("#invite-unavailable a[href=/login]")).hasSize(1);
    }

    @Test
    void aRevokedInviteSaysItWasWithdrawn() {
        HttpResponse<String> response = server.get("/invite/" + invite("gone@example.com", false, false, true));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(Jsoup.parse(response.body()).select("#invite-unavailable h1").text()).isEqualTo("This invite was withdrawn");
    }

    @Test
    void acceptingCreatesTheAccountSetsTheSessionCookieAndGoesHome() {
        String path = "/invite/" + invite("new@example.com", false, false, false);
        Browser browser = server.anonymous();
        browser.get(path);

        HttpResponse<String> response = browser.post(path, form("Nia", "New", FakeAccounts.PASSWORD, FakeAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(it -> assertThat(it).startsWith("crm_session=")
                .contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age="));
        assertThat(server.accounts().calls()).containsExactly("accept email=null name=Nia New");
        assertThat(Jsoup.parse(browser.get("/").body()).select(".crm-viewer-name").text()).isEqualTo("Nia New");
    }

    @Test
    void theFormPostedFromTheNoReferrerPageIsAcceptedWithItsOpaqueOrigin() {
        String path = "/invite/" + invite("new@example.com", false, false, false);
        Browser browser = server.anonymous();
        browser.get(path);
        Map<String, String> fields = form("Nia", "New", FakeAccounts.PASSWORD, FakeAccounts.PASSWORD);
        fields.put("_csrf", browser.csrfToken());

        HttpResponse<String> response = browser.send(browser.formRequest(path, fields).header("Origin", "null"));
        HttpResponse<String> withoutToken = server.anonymous().send(server.anonymous()
                .formRequest(path, form("A", "B", FakeAccounts.PASSWORD, FakeAccounts.PASSWORD)).header("Origin", "null"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void everyBrokenPasswordRuleIsListedUnderThePasswordAndTheNamesAreKept() {
        String path = "/invite/" + invite("new@example.com", false, false, false);
        Browser browser = server.anonymous();
        browser.get(path);

        HttpResponse<String> response = browser.post(path, form("Nia", "New", FakeAccounts.WEAK_PASSWORD, FakeAccounts.WEAK_PASSWORD));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#password-errors li").eachText())
                .containsExactlyElementsOf(FakeAccounts.WEAK_PROBLEMS.stream().map(PasswordProblem::message).toList());
        assertThat(page.select("#password").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#firstName").val()).isEqualTo("Nia");
        assertThat(page.select("#lastName").val()).isEqualTo("New");
        assertThat(page.select("input[type=password]")).allSatisfy(it -> assertThat(it.hasAttr("value")).isFalse());
        assertThat(response.body()).doesNotContain(FakeAccounts.WEAK_PASSWORD + "\"");
    }

    @Test
    void missingNamesAndMismatchedPasswordsAreShownNextToTheirFieldsWithoutCallingTheService() {
        String path = "/invite/" + invite(null, false, false, false);
        Browser browser = server.anonymous();
        browser.get(path);
        Map<String, String> fields = form(" ", "", FakeAccounts.PASSWORD, "something else");
        fields.put("email", "not-an-email");

        Document page = Jsoup.parse(browser.post(path, fields).body());

        assertThat(page.select("#firstName-errors").text()).isEqualTo("Enter your first name.");
        assertThat(page.select("#lastName-errors").text()).isEqualTo("Enter your last name.");
        assertThat(page.select("#passwordConfirmation-errors").text()).isEqualTo("The two passwords are not the same.");
        assertThat(page.select("#email-errors").text()).contains("not a valid email address");
        assertThat(page.select("#email").val()).isEqualTo("not-an-email");
        assertThat(server.accounts().calls()).isEmpty();
    }

    @Test
    void postingToAnInviteThatIsNoLongerValidShowsItsPage() {
        String path = "/invite/" + invite("late@example.com", true, false, false);
        Browser browser = server.anonymous();
        browser.get("/login");

        HttpResponse<String> response = browser.post(path, form("A", "B", FakeAccounts.PASSWORD, FakeAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(response.body()).select("#invite-unavailable").attr("data-outcome")).isEqualTo("expired");
        assertThat(server.accounts().calls()).isEmpty();
    }
}
