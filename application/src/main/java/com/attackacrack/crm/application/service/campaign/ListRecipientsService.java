package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ListRecipientsUseCase;
import com.attackacrack.crm.application.port.in.campaign.RecipientsQuery;
import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.shared.Page;

/** Lists one page of a campaign's recipients, optionally by status. */
public final class ListRecipientsService implements ListRecipientsUseCase {

    private final CampaignLookup lookup;
    private final CampaignRecipients recipients;

    public ListRecipientsService(CampaignRepository campaigns, CampaignRecipients recipients) {
        this.lookup = new CampaignLookup(campaigns);
        this.recipients = recipients;
    }

    @Override
    public Page<RecipientRow> list(RecipientsQuery query) {
        lookup.get(query.campaign());
        return recipients.page(query.campaign(), query.status(), query.page());
    }
}
