package io.gerbang.domain.access;

/** The permissions the service itself checks. Roles may hold others, for clients to use. */
public final class Permissions {

    public static final Permission SESSIONS_MANAGE = new Permission("auth.sessions.manage");
    public static final Permission USERS_READ = new Permission("users.read");
    public static final Permission USERS_WRITE = new Permission("users.write");
    public static final Permission ROLES_READ = new Permission("roles.read");
    public static final Permission ROLES_WRITE = new Permission("roles.write");
    public static final Permission ROLES_ASSIGN = new Permission("roles.assign");
    public static final Permission TASKS_READ = new Permission("tasks.read");
    public static final Permission TASKS_WRITE = new Permission("tasks.write");
    public static final Permission TASKS_MANAGE = new Permission("tasks.manage");
    /** The client apps of the tenant; held at company level (a client serves the whole tenant). */
    public static final Permission CLIENTS_MANAGE = new Permission("clients.manage");

    private Permissions() {}
}
