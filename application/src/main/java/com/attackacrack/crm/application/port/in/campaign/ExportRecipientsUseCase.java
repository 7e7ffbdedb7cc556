package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams every recipient of a campaign as CSV cells in {@link #HEADER} order (times ISO-8601 UTC, empty when unset)
 * to a sink, for the CSV download; NOT_FOUND before anything is streamed for an unknown campaign. Returns how many.
 */
public interface ExportRecipientsUseCase {

    /** The column names, written first. */
    List<String> HEADER = List.of("contact", "phone", "variant", "status", "exclusion", "sent_at", "delivered_at",
            "failed_at", "replied_at", "opted_out_at", "failure_reason");

    long export(CampaignId id, Consumer<List<String>> rows);
}
