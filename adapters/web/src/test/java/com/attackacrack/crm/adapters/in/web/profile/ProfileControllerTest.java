package com.attackacrack.crm.adapters.in.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.user.PasswordProblem;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser marketer;

    @BeforeEach
    void signIn() {
        server.accounts().reset();
        marketer = server.marketer();
    }

    private static Map<String, String> passwords(String current, String fresh, String confirmation) {
        return Map.of("currentPassword", current, "newPassword", fresh, "confirmation", confirmation);
    }

    @Test
    void anySignedInUserSeesTheirNameInTheForm() {
        HttpResponse<String> response = marketer.get("/profile");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#firstName").val()).isEqualTo("Mark");
        assertThat(page.select("#lastName").val()).isEqualTo("Marketer");
        assertThat(page.select("#name").text()).contains("mark@example.com");
    }

    @Test
    void everyProfileFieldIsMarkedRequired() {
        Document page = Jsoup.parse(marketer.get("/profile").body());

        assertThat(page.select("#name-required").text()).isEqualTo("Fields marked * are required.");
        assertThat(page.select("#password-required").text()).isEqualTo("Fields marked * are required.");
        assertThat(page.select("#name-form label .text-danger")).hasSize(2);
        assertThat(page.select("#password-form label .text-danger")).hasSize(3);
    }

    @Test
    void changingTheNameCallsTheUseCaseAndShowsTheNewName() {
        HttpResponse<String> response = marketer.post("/profile/name", Map.of("firstName", " Marcus ", "lastName", "Marketer"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/profile");
        assertThat(server.accounts().calls()).containsExactly("updateName user=2 name=Marcus Marketer");
        Document page = Jsoup.parse(marketer.get("/profile").body());
        assertThat(page.select("#flash").text()).isEqualTo("Your name is saved.");
        assertThat(page.select(".crm-viewer-name").text()).isEqualTo("Marcus Marketer");
    }

    @Test
    void blankNamesAreShownNextToTheirFields() {
        HttpResponse<String> response = marketer.post("/profile/name", Map.of("firstName", "", "lastName", "x".repeat(101)));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#firstName-errors").text()).isEqualTo("Enter your first name.");
        assertThat(page.select("#lastName-errors").text()).isEqualTo("Use at most 100 characters.");
        assertThat(server.accounts().calls()).isEmpty();
    }

    @Test
    void changingThePasswordKeepsThisSessionSignsOutTheOthersAndSaysSo() {
        Browser otherDevice = server.marketer();
        String token = marketer.cookie("crm_session").orElseThrow();

        HttpResponse<String> response = marketer.post("/profile/password",
                passwords(FakeAccounts.PASSWORD, "Another-Good-Pass-7", "Another-Good-Pass-7"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(server.accounts().calls()).containsExactly("changePassword user=2 keep=" + token);
        assertThat(Jsoup.parse(marketer.get("/profile").body()).select("#flash").text()).isEqualTo(ProfileController.PASSWORD_CHANGED);
        assertThat(otherDevice.get("/profile").statusCode()).isEqualTo(302);
    }

    @Test
    void everyBrokenRuleIsListedUnderTheNewPassword() {
        HttpResponse<String> response = marketer.post("/profile/password",
                passwords(FakeAccounts.PASSWORD, FakeAccounts.WEAK_PASSWORD, FakeAccounts.WEAK_PASSWORD));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#newPassword-errors li").eachText())
                .containsExactlyElementsOf(FakeAccounts.WEAK_PROBLEMS.stream().map(PasswordProblem::message).toList());
        assertThat(page.select("input[type=password]")).allSatisfy(it -> assertThat(it.hasAttr("value")).isFalse());
    }

    @Test
    void aWrongCurrentPasswordIsShownOnThePasswordForm() {
        HttpResponse<String> response = marketer.post("/profile/password",
                passwords("not-it", "Another-Good-Pass-7", "Another-Good-Pass-7"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#password-error").text()).isEqualTo("Your current password is not right.");
    }

    @Test
    void missingAndMismatchedPasswordsAreShownNextToTheirFields() {
        Document page = Jsoup.parse(marketer.post("/profile/password", passwords("", "Another-Good-Pass-7", "different")).body());

        assertThat(page.select("#currentPassword-errors").text()).isEqualTo("Enter your current password.");
        assertThat(page.select("#confirmation-errors").text()).isEqualTo("The two new passwords are not the same.");
        assertThat(server.accounts().calls()).isEmpty();
    }
}
