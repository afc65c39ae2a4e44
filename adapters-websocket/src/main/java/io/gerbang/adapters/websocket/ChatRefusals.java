package io.gerbang.adapters.websocket;

import io.gerbang.application.port.Unavailable;
import io.gerbang.application.port.in.refusal.AccessTokenExpired;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.BeyondOwnGrant;
import io.gerbang.application.port.in.refusal.ChangedMeanwhile;
import io.gerbang.application.port.in.refusal.ClientUnproven;
import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.in.refusal.NoAccessToken;
import io.gerbang.application.port.in.refusal.NoSecret;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.OutsideScope;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.application.port.in.refusal.RefreshTokenReused;
import io.gerbang.application.port.in.refusal.SessionContended;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.TenantNameTaken;
import io.gerbang.application.port.in.refusal.TwoFactorAlreadyOn;
import io.gerbang.application.port.in.refusal.TwoFactorNotOn;
import io.gerbang.application.port.in.refusal.TwoFactorNotSetUp;
import io.gerbang.application.port.in.refusal.UnknownAssignment;
import io.gerbang.application.port.in.refusal.UnknownClient;
import io.gerbang.application.port.in.refusal.UnknownPermissions;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.in.refusal.UnknownReply;
import io.gerbang.application.port.in.refusal.UnknownRole;
import io.gerbang.application.port.in.refusal.UnknownSession;
import io.gerbang.application.port.in.refusal.UnknownTask;
import io.gerbang.application.port.in.refusal.UnknownTenant;
import io.gerbang.application.port.in.refusal.UnknownUser;
import io.gerbang.application.port.in.refusal.UnreadableCursor;
import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.refusal.WrongSecondFactorCode;
import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.MayNotComment;
import io.gerbang.domain.task.MayNotManage;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.OwnerStaysMember;
import io.gerbang.domain.task.UnknownMember;
import java.util.Map;

/**
 * What both chat doors answer when something is refused or goes wrong, in one table: the contract's code for each
 * refusal of a use case ({@code error} frames and acks, Socket.IO's {@code connect_error} data) and the words each
 * door says it with ({@code /ws} in its own, the Socket.IO door in those of seed 001's server, whose clients show
 * them). Most kinds never reach a socket; they are here so that every kind has a code (bootstrap's
 * {@code RefusalsAreWordedTest} checks).
 */
public final class ChatRefusals {

    /** The two chat doors: {@code /ws} and Socket.IO. */
    enum Door {
        WS,
        SOCKET_IO
    }

    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    /** An {@link Unavailable}, which is not a refusal, goes out with this code. */
    static final String UNAVAILABLE = "UNAVAILABLE";

    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private record Words(String ws, String socketIo) {}

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry(
                    BAD_REQUEST,
                    new Words("the frame is not a JSON object of a known type", "Unknown event or arguments")),
            Map.entry(
                    VALIDATION_FAILED, new Words("a field of the frame is missing or invalid", "Task ID is required")),
            Map.entry("NO_ACCESS", new Words("you are not a member of this task", "No access to this task")),
            Map.entry(
                    "NO_PERMISSION",
                    new Words("you may read this task but not comment on it", "No permission to send messages")),
            Map.entry(TOO_MANY_REQUESTS, new Words("too many frames, slow down", "Too many events, slow down")),
            Map.entry(
                    UNAVAILABLE,
                    new Words(
                            "a backing store is unavailable, try again later", "Service unavailable, try again later")),
            Map.entry("TOKEN_INVALID", new Words("access token is invalid", "Invalid token")),
            Map.entry("TOKEN_EXPIRED", new Words("access token has expired", "Token expired")),
            Map.entry("SESSION_REVOKED", new Words("the session has ended", "Session revoked")));
    private static final Words UNEXPECTED = new Words("internal error", "Internal error");
    /** Seed 001's words for a store that failed under one of its events (the contract keeps them). */
    private static final Map<String, String> SOCKET_IO_FAILURES =
            Map.of("join_task", "Failed to join task", "send_message", "Failed to send message");

    private static final Map<Class<? extends Refused>, String> CODES = Map.ofEntries(
            Map.entry(NoAccessToken.class, "TOKEN_MISSING"),
            Map.entry(AccessTokenInvalid.class, "TOKEN_INVALID"),
            Map.entry(AccessTokenExpired.class, "TOKEN_EXPIRED"),
            Map.entry(SessionEnded.class, "SESSION_REVOKED"),
            Map.entry(NotAMember.class, "NO_ACCESS"),
            Map.entry(MayNotComment.class, "NO_PERMISSION"),
            Map.entry(MayNotManage.class, "FORBIDDEN"),
            Map.entry(UnknownReply.class, "VALIDATION_FAILED"),
            Map.entry(LimitReached.class, "TOO_MANY_REQUESTS"),
            // not of the chat's use cases, but worded the same if they ever are
            Map.entry(WrongCredentials.class, "INVALID_CREDENTIALS"),
            Map.entry(WrongSecondFactorCode.class, "MFA_CODE_INVALID"),
            Map.entry(SignInChallengeGone.class, "TOKEN_INVALID"),
            Map.entry(RefreshTokenInvalid.class, "REFRESH_TOKEN_INVALID"),
            Map.entry(RefreshTokenReused.class, "REFRESH_TOKEN_REUSED"),
            Map.entry(AccountInactive.class, "ACCOUNT_INACTIVE"),
            Map.entry(TenantClosed.class, "TENANT_FORBIDDEN"),
            Map.entry(NotPermitted.class, "FORBIDDEN"),
            Map.entry(BeyondOwnGrant.class, "FORBIDDEN"),
            Map.entry(OutsideScope.class, "NOT_FOUND"),
            Map.entry(UnknownTask.class, "NOT_FOUND"),
            Map.entry(UnknownClient.class, "NOT_FOUND"),
            Map.entry(ClientUnproven.class, "INVALID_CLIENT"),
            Map.entry(UnknownSession.class, "NOT_FOUND"),
            Map.entry(UnknownAssignment.class, "NOT_FOUND"),
            Map.entry(UnknownMember.class, "NOT_FOUND"),
            Map.entry(UnknownTenant.class, "NOT_FOUND"),
            Map.entry(UnknownRole.class, "VALIDATION_FAILED"),
            Map.entry(UnknownUser.class, "VALIDATION_FAILED"),
            Map.entry(UnknownPermissions.class, "VALIDATION_FAILED"),
            Map.entry(UnknownPlace.class, "VALIDATION_FAILED"),
            Map.entry(UnreadableCursor.class, "BAD_REQUEST"),
            Map.entry(AlreadyExists.class, "CONFLICT"),
            Map.entry(ChangedMeanwhile.class, "CONFLICT"),
            Map.entry(NoSecret.class, "CONFLICT"),
            Map.entry(LastAdministrator.class, "CONFLICT"),
            Map.entry(OwnerStaysMember.class, "CONFLICT"),
            Map.entry(TenantNameTaken.class, "CONFLICT"),
            Map.entry(TwoFactorAlreadyOn.class, "CONFLICT"),
            Map.entry(TwoFactorNotOn.class, "CONFLICT"),
            Map.entry(TwoFactorNotSetUp.class, "CONFLICT"),
            Map.entry(SessionContended.class, "UNAVAILABLE"));

    private ChatRefusals() {}

    /** Whether this kind of refusal has a code (for the test in bootstrap that checks them all). */
    public static boolean codes(Class<?> kind) {
        return CODES.containsKey(kind);
    }

    public static String of(Refused refused) {
        String code = CODES.get(refused.getClass());
        if (code == null) {
            throw new IllegalStateException("no code for " + refused.getClass().getName());
        }
        return code;
    }

    /**
     * The code for whatever handling a frame or an event threw: a refusal's own, {@link #UNAVAILABLE} for a store
     * that does not answer, {@link #VALIDATION_FAILED} for input that is not what the use case takes, and
     * {@link #INTERNAL_ERROR} for anything else (a bug: the door logs it).
     */
    static String of(RuntimeException failure) {
        if (failure instanceof Refused refused) {
            return of(refused);
        }
        if (failure instanceof Unavailable) {
            return UNAVAILABLE;
        }
        return failure instanceof InvalidInput ? VALIDATION_FAILED : INTERNAL_ERROR;
    }

    /** How the Socket.IO door words the code for a refused {@code event}: seed 001's own words where it had some. */
    static String socketIoWords(String code, String event) {
        String failed = code.equals(UNAVAILABLE) && event != null ? SOCKET_IO_FAILURES.get(event) : null;
        return failed != null ? failed : words(code, Door.SOCKET_IO);
    }

    /** How {@code door} words the code. */
    static String words(String code, Door door) {
        Words words = WORDS.getOrDefault(code, UNEXPECTED);
        return door == Door.WS ? words.ws() : words.socketIo();
    }

    /** A frame's or an event's fields missing, of the wrong type or out of bounds: {@link #VALIDATION_FAILED}. */
    static final class InvalidInput extends RuntimeException {
        InvalidInput() {
            super(null, null, false, false);
        }
    }
}
