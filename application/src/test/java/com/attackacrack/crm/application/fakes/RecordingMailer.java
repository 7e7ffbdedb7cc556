package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.Mailer;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link Mailer} that records every mail it is asked to send and answers SENT unless told otherwise. */
public final class RecordingMailer implements Mailer {

    private final List<OutgoingMail> mails = new ArrayList<>();
    private MailDelivery answer = MailDelivery.sent();

    @Override
    public synchronized MailDelivery send(OutgoingMail mail) {
        mails.add(mail);
        return answer;
    }

    /** From now on every send answers NOT_CONFIGURED. */
    public synchronized void notConfigured() {
        answer = MailDelivery.notConfigured();
    }

    /** From now on every send answers FAILED with the reason. */
    public synchronized void failWith(String why) {
        answer = MailDelivery.failed(why);
    }

    /** From now on every send answers SENT. */
    public synchronized void sendSuccessfully() {
        answer = MailDelivery.sent();
    }

    /** Every mail asked for, whatever the answer was, in order. */
    public synchronized List<OutgoingMail> mails() {
        return List.copyOf(mails);
    }

    /** The most recent mail; fails when none was sent. */
    public synchronized OutgoingMail last() {
        if (mails.isEmpty()) {
            throw new IllegalStateException("no mail was sent");
        }
        return mails.get(mails.size() - 1);
    }
}
