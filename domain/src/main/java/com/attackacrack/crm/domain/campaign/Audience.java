package com.attackacrack.crm.domain.campaign;

import java.util.Objects;

/** Who a campaign is for: the members of one static list, or the contacts one saved filter picks at launch. */
public sealed interface Audience {

    /** The members of a static campaign list. */
    record ListAudience(CampaignListId list) implements Audience {
        public ListAudience {
            Objects.requireNonNull(list, "list");
        }
    }

    /** The contacts a saved filter picks when the campaign launches. */
    record FilterAudience(SavedFilterId filter) implements Audience {
        public FilterAudience {
            Objects.requireNonNull(filter, "filter");
        }
    }
}
