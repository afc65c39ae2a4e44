package io.gerbang.domain.task;

import io.gerbang.domain.shared.Text;
import java.util.List;

/**
 * What somebody wants to say in a task room, checked: 1 to 4,000 characters that are not all white space,
 * up to 10 attachments ({@link Attachment}: each a JSON string or object of at most 2 KiB), and the message it
 * replies to (none: null).
 */
public record MessageDraft(String text, List<Attachment> attachments, MessageId replyTo) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_ATTACHMENTS = 10;

    public MessageDraft {
        text = checkedText(text);
        attachments = checkedAttachments(attachments);
    }

    /** The text as given: some of it not white space, at most 4,000 characters, well-formed, no NUL. */
    public static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message has some text");
        }
        if (text.length() > MAX_TEXT || !Text.isWellFormed(text)) {
            throw new IllegalArgumentException(
                    "a message is at most 4,000 characters of well-formed text, without NUL");
        }
        return text;
    }

    /** None (null) or up to 10 attachments. */
    public static List<Attachment> checkedAttachments(List<Attachment> attachments) {
        if (attachments == null) {
            return List.of();
        }
        if (attachments.size() > MAX_ATTACHMENTS || attachments.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("at most 10 attachments");
        }
        return List.copyOf(attachments);
    }
}
