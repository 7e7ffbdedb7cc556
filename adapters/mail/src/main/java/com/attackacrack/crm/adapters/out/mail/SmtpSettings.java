package com.attackacrack.crm.adapters.out.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how {@link SmtpMailer} sends: server, optional login, sender ({@code crm@example.com} or
 * {@code CRM <crm@example.com>}), whether STARTTLS is required, and connect/read timeouts. {@code toString()} masks
 * the password.
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, String from,
                           boolean startTls, Duration connectTimeout, Duration readTimeout) {

    /** The connect and read timeout used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be between 1 and 65535, was " + port);
        }
        username = Objects.requireNonNull(username, "username").filter(name -> !name.isBlank());
        password = Objects.requireNonNull(password, "password").filter(secret -> !secret.isEmpty());
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("an SMTP password needs an SMTP username");
        }
        requireAddress(from);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** Settings with the default 10 s connect and read timeouts. */
    public SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, String from,
                        boolean startTls) {
        this(host, port, username, password, from, startTls, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** The sender as a mail address. */
    InternetAddress fromAddress() {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("validated in the constructor", e);
        }
    }

    private static void requireAddress(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("SMTP sender address (from) must not be blank");
        }
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP sender address '" + from + "' is not a valid address");
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("(none)")
                + ", password=" + (password.isPresent() ? "******" : "(none)") + ", from=" + from
                + ", startTls=" + startTls + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
