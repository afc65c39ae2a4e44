package io.gerbang.application.service.task;

import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ReadMessages;
import io.gerbang.application.port.in.task.TaskPage;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.service.shared.Paging;
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
        return Paging.page(
                cursors,
                page,
                from -> messages.messages(task, from, page.limit() + 1),
                message -> message.id().value());
    }
}
