package com.attackacrack.crm.domain.webhook;

import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderContact;
import com.attackacrack.crm.domain.conversation.ProviderMessage;

/** What one webhook event says happened, read from its payload whichever envelope or type name it used. */
public sealed interface ProviderEvent {

    /** A text message was received, sent, delivered or failed. */
    record MessageEvent(ProviderMessage message) implements ProviderEvent {
    }

    /** A call rang, was answered, forwarded, completed or missed. */
    record CallEvent(ProviderCall call) implements ProviderEvent {
    }

    /** A recording, summary, transcript or voicemail for a call is ready. */
    record CallArtifactEvent(CallArtifact artifact) implements ProviderEvent {
    }

    /** A contact in OpenPhone's address book changed, or was deleted there. */
    record ContactEvent(ProviderContact contact, boolean deleted) implements ProviderEvent {
    }

    /** An event type the CRM does not act on: kept, and marked processed with this reason. */
    record IgnoredEvent(String type, String reason) implements ProviderEvent {
    }
}
