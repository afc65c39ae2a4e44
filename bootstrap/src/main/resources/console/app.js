// The console's screens: sign-in (with the second step), my profile, my sessions. Routes are #/profile and
// #/sessions; everything shown is set as text, never as HTML.
import * as api from "./api.js";
import * as rooms from "./room.js";
import { apply, choose, language, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const SCREENS = ["sign-in", "profile", "sessions", "security", "tasks", "room"];
let pendingSecondStep = null;

function show(screen) {
  for (const id of SCREENS) {
    $(id).hidden = id !== screen;
  }
  $("menu").hidden = screen === "sign-in";
  $("sign-out").hidden = screen === "sign-in";
  const section = screen === "room" ? "tasks" : screen;
  for (const link of $("menu").querySelectorAll("a")) {
    if (link.hash === `#/${section}`) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  const heading = $(screen).querySelector("h1");
  heading.tabIndex = -1;
  heading.focus();
}

let noticeOutlivesNavigation = false;

/** Says something above the screen; it is cleared by the next navigation unless it says where that leads. */
function notice(message, { acrossNavigation = false } = {}) {
  $("notice").textContent = message ?? "";
  $("notice").hidden = !message;
  noticeOutlivesNavigation = acrossNavigation;
}

function element(tag, text, attributes = {}) {
  const made = document.createElement(tag);
  if (text !== undefined) {
    made.textContent = text;
  }
  for (const [name, value] of Object.entries(attributes)) {
    made.setAttribute(name, value);
  }
  return made;
}

function buildMenu() {
  const menu = $("menu");
  menu.replaceChildren(element("a", t("profile"), { href: "#/profile" }),
    element("a", t("tasks"), { href: "#/tasks" }), element("a", t("sessions"), { href: "#/sessions" }),
    element("a", t("security"), { href: "#/security" }));
}

function place(role) {
  return [role.company_name, role.branch_name, role.unit_name].filter(Boolean).join(" › ");
}

async function showProfile() {
  const user = await api.call("GET", "/auth/me");
  $("profile-name").textContent = user.name;
  $("profile-email").textContent = user.email;
  $("profile-identity").textContent = user.user_identity;
  $("profile-tenant").textContent = user.tenant.name;
  $("profile-two-factor").textContent = user.two_factor_enabled ? t("on") : t("off");
  const roles = user.role_assignments.map((role) =>
    element("li", t("roleAt", { role: role.role_name, place: place(role) })));
  $("profile-roles").replaceChildren(...(roles.length ? roles : [element("li", t("noRoles"))]));
  $("profile-permissions").replaceChildren(...user.permissions.slice().sort().map((name) => element("li", name)));
  const groups = Object.entries(user.modules || {}).map(([group, entries]) => {
    const list = element("ul");
    for (const [name, path, , description] of entries) {
      const item = element("li");
      item.append(element("a", name, { href: path, title: description || name }));
      list.append(item);
    }
    const section = element("li", group);
    section.append(list);
    return section;
  });
  $("profile-modules").replaceChildren(...groups);
  show("profile");
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString(language() === "id" ? "id-ID" : "en-GB") : "";
}

async function showSessions() {
  const sessions = await api.call("GET", "/auth/sessions");
  const rows = sessions.map((session) => {
    const row = element("tr", undefined, { "data-session": session.session_id });
    const device = element("td", session.user_agent || t("unknownDevice"));
    if (session.current) {
      device.append(element("br"), element("span", t("thisOne"), { class: "this-one" }));
    }
    const action = element("td");
    if (!session.current) {
      const end = element("button", t("end"), { type: "button", class: "quiet",
        "aria-label": t("endSession", { device: session.user_agent || t("unknownDevice") }) });
      end.addEventListener("click", () => run(async () => {
        await api.call("DELETE", `/auth/sessions/${encodeURIComponent(session.session_id)}`);
        notice(t("sessionEnded"));
        await showSessions();
      }));
      action.append(end);
    }
    row.append(device, element("td", session.ip || ""), element("td", when(session.last_used_at)), action);
    return row;
  });
  $("session-rows").replaceChildren(...rows);
  show("sessions");
}

/** Password and two-factor: the form for each, as the person's two-factor stands now. */
async function showSecurity() {
  const user = await api.call("GET", "/auth/me");
  $("two-factor-state").textContent = user.two_factor_enabled ? t("twoFactorIsOn") : t("twoFactorIsOff");
  $("two-factor-start").hidden = user.two_factor_enabled;
  $("two-factor-disable-form").hidden = !user.two_factor_enabled;
  $("two-factor-setup").hidden = true;
  $("recovery").hidden = true;
  show("security");
}

async function showTasks() {
  const tasks = await api.page("/tasks?limit=100");
  const items = tasks.items.map((task) => {
    const item = element("li");
    item.append(element("a", task.title, { href: `#/tasks/${task.id}` }));
    return item;
  });
  $("task-list").replaceChildren(...(items.length ? items : [element("li", t("noTasks"))]));
  show("tasks");
}

/** Shows the screen of an address: at once when already there, else through the hashchange it causes. */
async function go(hash) {
  if (location.hash === hash) {
    await route();
  } else {
    location.hash = hash;
  }
}

async function route() {
  const inRoom = /^#\/tasks\/(\d+)$/.exec(location.hash);
  if (!inRoom || !api.signedIn()) {
    rooms.close();
  }
  if (!api.signedIn()) {
    $("code-form").hidden = pendingSecondStep === null;
    $("sign-in-form").hidden = pendingSecondStep !== null;
    show("sign-in");
    return;
  }
  buildMenu();
  if (location.hash === "#/sessions") {
    await showSessions();
  } else if (location.hash === "#/security") {
    await showSecurity();
  } else if (location.hash === "#/tasks") {
    await showTasks();
  } else if (inRoom) {
    await rooms.open(Number(inRoom[1]), notice);
    show("room");
  } else {
    await showProfile();
  }
}

/** Runs an action; a refusal shows the API's own words, a network failure ours. */
async function run(action) {
  try {
    await action();
  } catch (failed) {
    notice(failed instanceof api.Refused ? failed.message : t("unreachable"));
    if (!api.signedIn() && $("sign-in").hidden) {
      await route(); // the session ended under a signed-in screen
    }
  }
}

function wire() {
  $("language").value = language();
  $("language").addEventListener("change", () => {
    choose($("language").value);
    run(route);
  });
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run(async () => {
      const tenantId = $("tenant").value.trim();
      const answer = await api.logIn($("login").value.trim(), $("password").value, tenantId);
      $("password").value = "";
      notice("");
      if (answer.mfa_required) {
        pendingSecondStep = { token: answer.mfa_token, tenantId };
        $("sign-in-form").hidden = true;
        $("code-form").hidden = false;
        $("code").focus();
        return;
      }
      await go("#/profile");
    });
  });
  $("code-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run(async () => {
      try {
        await api.logInWithCode(pendingSecondStep.token, $("code").value.trim(), pendingSecondStep.tenantId);
      } catch (refused) {
        if (refused instanceof api.Refused && refused.code === "TOKEN_INVALID") {
          // the second step expired or was used up: back to the first
          pendingSecondStep = null;
          $("code-form").hidden = true;
          $("sign-in-form").hidden = false;
        }
        throw refused;
      }
      $("code").value = "";
      pendingSecondStep = null;
      notice("");
      await go("#/profile");
    });
  });
  $("sign-out").addEventListener("click", () => run(async () => {
    await api.logOut();
    notice(t("signedOut"));
    await route();
  }));
  $("sign-out-everywhere").addEventListener("click", () => run(async () => {
    await api.logOutEverywhere();
    notice(t("signedOut"));
    await route();
  }));
  $("password-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run(async () => {
      await api.call("POST", "/auth/password", {
        current_password: $("current-password").value, new_password: $("new-password").value });
      $("current-password").value = "";
      $("new-password").value = "";
      notice(t("passwordChanged"));
    });
  });
  $("two-factor-start").addEventListener("click", () => run(async () => {
    const setup = await api.call("POST", "/auth/2fa/setup", {});
    $("two-factor-qr").src = setup.qr_code;
    $("two-factor-qr").alt = t("qrAlt");
    $("two-factor-secret").textContent = setup.secret;
    $("two-factor-start").hidden = true;
    $("two-factor-setup").hidden = false;
    $("two-factor-enable-code").focus();
  }));
  $("two-factor-enable-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run(async () => {
      const enabled = await api.call("POST", "/auth/2fa/enable", { code: $("two-factor-enable-code").value.trim() });
      $("two-factor-enable-code").value = "";
      $("two-factor-secret").textContent = "";
      $("two-factor-qr").removeAttribute("src");
      $("two-factor-setup").hidden = true;
      $("recovery-codes").replaceChildren(...enabled.recovery_codes.map((code) => element("li", code)));
      $("recovery").hidden = false;
      $("two-factor-state").textContent = t("twoFactorIsOn");
      notice(t("twoFactorOn"));
      $("recovery-done").focus();
    });
  });
  $("recovery-done").addEventListener("click", () => run(async () => {
    $("recovery-codes").replaceChildren(); // shown once: gone from the page too
    await showSecurity();
  }));
  $("two-factor-disable-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run(async () => {
      await api.call("POST", "/auth/2fa/disable", { code: $("two-factor-disable-code").value.trim() });
      $("two-factor-disable-code").value = "";
      notice(t("twoFactorOff"));
      await showSecurity();
    });
  });
  rooms.wire(run);
  window.addEventListener("hashchange", () => {
    if (!noticeOutlivesNavigation) {
      notice("");
    }
    noticeOutlivesNavigation = false;
    run(route);
  });
  api.whenEnded((message) => {
    notice(message);
    run(route);
  });
}

apply();
wire();
api.scheduleRefresh();
run(route);
