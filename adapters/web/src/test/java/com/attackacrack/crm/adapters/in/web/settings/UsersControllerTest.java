package com.attackacrack.crm.adapters.in.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser admin;

    @BeforeEach
    void signInAsAdmin() {
        server.accounts().reset();
        admin = server.admin();
    }

    private Document page() {
        HttpResponse<String> response = admin.get("/settings/users");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        return admin.post(path, form);
    }

    private static void assertBackToTheList(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/users");
    }

    @Test
    void theSettingsAreaHasASubNavigationWithUsersImportsConflictsIntegrationsAndSystem() {
        Document page = page();

        assertThat(page.select("#settings-nav a.active").text()).isEqualTo("Users & Invites");
        assertThat(page.select("#settings-nav a.active").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#settings-nav a").eachAttr("href"))
                .containsExactly("/settings/users", "/settings/imports", "/settings/imports/conflicts", "/settings/integrations",
                        "/settings/system");
        assertThat(page.select("#settings-nav a").eachText())
                .containsExactly("Users & Invites", "Data imports", "Conflicts", "Integrations", "System");
        assertThat(page.select("#settings-nav .crm-coming-soon")).isEmpty();
        assertThat(page.select("#settings-nav").first().classNames()).as("pills in a row below lg, a column from lg")
                .contains("nav-pills", "flex-nowrap", "flex-lg-column").doesNotContain("flex-column");
        assertThat(page.select("#settings-nav").first().parent().hasClass("crm-settings-nav")).isTrue();
        assertThat(admin.get("/settings").headers().firstValue("Location")).hasValue("/settings/users");
    }

    @Test
    void theInviteEmailIsMarkedRequired() {
        Document page = page();

        assertThat(page.select("#invite-form label[for=email] .text-danger").text()).isEqualTo("*");
        assertThat(page.select("#invite .form-text").text()).contains("Fields marked * are required.");
    }

    @Test
    void theInviteFormOffersEveryRole() {
        Document page = page();

        assertThat(page.select("#invite-form select[name=role] option").eachAttr("value")).containsExactly("admin", "marketer");
        assertThat(page.select("#invite-form select[name=role] option").eachText()).containsExactly("Admin", "Marketer");
        assertThat(page.select("#invite-form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
    }

    @Test
    void theUsersTableShowsEachUserAndDisablesChangesToYourself() {
        server.accounts().put(FakeAccounts.user(3, "old@example.com", "Olga", "Old", Role.MARKETER).withActive(false));

        Document page = page();
        Element ada = page.selectFirst("tr.crm-user[data-user-id=1]");
        Element mark = page.selectFirst("tr.crm-user[data-user-id=2]");
        Element olga = page.selectFirst("tr.crm-user[data-user-id=3]");

        assertThat(ada.select(".crm-user-name").text()).isEqualTo("Ada Admin You");
        assertThat(ada.select(".crm-user-email").text()).isEqualTo("ada@example.com");
        assertThat(ada.select("select option[selected]").val()).isEqualTo("admin");
        assertThat(ada.select("select").hasAttr("disabled")).isTrue();
        assertThat(ada.select(".crm-user-actions button").hasAttr("disabled")).isTrue();
        assertThat(ada.select(".crm-disabled-reason").eachText())
                .containsExactly("You cannot change your own role.", "You cannot deactivate yourself.");
        assertThat(ada.select(".crm-user-last-sign-in").text()).isEqualTo("Never");
        assertThat(mark.select("select option[selected]").val()).isEqualTo("marketer");
        assertThat(mark.select(".crm-user-status").text()).isEqualTo("Active");
        assertThat(mark.select(".crm-user-actions a").attr("href")).isEqualTo("/settings/users/2/deactivate");
        assertThat(olga.select(".crm-user-status").text()).isEqualTo("Deactivated");
        assertThat(olga.select(".crm-user-actions a").attr("href")).isEqualTo("/settings/users/3/reactivate");
    }

    @Test
    void onAPhoneEachUserAndInviteIsACardWhoseLinesAreLabelled() {
        server.accounts().addInvite("new@example.com", Role.MARKETER, new UserId(1), FakeAccounts.NOW.plus(Duration.ofDays(6)), false,
                false);

        Document page = page();

        assertThat(page.select("#users-table").hasClass("crm-stacked-table")).isTrue();
        assertThat(page.select("#users-table caption").text()).isEqualTo("Users");
        Element mark = page.selectFirst("tr.crm-user[data-user-id=2]");
        assertThat(mark.select("td.crm-stacked-title").text()).isEqualTo("Mark Marketer");
        assertThat(mark.select("td[data-label]").eachAttr("data-label")).containsExactly("Email", "Role", "Status", "Last sign-in");
        assertThat(page.select("#invites").hasClass("crm-stacked-table")).isTrue();
        assertThat(page.select("tr.crm-invite td[data-label]").eachAttr("data-label")).containsExactly("Role", "Invited by", "Expires");
    }

    @Test
    void pendingInvitesShowEmailOrSetupLinkRoleInviterAndExpiryWithResendAndRevoke() {
        server.accounts().addInvite("new@example.com", Role.MARKETER, new UserId(1), FakeAccounts.NOW.plus(Duration.ofDays(6)), false,
                false);
        server.accounts().addInvite(null, Role.ADMIN, null, FakeAccounts.NOW.minus(Duration.ofHours(1)), false, false);

        Document page = page();

        assertThat(page.select("tr.crm-invite .crm-invite-email").eachText()).containsExactly("new@example.com", "Setup link");
        Element first = page.selectFirst("tr.crm-invite");
        assertThat(first.select("td").get(1).text()).isEqualTo("Marketer");
        assertThat(first.select("td").get(2).text()).isEqualTo("Ada Admin");
        assertThat(first.select("time").attr("datetime")).isEqualTo("2025-01-08T03:04:05Z");
        assertThat(first.select("time").text()).isEqualTo("8 Jan 2025, 03:04 UTC");
        assertThat(first.select("form").eachAttr("action")).containsExactly("/settings/invites/101/resend");
        assertThat(first.select("a.btn-outline-danger").attr("href")).isEqualTo("/settings/invites/101/revoke");
        assertThat(first.select("a.btn-outline-danger").text()).isEqualTo("Revoke…");
        assertThat(page.select("tr.crm-invite").get(1).select("td").get(2).text()).isEqualTo("Command line");
        assertThat(page.select("tr.crm-invite").get(1).text()).contains("Expired");
    }

    @Test
    void invitingSomeoneRedirectsWithAFlashSayingTheInviteWasSent() {
        HttpResponse<String> response = post("/settings/invites", Map.of("email", " New@Example.com ", "role", "marketer"));

        assertBackToTheList(response);
        assertThat(server.accounts().calls()).containsExactly("invite actor=1 email=new@example.com role=marketer");
        Document page = page();
        assertThat(page.select("#flash").text()).isEqualTo("Invite sent to new@example.com.");
        assertThat(page.select("#flash-link")).isEmpty();
        assertThat(page().select("#flash")).as("shown once").isEmpty();
    }

    @Test
    void whenTheMailWasNotSentTheLinkIsShownToCopyWithTheReason() {
        server.accounts().deliverMailAs(MailDelivery.notConfigured());

        post("/settings/invites", Map.of("email", "new@example.com", "role", "admin"));
        Document page = page();

        assertThat(page.select("#flash").hasClass("alert-warning")).isTrue();
        assertThat(page.select("#flash-link").val()).startsWith("http://crm.test/invite/t");
        assertThat(page.select("#flash-link").hasAttr("readonly")).isTrue();
        assertThat(page.select("#flash-link-note").text()).isEqualTo("No mail server is configured, so no email was sent.");
    }

    @Test
    void aFailedMailShowsItsReason() {
        server.accounts().deliverMailAs(MailDelivery.failed("SMTP 550 mailbox unavailable"));

        post("/settings/invites", Map.of("email", "new@example.com", "role", "admin"));

        assertThat(page().select("#flash-link-note").text()).isEqualTo("The email could not be sent: SMTP 550 mailbox unavailable");
    }

    @Test
    void aRefusedInviteIsShownNextToTheEmailWithTheTypedValuesKept() {
        server.accounts().failNextWith(BusinessRuleException.conflict("mark@example.com already has an account."));

        HttpResponse<String> response = post("/settings/invites", Map.of("email", "mark@example.com", "role", "admin"));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(page.select("#email-errors").text()).isEqualTo("mark@example.com already has an account.");
        assertThat(page.select("#email").val()).isEqualTo("mark@example.com");
        assertThat(page.select("#role option[selected]").val()).isEqualTo("admin");
        assertThat(response.body()).doesNotContain("BusinessRuleException").doesNotContain("at com.");
    }

    @Test
    void aBadEmailOrRoleIsShownNextToItsField() {
        Document blank = Jsoup.parse(post("/settings/invites", Map.of("email", "", "role", "admin")).body());
        Document invalid = Jsoup.parse(post("/settings/invites", Map.of("email", "nope", "role", "admin")).body());
        Document role = Jsoup.parse(post("/settings/invites", Map.of("email", "a@example.com", "role", "owner")).body());

        assertThat(blank.select("#email-errors").text()).isEqualTo("Enter the email address to invite.");
        assertThat(invalid.select("#email-errors").text()).contains("not a valid email address");
        assertThat(role.select("#role-errors").text()).startsWith("Unknown role 'owner'");
    }

    @Test
    void resendAndRevokeCallTheirUseCasesAsTheAdmin() {
        server.accounts().addInvite("new@example.com", Role.MARKETER, new UserId(1), FakeAccounts.NOW.plus(Duration.ofDays(6)), false,
                false);

        assertBackToTheList(post("/settings/invites/101/resend", Map.of()));
        assertThat(page().select("#flash").text()).isEqualTo("Invite re-sent to new@example.com.");
        assertBackToTheList(post("/settings/invites/101/revoke", Map.of()));
        assertThat(page().select("#flash").text()).isEqualTo("Invite revoked. Its link no longer works.");

        assertThat(server.accounts().calls()).containsExactly("resend actor=1 invite=101", "revoke actor=1 invite=101");
    }

    @Test
    void changingARoleCallsTheUseCaseAsTheAdmin() {
        assertBackToTheList(post("/settings/users/2/role", Map.of("role", "admin")));

        assertThat(server.accounts().calls()).containsExactly("changeRole actor=1 target=2 role=admin");
        assertThat(page().select("#flash").text()).isEqualTo("Mark Marketer is now an Admin.");
    }

    @Test
    void deactivatingAsksForConfirmationFirst() {
        HttpResponse<String> response = admin.get("/settings/users/2/deactivate");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#confirm h2").text()).isEqualTo("Deactivate Mark Marketer?");
        assertThat(page.select("#confirm form").attr("method")).isEqualTo("post");
        assertThat(page.select("#confirm form").attr("action")).isEqualTo("/settings/users/2/deactivate");
        assertThat(page.select("#confirm form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(page.select("#confirm a[href=/settings/users]").text()).isEqualTo("Cancel");
        assertThat(server.accounts().calls()).as("a GET changes nothing").isEmpty();
        assertThat(server.accounts().marketer().active()).isTrue();
    }

    @Test
    void revokingAnInviteAsksForConfirmationFirst() {
        server.accounts().addInvite("new@example.com", Role.MARKETER, new UserId(1), FakeAccounts.NOW.plus(Duration.ofDays(6)), false,
                false);

        HttpResponse<String> response = admin.get("/settings/invites/101/revoke");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#confirm h2").text()).isEqualTo("Revoke the invite for new@example.com?");
        assertThat(page.select("#confirm").text()).contains("Marketer · invited by Ada Admin", "Its link stops working at once");
        assertThat(page.select("#confirm form").attr("method")).isEqualTo("post");
        assertThat(page.select("#confirm form").attr("action")).isEqualTo("/settings/invites/101/revoke");
        assertThat(page.select("#confirm form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(page.select("#confirm-submit").text()).isEqualTo("Revoke invite");
        assertThat(page.select("#confirm-submit").hasClass("btn-danger")).isTrue();
        assertThat(page.select("#confirm a[href=/settings/users]").text()).isEqualTo("Cancel");
        assertThat(server.accounts().calls()).as("a GET changes nothing").isEmpty();
        assertThat(admin.get("/settings/invites/999/revoke").statusCode()).as("no such pending invite").isEqualTo(404);
    }

    @Test
    void deactivatingAndReactivatingCallTheUseCasesAsTheAdmin() {
        assertBackToTheList(post("/settings/users/2/deactivate", Map.of()));
        assertThat(page().select("#flash").text()).isEqualTo("Mark Marketer is deactivated and was signed out everywhere.");
        assertThat(Jsoup.parse(admin.get("/settings/users/2/reactivate").body()).select("#confirm h2").text())
                .isEqualTo("Reactivate Mark Marketer?");
        assertBackToTheList(post("/settings/users/2/reactivate", Map.of()));

        assertThat(server.accounts().calls()).containsExactly("deactivate actor=1 target=2", "reactivate actor=1 target=2");
    }

    @Test
    void theConfirmPageRefusesYourselfWithoutAForm() {
        Document page = Jsoup.parse(admin.get("/settings/users/1/deactivate").body());

        assertThat(page.select("#confirm-refused").text()).isEqualTo("You cannot deactivate your own account.");
        assertThat(page.select("#confirm form")).isEmpty();
    }

    @Test
    void aRefusedChangeReRendersThePageWithTheReasonAndNoStackTrace() {
        server.accounts().failNextWith(BusinessRuleException.conflict("Mark Marketer is the last admin; make someone else admin first."));

        HttpResponse<String> response = post("/settings/users/2/deactivate", Map.of());
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(page.select("#page-error").text()).isEqualTo("Mark Marketer is the last admin; make someone else admin first.");
        assertThat(page.select("tr.crm-user")).hasSize(2);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(admin.get("/settings/users/999/deactivate").statusCode()).isEqualTo(404);
        assertThat(admin.get("/settings/users/abc/deactivate").statusCode()).isEqualTo(404);
        assertThat(post("/settings/users/abc/role", Map.of("role", "admin")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMarketerGetsTheFriendlyForbiddenPageWithTheirNavigation() {
        HttpResponse<String> response = server.marketer().get("/settings/users");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(page.select("main").text()).contains("Your account does not have access to this page.");
        assertThat(page.select(".crm-viewer-name").text()).isEqualTo("Mark Marketer");
        assertThat(page.select("#nav-settings")).isEmpty();
        assertThat(server.marketer().get("/settings/users", "application/json").body()).startsWith("{\"status\":403,");
    }
}
