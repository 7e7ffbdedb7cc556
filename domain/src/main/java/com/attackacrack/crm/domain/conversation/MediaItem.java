package com.attackacrack.crm.domain.conversation;

/** A picture or file sent with a text message: where the provider keeps it and its content type (may be null). */
public record MediaItem(String url, String contentType) {

    public MediaItem {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a media item needs a url");
        }
    }
}
