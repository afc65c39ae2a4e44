package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.Task;
import java.util.Objects;

/** The tasks the caller may see: those of the units their tasks.read scope covers, and those they belong to. */
public interface ListTasks {

    Page<Task> list(Query query);

    record Query(Principal caller, PageRequest page) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(page, "page");
        }
    }
}
