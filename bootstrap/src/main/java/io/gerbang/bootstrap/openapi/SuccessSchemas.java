package io.gerbang.bootstrap.openapi;

import io.gerbang.adapters.rest.dto.ClientDto;
import io.gerbang.adapters.rest.dto.LoginResultDto;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.MfaRequiredDto;
import io.gerbang.adapters.rest.dto.RecoveryCodesDto;
import io.gerbang.adapters.rest.dto.RemovedDto;
import io.gerbang.adapters.rest.dto.RoleDto;
import io.gerbang.adapters.rest.dto.SessionCountDto;
import io.gerbang.adapters.rest.dto.SessionDto;
import io.gerbang.adapters.rest.dto.TaskDtos;
import io.gerbang.adapters.rest.dto.TokenInventoryDto;
import io.gerbang.adapters.rest.dto.TokenPairDto;
import io.gerbang.adapters.rest.dto.TwoFactorSetupDto;
import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.adapters.rest.dto.UserSummaryDto;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each endpoint's {@code data} holds when it succeeds: the one thing swagger's reader cannot learn from the
 * resources, which return a built {@code Response}. Each answer names its schema after the contract's word for it
 * ({@code User}, {@code TokenPair}, ...). An endpoint missing here fails the document (and so {@code OpenApiTest}).
 */
final class SuccessSchemas {

    /** A schema name for the wire shape of one DTO class. */
    record Shape(String name, Class<?> type) {}

    /**
     * The success status and the shape of {@code data}: one of {@code shapes}, or a list of the one ({@code paged}
     * when it comes a page at a time, with {@code meta.pagination}).
     */
    record Answer(int status, boolean list, boolean paged, List<Shape> shapes) {}

    private static final Shape USER = new Shape("User", UserDto.class);
    private static final Shape USER_SUMMARY = new Shape("UserSummary", UserSummaryDto.class);
    private static final Shape LOGIN_RESULT = new Shape("LoginResult", LoginResultDto.class);
    private static final Shape MFA_REQUIRED = new Shape("MfaRequired", MfaRequiredDto.class);
    private static final Shape TOKEN_PAIR = new Shape("TokenPair", TokenPairDto.class);
    private static final Shape MESSAGE = new Shape("Message", MessageDto.class);
    private static final Shape SESSION = new Shape("Session", SessionDto.class);
    private static final Shape TOKEN_INVENTORY = new Shape("TokenInventory", TokenInventoryDto.class);
    private static final Shape SESSION_COUNT = new Shape("SessionCount", SessionCountDto.class);
    private static final Shape REMOVED = new Shape("Removed", RemovedDto.class);
    private static final Shape TWO_FACTOR_SETUP = new Shape("TwoFactorSetup", TwoFactorSetupDto.class);
    private static final Shape RECOVERY_CODES = new Shape("RecoveryCodes", RecoveryCodesDto.class);
    private static final Shape ROLE = new Shape("Role", RoleDto.class);
    private static final Shape CLIENT = new Shape("ClientApp", ClientDto.class);
    private static final Shape CLIENT_ISSUED = new Shape("ClientAppWithSecrets", ClientDto.Issued.class);
    private static final Shape ROLE_ASSIGNMENT = new Shape("RoleAssignment", UserDto.RoleAssignmentDto.class);
    private static final Shape TASK = new Shape("Task", TaskDtos.TaskDto.class);
    private static final Shape TASK_DETAIL = new Shape("TaskDetail", TaskDtos.TaskDetailDto.class);
    private static final Shape MEMBER = new Shape("TaskMember", TaskDtos.MemberDto.class);
    private static final Shape CHAT_MESSAGE = new Shape("ChatMessage", TaskDtos.MessageDto.class);
    private static final Shape PRESENT = new Shape("PresentUser", TaskDtos.PresentDto.class);
    private static final Shape ACTIVITY = new Shape("ActivityEntry", TaskDtos.ActivityDto.class);

    private static final Map<String, Answer> BY_ENDPOINT = new HashMap<>();

    static {
        String auth = "/api/v1/auth";
        one("post", auth + "/login", 200, LOGIN_RESULT, MFA_REQUIRED);
        one("post", auth + "/login-email", 200, LOGIN_RESULT, MFA_REQUIRED);
        one("post", auth + "/login-2fa", 200, LOGIN_RESULT);
        one("post", auth + "/refresh", 200, TOKEN_PAIR);
        one("post", auth + "/logout", 200, MESSAGE);
        one("get", auth + "/me", 200, USER);
        list("get", auth + "/sessions", SESSION);
        one("delete", auth + "/sessions/{session_id}", 200, MESSAGE);
        one("get", auth + "/check-tokens", 200, TOKEN_INVENTORY);
        one("get", auth + "/session-count", 200, SESSION_COUNT);
        one("post", auth + "/cleanup-expired", 200, REMOVED);
        one("post", auth + "/password", 200, MESSAGE);
        one("post", auth + "/2fa/setup", 200, TWO_FACTOR_SETUP);
        one("post", auth + "/2fa/enable", 200, RECOVERY_CODES);
        one("post", auth + "/2fa/disable", 200, MESSAGE);
        String users = "/api/v1/users";
        page("get", users, USER_SUMMARY);
        one("post", users, 201, USER);
        one("get", users + "/{id}", 200, USER);
        one("patch", users + "/{id}", 200, USER);
        one("post", users + "/{id}/role-assignments", 201, ROLE_ASSIGNMENT);
        one("delete", users + "/{id}/role-assignments/{assignment_id}", 200, MESSAGE);
        list("get", "/api/v1/roles", ROLE);
        one("post", "/api/v1/roles", 201, ROLE);
        String clients = "/api/v1/clients";
        list("get", clients, CLIENT);
        one("post", clients, 201, CLIENT_ISSUED);
        one("get", clients + "/{client}", 200, CLIENT);
        one("patch", clients + "/{client}", 200, CLIENT_ISSUED);
        one("delete", clients + "/{client}", 200, MESSAGE);
        one("post", clients + "/{client}/secret", 200, CLIENT_ISSUED);
        String tasks = "/api/v1/tasks";
        page("get", tasks, TASK);
        one("post", tasks, 201, TASK_DETAIL);
        one("get", tasks + "/{id}", 200, TASK_DETAIL);
        one("patch", tasks + "/{id}", 200, TASK_DETAIL);
        one("post", tasks + "/{id}/members", 201, MEMBER); // 200 when the member was there already
        one("delete", tasks + "/{id}/members/{user_id}", 200, MESSAGE);
        page("get", tasks + "/{id}/messages", CHAT_MESSAGE);
        one("post", tasks + "/{id}/messages", 201, CHAT_MESSAGE);
        list("get", tasks + "/{id}/presence", PRESENT);
        page("get", tasks + "/{id}/activity", ACTIVITY);
        one("post", tasks + "/{id}/notifications", 200, MESSAGE);
    }

    private SuccessSchemas() {}

    static Optional<Answer> of(String method, String path) {
        return Optional.ofNullable(BY_ENDPOINT.get(method.toLowerCase(java.util.Locale.ROOT) + " " + path));
    }

    private static void one(String method, String path, int status, Shape... shapes) {
        BY_ENDPOINT.put(method + " " + path, new Answer(status, false, false, List.of(shapes)));
    }

    private static void list(String method, String path, Shape shape) {
        BY_ENDPOINT.put(method + " " + path, new Answer(200, true, false, List.of(shape)));
    }

    private static void page(String method, String path, Shape shape) {
        BY_ENDPOINT.put(method + " " + path, new Answer(200, true, true, List.of(shape)));
    }
}
