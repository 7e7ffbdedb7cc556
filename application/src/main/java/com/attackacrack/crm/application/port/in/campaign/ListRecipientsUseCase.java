package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.shared.Page;

/** One page of a campaign's recipients in id order with the total in the chosen status (NOT_FOUND: no campaign). */
public interface ListRecipientsUseCase {

    Page<RecipientRow> list(RecipientsQuery query);
}
