// Every word of the console in English and Indonesian. The API's own messages come localized from the API
// (Accept-Language), so only the console's words are here.
const TEXTS = {
  en: {
    language: "Language", signOut: "Sign out", signInTitle: "Sign in", identityOrEmail: "Identity number or e-mail",
    password: "Password", tenant: "Tenant", signIn: "Sign in",
    codeNeeded: "Enter the 6-digit code from your authenticator app, or a recovery code.", code: "Code",
    verify: "Verify", profileTitle: "My profile", name: "Name", email: "E-mail", identity: "Identity number",
    twoFactor: "Two-factor sign-in", on: "On", off: "Off", roles: "Roles", permissions: "Permissions",
    menu: "Menu", profile: "Profile", sessionsTitle: "My sessions", sessions: "Sessions", device: "Device",
    address: "IP address", lastUsed: "Last used", actions: "Actions", thisOne: "this session", end: "End",
    endSession: "End the session on {device}", signOutEverywhere: "Sign out everywhere",
    unknownDevice: "Unknown device", noRoles: "No roles yet.", roleAt: "{role} at {place}",
    signedOut: "You are signed out.", sessionEnded: "Session ended.", failed: "Something went wrong; try again.",
    unreachable: "Gerbang cannot be reached; try again.",
    security: "Security", securityTitle: "Password and two-factor", changePassword: "Change my password",
    currentPassword: "Current password", newPassword: "New password (at least 6 characters)",
    passwordChanged: "Password changed. Your other sessions have ended.", turnOn: "Turn on", turnOff: "Turn off",
    twoFactorIsOn: "Two-factor sign-in is on.", twoFactorIsOff: "Two-factor sign-in is off.",
    scanThis: "Scan this code with an authenticator app, or type the key into it, then give the code it shows.",
    key: "Key", qrAlt: "QR code for your authenticator app",
    recoveryOnce: "Your recovery codes, shown this once: keep them somewhere safe. Each signs you in once without your phone.",
    done: "Done", codeToTurnOff: "A code from your app, or a recovery code",
    twoFactorOn: "Two-factor sign-in is now on.", twoFactorOff: "Two-factor sign-in is now off.",
    tasks: "Task rooms", tasksTitle: "My task rooms", noTasks: "No task rooms yet.", here: "Here now",
    older: "Older messages", message: "Message", enterSends: "Enter sends; Shift+Enter starts a new line.",
    send: "Send", readOnly: "You may read this room but not write in it: the task's owner has not let you comment.",
    connected: "Connected.", connecting: "Connecting…", reconnecting: "Connection lost; reconnecting…",
    typing: "{names} is typing…", nobody: "nobody",
    removed: "You are no longer a member of that task room.",
  },
  id: {
    language: "Bahasa", signOut: "Keluar", signInTitle: "Masuk", identityOrEmail: "Nomor identitas atau email",
    password: "Kata sandi", tenant: "Tenant", signIn: "Masuk",
    codeNeeded: "Masukkan kode 6 digit dari aplikasi autentikator, atau kode pemulihan.", code: "Kode",
    verify: "Verifikasi", profileTitle: "Profil saya", name: "Nama", email: "Email", identity: "Nomor identitas",
    twoFactor: "Masuk dua faktor", on: "Aktif", off: "Tidak aktif", roles: "Peran", permissions: "Izin",
    menu: "Menu", profile: "Profil", sessionsTitle: "Sesi saya", sessions: "Sesi", device: "Perangkat",
    address: "Alamat IP", lastUsed: "Terakhir dipakai", actions: "Tindakan", thisOne: "sesi ini", end: "Akhiri",
    endSession: "Akhiri sesi di {device}", signOutEverywhere: "Keluar dari semua perangkat",
    unknownDevice: "Perangkat tidak dikenal", noRoles: "Belum ada peran.", roleAt: "{role} di {place}",
    signedOut: "Anda sudah keluar.", sessionEnded: "Sesi diakhiri.", failed: "Terjadi kesalahan; coba lagi.",
    unreachable: "Gerbang tidak dapat dihubungi; coba lagi.",
    security: "Keamanan", securityTitle: "Kata sandi dan dua faktor", changePassword: "Ubah kata sandi saya",
    currentPassword: "Kata sandi saat ini", newPassword: "Kata sandi baru (minimal 6 karakter)",
    passwordChanged: "Kata sandi diubah. Sesi Anda yang lain telah diakhiri.", turnOn: "Aktifkan",
    turnOff: "Nonaktifkan", twoFactorIsOn: "Masuk dua faktor aktif.", twoFactorIsOff: "Masuk dua faktor tidak aktif.",
    scanThis: "Pindai kode ini dengan aplikasi autentikator, atau ketik kuncinya, lalu masukkan kode yang ditampilkan.",
    key: "Kunci", qrAlt: "Kode QR untuk aplikasi autentikator Anda",
    recoveryOnce: "Kode pemulihan Anda, ditampilkan sekali ini saja: simpan di tempat aman. Masing-masing dapat dipakai sekali untuk masuk tanpa ponsel.",
    done: "Selesai", codeToTurnOff: "Kode dari aplikasi Anda, atau kode pemulihan",
    twoFactorOn: "Masuk dua faktor sekarang aktif.", twoFactorOff: "Masuk dua faktor sekarang tidak aktif.",
    tasks: "Ruang tugas", tasksTitle: "Ruang tugas saya", noTasks: "Belum ada ruang tugas.", here: "Hadir",
    older: "Pesan sebelumnya", message: "Pesan", enterSends: "Enter mengirim; Shift+Enter membuat baris baru.",
    send: "Kirim", readOnly: "Anda boleh membaca ruang ini tetapi tidak boleh menulis: pemilik tugas belum mengizinkan Anda berkomentar.",
    connected: "Terhubung.", connecting: "Menghubungkan…", reconnecting: "Koneksi terputus; menghubungkan kembali…",
    typing: "{names} sedang mengetik…", nobody: "tidak ada",
    removed: "Anda bukan lagi anggota ruang tugas itu.",
  },
};

const CHOSEN = "gerbang.language";

export function language() {
  const chosen = sessionStorage.getItem(CHOSEN);
  if (chosen === "en" || chosen === "id") {
    return chosen;
  }
  return (navigator.language || "en").toLowerCase().startsWith("id") ? "id" : "en";
}

export function choose(code) {
  sessionStorage.setItem(CHOSEN, code);
  apply();
}

/** A word of the console, with {placeholders} filled in. */
export function t(key, values = {}) {
  const text = TEXTS[language()][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

/** Puts the chosen language's words into every element that names one with data-text. */
export function apply() {
  document.documentElement.lang = language();
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = t(element.dataset.text);
  }
}
