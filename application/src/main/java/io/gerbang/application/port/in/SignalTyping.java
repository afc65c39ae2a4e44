package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;

/** Somebody in a room starts or stops typing; the others hear it. Nothing is stored. */
public interface SignalTyping {

    void typing(Principal caller, TaskId task, String socket, boolean started);
}
