package io.gerbang.adapters.rest.error;

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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place that says how the contract words each refusal of a use case: its HTTP status, its code, the
 * key of its words and the request field it is about. Every kind of {@link Refused} has an answer here
 * (bootstrap's {@code RefusalsAreWordedTest} finds every kind and checks).
 */
public final class Refusals {

    /** @param detail null, or which particular cause of the code ({@code last_administrator}) its words name */
    public record Answer(int status, String code, String detail, String field) {

        /** The key of the envelope's {@code error} words. */
        public String messageKey() {
            return "error." + code + (detail == null ? "" : "." + detail);
        }
    }

    private static final Map<Class<? extends Refused>, Function<Refused, Answer>> ANSWERS = new HashMap<>();

    static {
        // who the caller is
        answer(WrongCredentials.class, 401, "INVALID_CREDENTIALS");
        answer(WrongSecondFactorCode.class, 401, "MFA_CODE_INVALID");
        answer(SignInChallengeGone.class, 401, "TOKEN_INVALID", "mfa_token", null);
        answer(NoAccessToken.class, 401, "TOKEN_MISSING");
        answer(AccessTokenExpired.class, 401, "TOKEN_EXPIRED");
        answer(AccessTokenInvalid.class, 401, "TOKEN_INVALID");
        answer(SessionEnded.class, 401, "SESSION_REVOKED");
        answer(RefreshTokenInvalid.class, 401, "REFRESH_TOKEN_INVALID");
        answer(RefreshTokenReused.class, 401, "REFRESH_TOKEN_REUSED");
        answer(ClientUnproven.class, 401, "INVALID_CLIENT");
        answer(AccountInactive.class, 403, "ACCOUNT_INACTIVE");
        answer(TenantClosed.class, 403, "TENANT_FORBIDDEN");
        // what the caller may do
        answer(NotPermitted.class, 403, "FORBIDDEN");
        answer(BeyondOwnGrant.class, 403, "FORBIDDEN", "beyond_own_grant", null);
        answer(NotAMember.class, 403, "NO_ACCESS");
        answer(MayNotComment.class, 403, "NO_PERMISSION");
        answer(MayNotManage.class, 403, "FORBIDDEN");
        // what is not there, or not for the caller to know of
        answer(OutsideScope.class, 404, "NOT_FOUND");
        answer(UnknownTask.class, 404, "NOT_FOUND");
        answer(UnknownClient.class, 404, "NOT_FOUND");
        answer(UnknownSession.class, 404, "NOT_FOUND");
        answer(UnknownAssignment.class, 404, "NOT_FOUND");
        answer(UnknownMember.class, 404, "NOT_FOUND");
        answer(UnknownTenant.class, 404, "NOT_FOUND", "tenant", null);
        // a request naming what is not the tenant's
        answer(UnknownRole.class, 400, "VALIDATION_FAILED", null, "role_id");
        answer(UnknownUser.class, 400, "VALIDATION_FAILED", null, "user_id");
        answer(UnknownReply.class, 400, "VALIDATION_FAILED", null, "reply_to");
        answer(UnknownPermissions.class, 400, "VALIDATION_FAILED", null, "permissions");
        ANSWERS.put(
                UnknownPlace.class,
                refused -> new Answer(
                        400,
                        "VALIDATION_FAILED",
                        null,
                        ((UnknownPlace) refused).level().code() + "_id"));
        answer(UnreadableCursor.class, 400, "BAD_REQUEST");
        // what would break a rule of the whole
        answer(AlreadyExists.class, 409, "CONFLICT");
        answer(ChangedMeanwhile.class, 409, "CONFLICT");
        answer(NoSecret.class, 409, "CONFLICT");
        answer(LastAdministrator.class, 409, "CONFLICT", "last_administrator", null);
        answer(OwnerStaysMember.class, 409, "CONFLICT", "task_owner", null);
        answer(TenantNameTaken.class, 409, "CONFLICT", "tenant_name", null);
        answer(TwoFactorAlreadyOn.class, 409, "CONFLICT", "two_factor_on", null);
        answer(TwoFactorNotOn.class, 409, "CONFLICT", "two_factor_off", null);
        answer(TwoFactorNotSetUp.class, 409, "CONFLICT", "two_factor_not_set_up", null);
        // try again later
        answer(LimitReached.class, 429, "TOO_MANY_REQUESTS");
        answer(SessionContended.class, 503, "UNAVAILABLE");
    }

    private Refusals() {}

    public static Answer of(Refused refused) {
        Function<Refused, Answer> answer = ANSWERS.get(refused.getClass());
        if (answer == null) {
            throw new IllegalStateException(
                    "no answer for " + refused.getClass().getName());
        }
        return answer.apply(refused);
    }

    /** Whether this kind of refusal has an answer (for the test in bootstrap that checks them all). */
    public static boolean answers(Class<?> kind) {
        return ANSWERS.containsKey(kind);
    }

    private static void answer(Class<? extends Refused> kind, int status, String code) {
        answer(kind, status, code, null, null);
    }

    private static void answer(Class<? extends Refused> kind, int status, String code, String detail, String field) {
        Answer answer = new Answer(status, code, detail, field);
        ANSWERS.put(kind, refused -> answer);
    }
}
