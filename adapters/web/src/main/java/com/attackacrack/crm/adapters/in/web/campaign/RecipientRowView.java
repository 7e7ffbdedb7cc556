package com.attackacrack.crm.adapters.in.web.campaign;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import java.time.Instant;

/**
 * One recipient as the campaign page's table shows it.
 *
 * @param id          the recipient row's id
 * @param contactId   the contact's id, 0 when the contact was deleted
 * @param name        the contact's name, "Deleted contact" when gone
 * @param phone       the phone texted, {@code ""} for none
 * @param variant     {@code A} or {@code B}
 * @param status      the status word
 * @param detail      why excluded or why it failed, {@code ""} otherwise
 * @param last        the latest thing that happened to it, with its time, {@code ""} for nothing yet
 */
public record RecipientRowView(long id, long contactId, String name, String phone, String variant, String status,
                               String detail, String last) {

    /** The view of a recipient. */
    static RecipientRowView from(RecipientRow row) {
        String detail = row.exclusion() != null ? row.exclusion().text()
                : row.failureReason() == null ? "" : row.failureReason();
        return new RecipientRowView(row.id(), row.contact() == null ? 0 : row.contact().value(),
                row.contactName() == null ? "Deleted contact" : row.contactName(),
                row.phone() == null ? "" : row.phone().display(), row.variant().name(), row.status().word(), detail,
                last(row));
    }

    private static String last(RecipientRow row) {
        if (row.optedOutAt() != null) {
            return at("Opted out", row.optedOutAt());
        }
        if (row.repliedAt() != null) {
            return at("Replied", row.repliedAt());
        }
        if (row.failedAt() != null) {
            return at("Failed", row.failedAt());
        }
        if (row.deliveredAt() != null) {
            return at("Delivered", row.deliveredAt());
        }
        if (row.sentAt() != null) {
            return at("Sent", row.sentAt());
        }
        return "";
    }

    private static String at(String what, Instant when) {
        return what + " " + Formats.moment(when);
    }
}
