package com.attackacrack.crm.adapters.in.web.conversation;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns timeline entries into the views the conversation templates draw: text messages as chat bubbles and calls as
 * cards with their recordings, voicemails, summaries and transcripts. Only http(s) links reach the page.
 */
public final class TimelineViews {

    private TimelineViews() {
    }

    /**
     * A text message as a chat bubble.
     *
     * @param kind     always {@code message}
     * @param id       the message's database id (the {@code data-message-id})
     * @param inbound  whether the contact sent it
     * @param body     the text
     * @param media    pictures and files sent with it
     * @param status   the status word (queued, sent, delivered, undelivered, failed, received)
     * @param failed   whether it failed or was undelivered
     * @param error    the carrier's error code and message, or {@code ""}
     * @param sandbox  whether the sandbox gateway took it (it never left the machine)
     * @param sentBy   the CRM user who sent it, or {@code ""}
     * @param time     when, for people
     * @param timeIso  when, ISO-8601
     * @param pending  whether its status may still change soon (queued or sent)
     * @param campaignId   the campaign that sent it, or 0
     * @param campaignName the campaign's name, or {@code ""}
     */
    public record MessageView(String kind, long id, boolean inbound, String body, List<MediaView> media, String status,
                              boolean failed, String error, boolean sandbox, String sentBy, String time, String timeIso,
                              boolean pending, long campaignId, String campaignName) {
    }

    /**
     * A picture or file sent with a message.
     *
     * @param url   where the provider keeps it (http or https)
     * @param image whether it is an image shown as a thumbnail
     * @param label the link text: its content type, or "Attachment"
     */
    public record MediaView(String url, boolean image, String label) {
    }

    /**
     * A phone call as a card.
     *
     * @param kind        always {@code call}
     * @param providerId  the provider's call id
     * @param inbound     whether the contact called
     * @param status      the status word
     * @param missed      whether it was missed
     * @param time        when it started, for people
     * @param timeIso     when it started, ISO-8601
     * @param duration    how long, {@code m:ss}, or {@code ""}
     * @param answeredBy  who answered, or {@code ""}
     * @param forwardedTo where it was forwarded, or {@code ""}
     * @param audio       recordings and voicemails
     * @param summary     the summary lines ("Summary", "Next step")
     * @param transcript  the transcript lines with speaker labels
     */
    public record CallView(String kind, String providerId, boolean inbound, String status, boolean missed, String time,
                           String timeIso, String duration, String answeredBy, String forwardedTo, List<AudioView> audio,
                           List<LineView> summary, List<LineView> transcript) {
    }

    /**
     * A recording or voicemail to play.
     *
     * @param label      "Recording" or "Voicemail"
     * @param url        where to play it from (http or https)
     * @param duration   how long, {@code m:ss}, or {@code ""}
     * @param transcript a voicemail's transcript lines
     */
    public record AudioView(String label, String url, String duration, List<LineView> transcript) {
    }

    /**
     * One line of a summary or transcript.
     *
     * @param label the speaker or the summary's heading
     * @param at    when in the call it starts, {@code m:ss}, or {@code ""}
     * @param text  the text
     */
    public record LineView(String label, String at, String text) {
    }

    /** The views of the entries, in the same order. */
    public static List<Object> of(List<TimelineEntry> entries) {
        List<Object> views = new ArrayList<>(entries.size());
        for (TimelineEntry entry : entries) {
            views.add(of(entry));
        }
        return views;
    }

    /** The view of one entry: a {@link MessageView} or a {@link CallView}. */
    public static Object of(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Message message -> message(message);
            case TimelineEntry.Call call -> call(call);
        };
    }

    /** Whether any message of the entries is still queued or sent (its status will move soon). */
    public static boolean anyPending(List<TimelineEntry> entries) {
        return entries.stream().anyMatch(it -> it instanceof TimelineEntry.Message message && pending(message.status()));
    }

    private static boolean pending(MessageStatus status) {
        return status == MessageStatus.QUEUED || status == MessageStatus.SENT;
    }

    private static MessageView message(TimelineEntry.Message message) {
        MessageStatus status = message.status();
        boolean failed = status == MessageStatus.FAILED || status == MessageStatus.UNDELIVERED;
        String error = "";
        if (failed) {
            String code = Formats.text(message.errorCode()).strip();
            String text = Formats.text(message.errorMessage()).strip();
            error = code.isEmpty() ? text : text.isEmpty() ? "Error " + code : "Error " + code + ": " + text;
        }
        List<MediaView> media = message.media().stream().filter(it -> safeUrl(it.url())).map(TimelineViews::media).toList();
        return new MessageView("message", message.id() == null ? 0 : message.id().value(),
                message.direction() == MessageDirection.INBOUND, Formats.text(message.body()), media,
                status == null ? "" : status.word(), failed, error, message.sandbox(), Formats.text(message.sentBy()),
                Formats.moment(message.at()), Formats.iso(message.at()), status != null && pending(status),
                message.campaign() == null ? 0 : message.campaign().id(),
                message.campaign() == null ? "" : Formats.text(message.campaign().name()));
    }

    private static MediaView media(MediaItem item) {
        String type = Formats.text(item.contentType()).strip().toLowerCase(Locale.ROOT);
        return new MediaView(item.url(), type.startsWith("image/"), type.isEmpty() ? "Attachment" : type);
    }

    private static CallView call(TimelineEntry.Call call) {
        List<AudioView> audio = new ArrayList<>();
        List<LineView> summary = new ArrayList<>();
        List<LineView> transcript = new ArrayList<>();
        for (CallArtifact artifact : call.artifacts()) {
            CallArtifactKind kind = artifact.kind();
            if (kind == CallArtifactKind.SUMMARY) {
                summary.addAll(lines(artifact.lines()));
            } else if (kind == CallArtifactKind.TRANSCRIPT) {
                transcript.addAll(lines(artifact.lines()));
            } else if (safeUrl(artifact.url())) {
                audio.add(new AudioView(kind == CallArtifactKind.RECORDING ? "Recording" : "Voicemail", artifact.url(),
                        duration(artifact.durationSeconds()), lines(artifact.lines())));
            }
        }
        String status = call.status() == null ? "" : call.status().word();
        return new CallView("call", Formats.text(call.providerId()), call.direction() == MessageDirection.INBOUND, status,
                "missed".equals(status), Formats.moment(call.at()), Formats.iso(call.at()), duration(call.durationSeconds()),
                Formats.text(call.answeredBy()), Formats.text(call.forwardedTo()), List.copyOf(audio), List.copyOf(summary),
                List.copyOf(transcript));
    }

    private static List<LineView> lines(List<ArtifactLine> lines) {
        return lines.stream().map(it -> new LineView(it.label(),
                it.startSeconds() == null ? "" : duration((int) Math.floor(it.startSeconds())), it.text())).toList();
    }

    /** {@code m:ss} for a number of seconds; {@code ""} for null. */
    public static String duration(Integer seconds) {
        if (seconds == null || seconds < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Only web links may become an href or src: never {@code javascript:} or {@code data:}. */
    static boolean safeUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
