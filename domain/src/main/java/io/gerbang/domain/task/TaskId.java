package io.gerbang.domain.task;

public record TaskId(long value) {

    public TaskId {
        if (value <= 0) {
            throw new IllegalArgumentException("a task id is positive");
        }
    }
}
