package io.gerbang.adapters.websocket;

import io.gerbang.application.port.in.Authenticate;
import io.gerbang.application.port.in.CheckLiveSessions;
import io.gerbang.application.port.in.FollowTaskRooms;
import io.gerbang.application.port.in.JoinTaskRoom;
import io.gerbang.application.port.in.KeepPresence;
import io.gerbang.application.port.in.LeaveTaskRoom;
import io.gerbang.application.port.in.PostMessage;
import io.gerbang.application.port.in.SignalTyping;

/** The inbound ports the task chat calls. */
public record ChatPorts(Authenticate authenticate, JoinTaskRoom join, LeaveTaskRoom leave, SignalTyping typing,
                        PostMessage post, FollowTaskRooms rooms, CheckLiveSessions sessions, KeepPresence presence) {
}
