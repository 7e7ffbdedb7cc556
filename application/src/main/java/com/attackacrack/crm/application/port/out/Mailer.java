package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.util.Objects;

/** Sends a plain-text email (invites); reports instead of throwing, so callers can fall back to showing a link. */
public interface Mailer {

    MailDelivery send(OutgoingMail mail);

    /** One message to one recipient. */
    record OutgoingMail(EmailAddress to, String subject, String text) {
        public OutgoingMail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /** What happened to a message: sent, not sent because no mail server is configured, or failed (with why). */
    record MailDelivery(Status status, String detail) {
        /** Outcome of one send. */
        public enum Status { SENT, NOT_CONFIGURED, FAILED }

        public static MailDelivery sent() {
            return new MailDelivery(Status.SENT, "sent");
        }

        public static MailDelivery notConfigured() {
            return new MailDelivery(Status.NOT_CONFIGURED, "no mail server is configured (SMTP_HOST)");
        }

        public static MailDelivery failed(String why) {
            return new MailDelivery(Status.FAILED, why);
        }

        public boolean wasSent() {
            return status == Status.SENT;
        }
    }
}
