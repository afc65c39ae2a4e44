package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import java.util.ArrayList;
import java.util.List;

/** A message draft from the JSON fields of a client's event, as both doors name and send them. */
final class MessageDrafts {

    private MessageDrafts() {}

    /**
     * The draft of a text, its attachments (absent, null or an array, each a string or an object) and the id it
     * replies to (absent, null, a whole number or a string of its digits); IllegalArgumentException when a field
     * is missing, of the wrong type or out of the draft's bounds.
     */
    static MessageDraft of(JsonNode text, JsonNode attachments, JsonNode replyTo) {
        if (text == null
                || !text.isTextual()
                || (attachments != null && !attachments.isNull() && !attachments.isArray())) {
            throw new IllegalArgumentException("not a message draft");
        }
        List<Attachment> files = new ArrayList<>();
        if (attachments != null && attachments.isArray()) {
            for (JsonNode file : attachments) {
                if (!file.isTextual() && !file.isObject()) {
                    throw new IllegalArgumentException("an attachment that is neither a string nor an object");
                }
                files.add(new Attachment(file.toString()));
            }
        }
        return new MessageDraft(text.textValue(), files, replyTo(replyTo));
    }

    private static MessageId replyTo(JsonNode replyTo) {
        if (replyTo == null || replyTo.isNull()) {
            return null;
        }
        if (replyTo.isIntegralNumber() && replyTo.canConvertToLong()) {
            return new MessageId(replyTo.longValue());
        }
        if (replyTo.isTextual() && DIGITS.matcher(replyTo.textValue()).matches()) {
            return new MessageId(Long.parseLong(replyTo.textValue()));
        }
        throw new IllegalArgumentException("reply_to is a message id");
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");
}
