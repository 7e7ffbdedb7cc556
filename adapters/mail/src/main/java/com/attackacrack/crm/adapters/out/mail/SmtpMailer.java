package com.attackacrack.crm.adapters.out.mail;

import com.attackacrack.crm.application.port.out.Mailer;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends plain-text UTF-8 mail through an SMTP server with Angus Mail; reports failures instead of throwing them. */
public final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final int MAX_DETAIL = 200;

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    /** A mailer for the server in {@code settings}; connects per message, so a server that is down does not stop construction. */
    public SmtpMailer(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings));
        this.from = settings.fromAddress();
    }

    private static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return props;
    }

    @Override
    public MailDelivery send(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        try {
            MimeMessage message = message(mail);
            deliver(message);
            return MailDelivery.sent();
        } catch (MessagingException | RuntimeException e) {
            String reason = reason(e);
            LOG.warn("Mail to a recipient at {} via {}:{} failed: {}", mail.to().domain(), settings.host(), settings.port(), reason);
            return MailDelivery.failed(reason);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
        message.setSubject(oneLine(mail.subject()), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private void deliver(MimeMessage message) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        try {
            transport.connect(settings.host(), settings.port(), settings.username().orElse(null), settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            LOG.debug("closing the SMTP connection failed after the send finished");
        }
    }

    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }

    private String reason(Exception e) {
        String server = settings.host() + ":" + settings.port();
        if (e instanceof AuthenticationFailedException) {
            return "the mail server " + server + " refused the SMTP login";
        }
        if (e instanceof SendFailedException) {
            return "the mail server " + server + " refused the message: " + detail(e);
        }
        if (causedBy(e, IOException.class)) {
            return "cannot reach the mail server " + server + ": " + detail(rootCause(e));
        }
        if (e instanceof MessagingException) {
            return "the mail server " + server + " failed: " + detail(e);
        }
        return "sending mail failed unexpectedly: " + e.getClass().getSimpleName();
    }

    private String detail(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = text.lines().findFirst().orElse("").strip();
        String secret = settings.password().orElse(null);
        if (secret != null) {
            line = line.replace(secret, "******");
        }
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
