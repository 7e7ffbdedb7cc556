package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ExportRecipientsUseCase;
import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Streams a campaign's recipients as CSV cells, in id order. */
public final class ExportRecipientsService implements ExportRecipientsUseCase {

    private final CampaignLookup lookup;
    private final CampaignRecipients recipients;

    public ExportRecipientsService(CampaignRepository campaigns, CampaignRecipients recipients) {
        this.lookup = new CampaignLookup(campaigns);
        this.recipients = recipients;
    }

    @Override
    public long export(CampaignId id, Consumer<List<String>> rows) {
        lookup.get(id);
        return recipients.export(id, row -> rows.accept(cells(row)));
    }

    static List<String> cells(RecipientRow row) {
        String contact = row.contactName() != null ? row.contactName()
                : row.contact() != null ? "Contact #" + row.contact().value() : "(deleted)";
        return Arrays.asList(contact, row.phone() == null ? "" : row.phone().e164(),
                row.variant().name(), row.status().word(), row.exclusion() == null ? "" : row.exclusion().text(),
                time(row.sentAt()), time(row.deliveredAt()), time(row.failedAt()), time(row.repliedAt()),
                time(row.optedOutAt()), row.failureReason() == null ? "" : row.failureReason());
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
