package io.gerbang.adapters.websocket;

import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.CheckLiveSessions;
import io.gerbang.application.port.in.task.FollowTaskRooms;
import io.gerbang.application.port.in.task.JoinTaskRoom;
import io.gerbang.application.port.in.task.KeepPresence;
import io.gerbang.application.port.in.task.LeaveTaskRoom;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.application.port.in.task.SignalTyping;

/** The inbound ports the task chat calls. */
public record ChatPorts(
        Authenticate authenticate,
        JoinTaskRoom join,
        LeaveTaskRoom leave,
        SignalTyping typing,
        PostMessage post,
        FollowTaskRooms rooms,
        CheckLiveSessions sessions,
        KeepPresence presence,
        RecoverConnection recovery) {}
