package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * The provider's own record of the texts and calls with one number on the business line, read page by page to the
 * end; a failure is a {@link ProviderHistoryException} that says whether the whole run should stop.
 */
public interface ProviderHistory {

    /** Every text with {@code participant} created after {@code since}, as the provider reports it (all pages). */
    List<ProviderMessage> messages(PhoneNumber participant, Instant since);

    /** Every call with {@code participant} created after {@code since}, as the provider reports it (all pages). */
    List<ProviderCall> calls(PhoneNumber participant, Instant since);
}
