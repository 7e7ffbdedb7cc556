package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** One page of saved filters, newest first, with the total number of filters. */
public interface ListSavedFiltersUseCase {

    Page<SavedFilter> list(PageRequest page);
}
