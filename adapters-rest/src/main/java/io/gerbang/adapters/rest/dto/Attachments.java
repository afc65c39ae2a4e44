package io.gerbang.adapters.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.MessageDraft;
import java.util.ArrayList;
import java.util.List;

/** A message's attachments as JSON: each a string or an object, read and written as it was given. */
final class Attachments {

    private Attachments() {}

    /** The attachments of a request; IllegalArgumentException when one is neither, or past the draft's bounds. */
    static List<Attachment> read(List<JsonNode> given) {
        List<Attachment> read = new ArrayList<>();
        for (JsonNode item : given) {
            if (item == null || !(item.isTextual() || item.isObject())) {
                throw new IllegalArgumentException("an attachment is a string or an object");
            }
            read.add(new Attachment(item.toString()));
        }
        return MessageDraft.checkedAttachments(read);
    }

    /** Each as its JSON text, written as it is. */
    static List<Object> written(List<Attachment> attachments) {
        List<Object> written = new ArrayList<>(attachments.size());
        attachments.forEach(attachment -> written.add(new RawValue(attachment.json())));
        return written;
    }
}
