package io.gerbang.application.service;

import io.gerbang.application.port.in.Page;
import io.gerbang.application.port.in.PageRequest;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.TaskPage;
import io.gerbang.application.port.in.ReadMessages;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.TaskId;

public class ReadMessagesService implements ReadMessages {

    private final TaskAccess access;
    private final TaskMessages messages;
    private final Cursors cursors;

    public ReadMessagesService(TaskAccess access, TaskMessages messages, Cursors cursors) {
        this.access = access;
        this.messages = messages;
        this.cursors = cursors;
    }

    @Override
    public Page<ChatMessage> read(TaskPage query) {
        Principal caller = query.caller();
        TaskId task = query.task();
        PageRequest page = query.page();
        access.asMember(caller, task);
        return Paging.page(cursors, page, from -> messages.messages(task, from, page.limit() + 1),
                message -> message.id().value());
    }
}
