package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AudienceRows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PageRequest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiSavedFilterRepositoryTest {

    private static final AudienceFilter EVERY_CRITERION = new AudienceFilter("Fair", true, false, "Single Family",
            "Boston", "02118", 20, 80, true, new CampaignListId(3), new CampaignListId(4), 30, true);

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiSavedFilterRepository filters = new JdbiSavedFilterRepository(jdbi);

    @BeforeEach
    void givenNoFilters() {
        new AudienceRows(jdbi).empty();
    }

    @Test
    void everyCriterionIsStoredAndReadBack() {
        SavedFilter saved = filters.create("Boston owners", EVERY_CRITERION, T0);

        assertThat(saved.criteria()).isEqualTo(EVERY_CRITERION);
        assertThat(filters.find(saved.id())).contains(saved);
        String city = jdbi.withHandle(handle -> handle.createQuery("select criteria ->> 'city' from saved_filters")
                .mapTo(String.class).one());
        assertThat(city).isEqualTo("Boston");
    }

    @Test
    void anEmptyFilterIsStoredWithoutNulls() {
        SavedFilter saved = filters.create("Everyone", AudienceFilter.everyone(), T0);

        assertThat(saved.criteria()).isEqualTo(AudienceFilter.everyone());
        String json = jdbi.withHandle(handle -> handle.createQuery("select criteria::text from saved_filters")
                .mapTo(String.class).one());
        assertThat(json).isEqualTo("{}");
    }

    @Test
    void updatingReplacesNameAndCriteriaAndNamesAreUniqueIgnoringCase() {
        SavedFilter boston = filters.create("Boston", EVERY_CRITERION, T0);
        filters.create("Fair", AudienceFilter.everyone(), T0);

        SavedFilter updated = filters.update(boston.id(), "Boston all", AudienceFilter.everyone(), T0.plusSeconds(1));

        assertThat(updated.name()).isEqualTo("Boston all");
        assertThat(updated.criteria()).isEqualTo(AudienceFilter.everyone());
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThatThrownBy(() -> filters.create("FAIR", AudienceFilter.everyone(), T0)).hasMessageContaining("'Fair'");
        assertThatThrownBy(() -> filters.update(boston.id(), "fair", AudienceFilter.everyone(), T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT));
        assertThatThrownBy(() -> filters.update(new SavedFilterId(999), "X", AudienceFilter.everyone(), T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void filtersAreListedNewestFirstAndDeleted() {
        SavedFilter older = filters.create("A", AudienceFilter.everyone(), T0);
        SavedFilter newer = filters.create("B", AudienceFilter.everyone(), T0.plusSeconds(1));

        assertThat(filters.list(PageRequest.first()).rows()).containsExactly(newer, older);
        assertThat(filters.delete(older.id())).isTrue();
        assertThat(filters.delete(older.id())).isFalse();
        assertThat(filters.list(PageRequest.first()).total()).isOne();
    }
}
