package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerViewTest {

    private static ViewerView viewer(boolean users, boolean imports, boolean integrations, boolean system) {
        return new ViewerView("Ada", "ada@example.com", true, users, imports, integrations, system, "csrf");
    }

    @Test
    void settingsOpensOnTheFirstSectionTheViewerMayOpen() {
        assertThat(viewer(true, true, true, true).settingsHref()).isEqualTo("/settings/users");
        assertThat(viewer(false, true, true, true).settingsHref()).isEqualTo("/settings/imports");
        assertThat(viewer(false, false, true, true).settingsHref()).isEqualTo("/settings/integrations");
        assertThat(viewer(false, false, false, true).settingsHref()).isEqualTo("/settings/system");
    }

    @Test
    void settingsIsShownOnlyWhenAnySectionMayBeOpened() {
        assertThat(viewer(false, false, false, true).canSeeSettings()).isTrue();
        assertThat(viewer(false, true, false, false).canSeeSettings()).isTrue();
        assertThat(viewer(false, false, false, false).canSeeSettings()).isFalse();
        assertThat(viewer(false, false, false, false).settingsHref()).isNull();
    }
}
