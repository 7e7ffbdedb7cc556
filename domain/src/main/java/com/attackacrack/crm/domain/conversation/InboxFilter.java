package com.attackacrack.crm.domain.conversation;

/**
 * Which conversations the inbox shows: a search over the contact's name, phone and message text (null for none),
 * and whether to keep only unread ones, ones with calls, or ones with media.
 */
public record InboxFilter(String search, boolean unreadOnly, boolean hasCalls, boolean hasMedia) {

    /** The longest search text accepted. */
    public static final int MAX_SEARCH = 100;

    public InboxFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH) {
            throw com.attackacrack.crm.domain.shared.BusinessRuleException.invalid(
                    "Search text must be at most " + MAX_SEARCH + " characters");
        }
    }

    /** Every conversation. */
    public static InboxFilter all() {
        return new InboxFilter(null, false, false, false);
    }
}
