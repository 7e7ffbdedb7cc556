package com.attackacrack.crm.application.port.in.importing;

/**
 * Settles one open conflict, writing the chosen value into the contact (an edited value is validated and normalised
 * like the contact form's) and recording who decided and when.
 */
public interface ResolveConflictUseCase {

    /** Refuses (BusinessRuleException) an invalid edit, a conflict no longer open, or a phone/email another contact holds. */
    void resolve(ResolveConflictCommand command);
}
