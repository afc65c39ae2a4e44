package io.gerbang.application.port.in.refusal;

import java.time.Duration;

/**
 * A use case said no, and which rule refused is told by the kind: {@link NotAMember}, {@link OutsideScope},
 * {@link LastAdministrator}, ... Each kind carries domain facts, never a protocol's code or field name: the
 * inbound adapters word every kind in their protocol, each in one place ({@code rest.error.Refusals},
 * {@code websocket.RefusalCodes}). The hierarchy is sealed so that those places can be checked whole.
 * Something that does not answer is not a refusal: it is {@link io.gerbang.application.port.in.Unavailable}.
 */
public abstract sealed class Refused extends RuntimeException
        permits AccessTokenExpired, AccessTokenInvalid, AccountInactive, AlreadyExists, BeyondOwnGrant,
        ChangedMeanwhile, LastAdministrator, LimitReached, MayNotComment, NoAccessToken, NotAMember,
        NotPermitted, OutsideScope, OwnerStaysMember, RefreshTokenInvalid, RefreshTokenReused,
        SessionContended, SessionEnded, SignInChallengeGone, TenantClosed, TenantNameTaken,
        TwoFactorAlreadyOn, TwoFactorNotOn, TwoFactorNotSetUp, UnknownAssignment, UnknownMember,
        UnknownPermissions, UnknownPlace, UnknownReply, UnknownRole, UnknownSession, UnknownTask,
        UnknownTenant, UnknownUser, UnreadableCursor, WrongCredentials, WrongSecondFactorCode {

    private Duration answerAfter = Duration.ZERO;

    protected Refused(String rule) {
        // a refusal is an answer, not a fault: no stack to fill
        super(rule, null, false, false);
    }

    /**
     * The same refusal, to be answered only after {@code delay}: a failed sign-in on an account under attack
     * ({@link io.gerbang.domain.limit.SlowDown}). Adapters wait without holding a thread.
     */
    public Refused answeredAfter(Duration delay) {
        this.answerAfter = delay;
        return this;
    }

    /** How long to wait before answering; zero for at once. */
    public Duration answerAfter() {
        return answerAfter;
    }
}
