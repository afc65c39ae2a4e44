package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import java.util.ArrayList;
import java.util.List;

/** A message draft from the JSON fields of a client's event, as both doors name and send them. */
final class MessageDrafts {

    private MessageDrafts() {
    }

    /**
     * The draft of a text, its attachments (absent, null or an array of strings) and the id it replies to
     * (absent, null or a whole number); IllegalArgumentException when a field is missing, of the wrong type
     * or out of the draft's bounds.
     */
    static MessageDraft of(JsonNode text, JsonNode attachments, JsonNode replyTo) {
        if (text == null || !text.isTextual()
                || (attachments != null && !attachments.isNull() && !attachments.isArray())
                || (replyTo != null && !replyTo.isNull() && !(replyTo.isIntegralNumber() && replyTo.canConvertToLong()))) {
            throw new IllegalArgumentException("not a message draft");
        }
        List<String> files = new ArrayList<>();
        if (attachments != null && attachments.isArray()) {
            for (JsonNode file : attachments) {
                if (!file.isTextual()) {
                    throw new IllegalArgumentException("an attachment that is not a string");
                }
                files.add(file.textValue());
            }
        }
        return new MessageDraft(text.textValue(), files,
                replyTo == null || replyTo.isNull() ? null : new MessageId(replyTo.longValue()));
    }
}
