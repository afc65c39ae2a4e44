package io.gerbang.domain.access;

/** The permission names the service itself checks. Roles may hold others, for clients to use. */
public final class Permissions {

    public static final String SESSIONS_MANAGE = "auth.sessions.manage";
    public static final String USERS_READ = "users.read";
    public static final String USERS_WRITE = "users.write";
    public static final String ROLES_READ = "roles.read";
    public static final String ROLES_WRITE = "roles.write";
    public static final String ROLES_ASSIGN = "roles.assign";
    public static final String TASKS_READ = "tasks.read";
    public static final String TASKS_WRITE = "tasks.write";
    public static final String TASKS_MANAGE = "tasks.manage";

    private Permissions() {
    }
}
