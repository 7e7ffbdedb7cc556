package com.attackacrack.crm.application.port.in.campaign;

/** Adds selected contacts to a list; contacts already on it (or deleted meanwhile) are not counted as added. */
public interface AddContactsToListUseCase {

    ListAddition add(ListMembersCommand command);
}
