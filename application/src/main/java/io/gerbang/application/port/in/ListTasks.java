package io.gerbang.application.port.in;

import io.gerbang.domain.task.Task;

/** The tasks the caller may see: those of the units their tasks.read scope covers, and those they belong to. */
public interface ListTasks {

    Page<Task> list(Principal caller, PageRequest page);
}
