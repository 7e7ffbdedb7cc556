package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The shared page macros of layout/ui.ftlh, rendered through a test template that uses each of them once. */
class UiMacrosTest {

    private final TemplateRenderer renderer = TemplateRenderer.create(WebSettings.of(0, false, "9.9.9", "staging"));

    private Document render(String title, String question) {
        return Jsoup.parse(renderer.render("test/ui", Map.of("title", title, "badge", "Active", "question", question)));
    }

    @Test
    void thePageHeaderHasTheOneHeadingItsBadgeAndTheActions() {
        Document page = render("Things <b>", "Sure?");

        Element heading = page.selectFirst(".crm-page-header h1");
        assertThat(page.select(".crm-page-header h1")).hasSize(1);
        assertThat(heading.id()).isEqualTo("header-title");
        assertThat(heading.ownText()).isEqualTo("Things <b>");
        assertThat(page.select("#header-badge").text()).isEqualTo("Active");
        assertThat(page.select("#header-badge").hasClass("text-bg-success")).isTrue();
        assertThat(page.select(".crm-page-header .crm-page-actions #header-action").attr("href")).isEqualTo("/things/new");
        assertThat(page.select("main b")).isEmpty();
    }

    @Test
    void tablesScrollInsideTheirWrapperAndHaveACaptionAndColumnScopes() {
        Document page = render("Things", "Sure?");

        Element table = page.selectFirst("#things");
        assertThat(table.parent().hasClass("table-responsive")).isTrue();
        assertThat(table.parent().attr("tabindex")).as("a keyboard can scroll the wrapper").isEqualTo("0");
        assertThat(table.parent().attr("role")).isEqualTo("region");
        assertThat(table.parent().attr("aria-label")).isEqualTo("Things");
        assertThat(table.select("caption.visually-hidden").text()).isEqualTo("Things");
        assertThat(table.select("thead th").eachAttr("scope")).containsExactly("col", "col", "col");
        assertThat(table.select("thead th").eachText()).containsExactly("Name", "Count", "Actions");
        assertThat(table.select("thead th").get(1).hasClass("text-end")).isTrue();
        assertThat(table.select("thead th").get(2).select(".visually-hidden").text()).isEqualTo("Actions");
    }

    @Test
    void anEmptyStateSaysWhatToDoNextWithALink() {
        Document page = render("Things", "Sure?");

        assertThat(page.select("#empty-state").text()).isEqualTo("No things yet: add one.");
        assertThat(page.select("#empty-state a").attr("href")).isEqualTo("/things/new");
        assertThat(page.select("#free-empty.alert-info").text()).isEqualTo("Nothing here: look elsewhere.");
    }

    @Test
    void comingSoonIsLabelledDisabledAndNotALink() {
        Element soon = render("Things", "Sure?").selectFirst("#soon .crm-coming-soon");

        assertThat(soon.tagName()).isEqualTo("span");
        assertThat(soon.attr("aria-disabled")).isEqualTo("true");
        assertThat(soon.classNames()).contains("nav-link", "disabled");
        assertThat(soon.ownText()).isEqualTo("Jobs");
        assertThat(soon.select(".badge").text()).isEqualTo("Coming soon");
        assertThat(soon.select("a")).isEmpty();
    }

    @Test
    void aConfirmButtonPostsWithTheCsrfTokenAndAsksItsQuestionFirst() {
        Element form = render("Things", "Delete \"Things\" for good?").selectFirst("form:has(#delete-thing)");

        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/things/1/delete");
        assertThat(form.attr("data-confirm")).isEqualTo("Delete \"Things\" for good?");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo("token-1");
        assertThat(form.select("#delete-thing").text()).isEqualTo("Delete");
    }

    @Test
    void aConfirmPageAsksExplainsAndOffersTheDangerButtonAndCancel() {
        Element confirm = render("Things", "Sure?").selectFirst("#confirm");

        assertThat(confirm.select("h1").text()).isEqualTo("Delete Things?");
        assertThat(confirm.select("#consequence").text()).isEqualTo("Gone for good.");
        assertThat(confirm.select("form").attr("method")).isEqualTo("post");
        assertThat(confirm.select("form").attr("action")).isEqualTo("/things/1/delete");
        assertThat(confirm.select("form input[name=_csrf]").val()).isEqualTo("token-2");
        assertThat(confirm.select("#confirm-submit.btn-danger").text()).isEqualTo("Delete it");
        assertThat(confirm.select("#confirm-cancel").attr("href")).isEqualTo("/things/1");
    }

    @Test
    void theLayoutLoadsBootstrapsScriptsAndTheConfirmHandlerDeferred() {
        Document page = render("Things", "Sure?");

        assertThat(page.select("script[src]").eachAttr("src")).contains("/static/vendor/bootstrap/5.3.3/js/bootstrap.bundle.min.js",
                "/static/js/confirm.js");
        assertThat(page.select("script[src]")).allSatisfy(it -> assertThat(it.hasAttr("defer")).isTrue());
    }

    @Test
    void insideASectionTheHeaderAndConfirmPageUseH2AndPlainPostButtonsAskNothing() {
        Document page = Jsoup.parse(renderer.render("test/ui-more", Map.of()));

        assertThat(page.select("h2#section-title.h4").text()).isEqualTo("Section");
        assertThat(page.select(".crm-page-header h1")).isEmpty();
        Element pause = page.selectFirst("#section-actions form:has(#pause-thing)");
        assertThat(pause.attr("action")).isEqualTo("/things/1/pause");
        assertThat(pause.select("input[name=_csrf]").val()).isEqualTo("token-3");
        assertThat(pause.hasAttr("data-confirm")).isFalse();
        assertThat(page.select("#quiet-empty").hasClass("mb-0")).isTrue();
        assertThat(page.select("#quiet-empty").hasClass("crm-empty-state")).isTrue();
    }

    @Test
    void aPageHeaderTitleCanEndWithAnEscapedLinkToItsRecord() {
        Document page = Jsoup.parse(renderer.render("test/ui-more", Map.of()));

        Element title = page.selectFirst(".crm-page-header h2#linked-title");
        assertThat(title.text()).isEqualTo("Email of Ann <Lee>");
        assertThat(title.select("a.crm-title-link").attr("href")).isEqualTo("/contacts/7");
        assertThat(title.select("a").text()).isEqualTo("Ann <Lee>");
        assertThat(title.select("a lee")).isEmpty();
    }

    @Test
    void aConfirmPagePostsItsHiddenFieldsOrShowsWhyItIsRefused() {
        Document page = Jsoup.parse(renderer.render("test/ui-more", Map.of()));

        Element take = page.selectFirst("#with-fields");
        assertThat(take.select("h2#take-heading").text()).isEqualTo("Take them all?");
        assertThat(take.select("form input[name=choice]").val()).isEqualTo("take");
        assertThat(take.select("form #take-all").text()).isEqualTo("Take all");
        Element refused = page.selectFirst("#refused");
        assertThat(refused.select("form")).isEmpty();
        assertThat(refused.select("#confirm-refused").text()).isEqualTo("You cannot delete yourself.");
        assertThat(refused.select("#confirm-cancel").attr("href")).isEqualTo("/me");
        assertThat(refused.select("#confirm-cancel").text()).isEqualTo("Back to you");
    }
}
