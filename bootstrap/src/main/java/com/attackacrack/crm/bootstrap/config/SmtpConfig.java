package com.attackacrack.crm.bootstrap.config;

import java.util.Optional;

/** Outgoing mail server for invite mails; when absent the app shows invite links to the admin instead. */
public record SmtpConfig(String host, int port, Optional<String> username, Optional<Secret> password, String from,
                         boolean startTls) {
}
