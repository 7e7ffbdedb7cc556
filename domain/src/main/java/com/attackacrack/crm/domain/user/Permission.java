package com.attackacrack.crm.domain.user;

/** What a person may do; routes and actions check permissions, never role names. */
public enum Permission {
    /** Use the CRM itself: contacts, properties, lists, campaigns, conversations. */
    USE_CRM,
    /** Invite people, change roles, deactivate and reactivate users. */
    MANAGE_USERS,
    /** Run imports and resolve the conflict queue. */
    MANAGE_IMPORTS,
    /** See and change integrations (OpenPhone), replay dead letters. */
    MANAGE_INTEGRATIONS,
    /** See the system area: database, Redis, queues, heartbeats. */
    VIEW_SYSTEM
}
