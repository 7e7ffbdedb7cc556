package com.attackacrack.crm.application.service.user;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Builds the link a person opens to accept an invite: {@code <publicBaseUrl>/invite/<token>}. */
final class InviteLinks {

    private final String base;

    InviteLinks(URI publicBaseUrl) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String scheme = publicBaseUrl.getScheme() == null ? "" : publicBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || publicBaseUrl.getHost() == null
                || publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the public base URL must be an absolute http(s) URL without query or fragment,"
                    + " like https://crm.example.com, was " + publicBaseUrl);
        }
        String text = publicBaseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        this.base = text;
    }

    String linkFor(String token) {
        return base + "/invite/" + token;
    }
}
