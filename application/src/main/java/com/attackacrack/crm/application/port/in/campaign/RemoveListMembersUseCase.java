package com.attackacrack.crm.application.port.in.campaign;

/** Removes selected contacts from a list; returns how many were members. */
public interface RemoveListMembersUseCase {

    long remove(ListMembersCommand command);
}
