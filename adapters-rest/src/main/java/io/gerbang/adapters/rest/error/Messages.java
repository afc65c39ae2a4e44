package io.gerbang.adapters.rest.error;

import java.util.HashMap;
import java.util.Map;

/**
 * Every human-readable text of the API, in English and Indonesian. Codes never change with language;
 * only these words do.
 */
public final class Messages {

    public enum Language {
        EN,
        ID
    }

    private static final Map<String, String[]> TEXTS = new HashMap<>();

    static {
        // summaries (envelope "message")
        text("summary.400", "Invalid request", "Permintaan tidak valid");
        text("summary.401", "Authentication failed", "Autentikasi gagal");
        text("summary.login_failed", "Login failed", "Login gagal");
        text("summary.refresh_failed", "Token refresh failed", "Pembaruan token gagal");
        text("summary.token_failed", "Token validation failed", "Validasi token gagal");
        text("summary.403", "Access denied", "Akses ditolak");
        text("summary.404", "Not found", "Tidak ditemukan");
        text("summary.405", "Method not allowed", "Metode tidak diizinkan");
        text("summary.409", "Conflict", "Konflik");
        text("summary.406", "Not acceptable", "Format jawaban tidak tersedia");
        text("summary.408", "Request timeout", "Waktu permintaan habis");
        text("summary.414", "URI too long", "URI terlalu panjang");
        text("summary.431", "Request headers too large", "Header permintaan terlalu besar");
        text("summary.429", "Too many requests", "Terlalu banyak permintaan");
        text("summary.500", "Internal error", "Kesalahan internal");
        text("summary.503", "Service unavailable", "Layanan tidak tersedia");
        // details (envelope "error"), one per code
        text("error.BAD_REQUEST", "bad request", "permintaan tidak valid");
        text(
                "error.body_not_json",
                "the request body is not valid JSON of the expected shape",
                "body permintaan bukan JSON yang valid dengan bentuk yang diharapkan");
        text("error.body_too_large", "the request body is larger than 64 KiB", "body permintaan lebih dari 64 KiB");
        text(
                "error.content_type",
                "the request body must be application/json",
                "body permintaan harus application/json");
        text(
                "error.second_factor_elsewhere",
                "two-factor sign-in is not offered by this client",
                "klien ini tidak menyediakan login dua faktor");
        text("error.body_required", "a JSON body is required", "body JSON wajib dikirim");
        text(
                "error.body_not_allowed",
                "a GET, HEAD or DELETE request carries no body",
                "permintaan GET, HEAD atau DELETE tidak membawa body");
        text(
                "error.headers_too_large",
                "the request headers are larger than 8 KiB, or one of them is",
                "header permintaan lebih dari 8 KiB");
        text(
                "error.uri_too_long",
                "the request path and query are longer than 4,096 characters",
                "path dan query permintaan lebih dari 4.096 karakter");
        text(
                "error.body_timeout",
                "the request body did not arrive within 10 seconds",
                "body permintaan tidak tiba dalam 10 detik");
        text(
                "error.bad_header.X-Tenant-ID",
                "X-Tenant-ID must be a positive number",
                "X-Tenant-ID harus berupa angka positif");
        text("error.validation_failed", "validation failed", "validasi gagal");
        text("error.VALIDATION_FAILED", "validation failed", "validasi gagal");
        text("error.INVALID_CREDENTIALS", "invalid credentials", "kredensial tidak valid");
        text(
                "error.INVALID_CLIENT",
                "the client is unknown or did not prove itself",
                "klien tidak dikenal atau tidak dapat membuktikan dirinya");
        text("error.TOKEN_MISSING", "access token is missing", "token akses tidak ada");
        text("error.TOKEN_INVALID", "access token is invalid", "token akses tidak valid");
        text("error.TOKEN_EXPIRED", "access token has expired", "token akses kedaluwarsa");
        text("error.SESSION_REVOKED", "the session has ended", "sesi telah berakhir");
        text(
                "error.REFRESH_TOKEN_INVALID",
                "refresh token is invalid or expired",
                "refresh token tidak valid atau kedaluwarsa");
        text(
                "error.REFRESH_TOKEN_REUSED",
                "refresh token was already used; the session has been ended",
                "refresh token sudah pernah dipakai; sesi telah diakhiri");
        text("error.MFA_CODE_INVALID", "two-factor code is invalid", "kode dua faktor tidak valid");
        text(
                "error.TOKEN_INVALID.mfa_token",
                "the two-factor sign-in is unknown, finished or expired; sign in again",
                "proses masuk dua faktor tidak dikenal, sudah selesai atau kedaluwarsa; silakan masuk lagi");
        text("error.CONFLICT.two_factor_on", "two-factor sign-in is already on", "masuk dua faktor sudah aktif");
        text("error.CONFLICT.two_factor_off", "two-factor sign-in is not on", "masuk dua faktor belum aktif");
        text(
                "error.CONFLICT.two_factor_not_set_up",
                "set up two-factor sign-in first (POST /auth/2fa/setup)",
                "siapkan masuk dua faktor terlebih dahulu (POST /auth/2fa/setup)");
        text("error.ACCOUNT_INACTIVE", "user account is inactive", "akun pengguna tidak aktif");
        text("error.TENANT_FORBIDDEN", "this tenant may not sign in", "tenant tidak diizinkan masuk");
        text(
                "error.TENANT_MISMATCH",
                "X-Tenant-ID does not match the tenant of the token",
                "X-Tenant-ID tidak sesuai dengan tenant token");
        text("error.FORBIDDEN", "you do not have permission for this", "anda tidak memiliki izin untuk ini");
        text("error.NO_ACCESS", "you are not a member of this task", "anda bukan anggota tugas ini");
        text(
                "error.NO_PERMISSION",
                "you may read this task but not comment on it",
                "anda boleh membaca tugas ini tetapi tidak boleh berkomentar");
        text(
                "error.CONFLICT.task_owner",
                "the owner of a task stays its member",
                "pemilik tugas tetap menjadi anggotanya");
        text("error.NOT_FOUND", "resource not found", "sumber daya tidak ditemukan");
        text("error.NOT_FOUND.tenant", "no such tenant", "tenant tidak ditemukan");
        text("error.CONFLICT.tenant_name", "a tenant of that name exists already", "tenant dengan nama itu sudah ada");
        text(
                "error.METHOD_NOT_ALLOWED",
                "method not allowed on this resource",
                "metode tidak diizinkan untuk sumber daya ini");
        text(
                "error.CONFLICT",
                "the resource already exists or changed meanwhile",
                "sumber daya sudah ada atau telah berubah");
        text(
                "error.CONFLICT.last_administrator",
                "the tenant would be left without an administrator (an active user with roles.assign over the company)",
                "tenant akan kehilangan administrator terakhirnya (pengguna aktif dengan roles.assign di tingkat"
                        + " perusahaan)");
        text(
                "error.FORBIDDEN.beyond_own_grant",
                "you may only give roles whose permissions you hold over all of that place",
                "anda hanya boleh memberikan peran yang seluruh izinnya anda miliki di tempat itu");
        text(
                "error.TOO_MANY_REQUESTS",
                "too many requests, try again later",
                "terlalu banyak permintaan, coba lagi nanti");
        text(
                "error.UNAVAILABLE",
                "a backing store is unavailable, try again later",
                "penyimpanan data tidak tersedia, coba lagi nanti");
        text("error.INTERNAL_ERROR", "internal error", "kesalahan internal");
        // field problems
        text(FieldErrors.REQUIRED, "is required", "wajib diisi");
        text(FieldErrors.NOT_ALLOWED, "is not a field of this request", "bukan field permintaan ini");
        text(FieldErrors.WRONG_TYPE, "has the wrong type", "tipe datanya salah");
        text(
                FieldErrors.TOO_SHORT_PASSWORD,
                "must be at least 6 characters and at most 72 bytes",
                "minimal 6 karakter dan maksimal 72 byte");
        text(FieldErrors.TOO_LONG, "is too long", "terlalu panjang");
        text(FieldErrors.INVALID_EMAIL, "must be a valid email address", "harus berupa alamat email yang valid");
        text(FieldErrors.INVALID, "is not valid", "tidak valid");
        text(FieldErrors.ONE_OF_IDENTITY_OR_EMAIL, "give user_identity or email", "isi user_identity atau email");
        text(
                FieldErrors.ONLY_OFF,
                "may only be set to false here; a person turns it on through /auth/2fa",
                "di sini hanya boleh diisi false; pengguna mengaktifkannya sendiri lewat /auth/2fa");
        text(
                FieldErrors.CODE_SHAPE,
                "must be a 6-digit code or a recovery code",
                "harus berupa kode 6 digit atau kode pemulihan");
        text(FieldErrors.TOTP_SHAPE, "must be a 6-digit code", "harus berupa kode 6 digit");
        text(FieldErrors.NOT_A_NUMBER, "must be a positive whole number", "harus berupa bilangan bulat positif");
        text(FieldErrors.LIMIT_RANGE, "must be a whole number from 1 to 100", "harus bilangan bulat 1 sampai 100");
        // successes
        text("ok.login", "Login successful", "Login berhasil");
        text("ok.mfa_required", "Two-factor code required", "Kode dua faktor diperlukan");
        text(
                "ok.2fa_setup",
                "Two-factor secret created; confirm it with a code",
                "Rahasia dua faktor dibuat; konfirmasi dengan kode");
        text("ok.2fa_enabled", "Two-factor sign-in enabled", "Masuk dua faktor diaktifkan");
        text("ok.2fa_disabled", "Two-factor sign-in disabled", "Masuk dua faktor dinonaktifkan");
        text("ok.refresh", "Token successfully refreshed", "Token berhasil diperbarui");
        text("ok.logout", "Logout successful", "Logout berhasil");
        text("ok.me", "User retrieved", "Data pengguna berhasil diambil");
        text("ok.sessions", "Sessions retrieved", "Daftar sesi berhasil diambil");
        text("ok.session_revoked", "Session revoked", "Sesi berhasil dicabut");
        text("ok.check_tokens", "Token check completed", "Pemeriksaan token selesai");
        text("ok.session_count", "Session count retrieved", "Jumlah sesi berhasil diambil");
        text("ok.cleanup", "Expired tokens cleaned up successfully", "Token kedaluwarsa berhasil dibersihkan");
        text("ok.password", "Password changed", "Kata sandi berhasil diubah");
        text("ok.health", "Alive", "Hidup");
        text("ok.users", "Users retrieved", "Daftar pengguna berhasil diambil");
        text("ok.user", "User retrieved", "Data pengguna berhasil diambil");
        text("ok.user_created", "User created", "Pengguna berhasil dibuat");
        text("ok.roles", "Roles retrieved", "Daftar peran berhasil diambil");
        text("ok.role_created", "Role created", "Peran berhasil dibuat");
        text("ok.clients", "Client apps retrieved", "Daftar aplikasi klien berhasil diambil");
        text("ok.client", "Client app retrieved", "Aplikasi klien berhasil diambil");
        text("ok.client_created", "Client app created", "Aplikasi klien berhasil dibuat");
        text("ok.client_changed", "Client app changed", "Aplikasi klien berhasil diubah");
        text("ok.client_deleted", "Client app deleted", "Aplikasi klien berhasil dihapus");
        text("ok.client_secret", "Client secret renewed", "Rahasia aplikasi klien berhasil diperbarui");
        text("ok.user_updated", "User updated", "Pengguna berhasil diperbarui");
        text("ok.role_assigned", "Role assigned", "Peran berhasil diberikan");
        text("ok.role_assignment_removed", "Role assignment removed", "Penugasan peran berhasil dihapus");
        text("ok.tasks", "Tasks retrieved", "Daftar tugas berhasil diambil");
        text("ok.task", "Task retrieved", "Data tugas berhasil diambil");
        text("ok.task_created", "Task created", "Tugas berhasil dibuat");
        text("ok.task_updated", "Task updated", "Tugas berhasil diperbarui");
        text("ok.member_added", "Member added", "Anggota berhasil ditambahkan");
        text("ok.member_updated", "Member updated", "Anggota berhasil diperbarui");
        text("ok.member_removed", "Member removed", "Anggota berhasil dihapus");
        text("ok.messages", "Messages retrieved", "Daftar pesan berhasil diambil");
        text("ok.message_sent", "Message sent", "Pesan berhasil dikirim");
        text("ok.presence", "Presence retrieved", "Daftar kehadiran berhasil diambil");
        text("ok.activity", "Activity retrieved", "Log aktivitas berhasil diambil");
        text("ok.notified", "Notification sent", "Notifikasi berhasil dikirim");
        text("ok.ready", "Ready", "Siap");
    }

    private Messages() {}

    private static void text(String key, String english, String indonesian) {
        TEXTS.put(key, new String[] {english, indonesian});
    }

    /** The key of a refusal's detail (envelope "error"): its code's, or the more telling one of its reason. */
    public static String text(Language language, String key) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            return key;
        }
        return texts[language == Language.ID ? 1 : 0];
    }
}
