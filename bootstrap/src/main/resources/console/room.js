// One task room: its history (newest page first, older pages on demand), and /ws for what happens live —
// messages, who is here, who is typing. A lost connection is retried with a growing pause; once back, the room
// joins again and catches up from history. Messages are kept by id, so none shows twice.
import * as api from "./api.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const HISTORY = 50;
let room = null;

class Room {
  constructor(taskId, notice) {
    this.taskId = taskId;
    this.notice = notice;
    this.shown = new Map(); // message id -> its list item
    this.present = new Map(); // user id -> name
    this.typers = new Map(); // user id -> name
    this.pending = new Set(); // refs of messages sent and not yet answered
    this.refs = 0;
    this.older = null;
    this.retry = 1000;
    this.typing = false;
    this.stopped = false;
  }

  async start() {
    const task = await api.call("GET", `/tasks/${this.taskId}`);
    $("room-title").textContent = task.title;
    const me = task.members.find((member) => member.user_id === api.userId());
    this.mayWrite(Boolean(me?.can_comment));
    $("room-messages").replaceChildren();
    $("room-typing").textContent = "";
    $("room-present").textContent = "";
    const newest = await api.page(`/tasks/${this.taskId}/messages?limit=${HISTORY}`);
    newest.items.forEach((message) => this.add(message));
    this.setOlder(newest.next);
    this.unsubscribe = api.whenRefreshed((token) => this.send({ type: "auth", token }));
    this.connect(false);
  }

  setOlder(cursor) {
    this.older = cursor;
    $("room-older").hidden = !cursor;
  }

  async loadOlder() {
    if (!this.older) {
      return;
    }
    const page = await api.page(`/tasks/${this.taskId}/messages?limit=${HISTORY}&cursor=${encodeURIComponent(this.older)}`);
    page.items.forEach((message) => this.add(message, false));
    this.setOlder(page.next);
  }

  connect(again) {
    $("room-status").textContent = again ? t("reconnecting") : t("connecting");
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws`, ["bearer", api.accessToken()]);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 1000;
      $("room-status").textContent = t("connected");
      this.send({ type: "join_task", task_id: this.taskId, ref: ++this.refs });
      if (again) {
        this.catchUp().catch(() => {});
      }
    };
    socket.onmessage = (event) => this.hear(JSON.parse(event.data));
    socket.onclose = (event) => {
      if (this.stopped || socket !== this.socket) {
        return;
      }
      if (event.code === 4409) {
        // the session ended while connected: the API says so in its words, and the console goes to sign-in
        api.call("GET", "/auth/me").catch(() => {});
        return;
      }
      const wait = this.retry;
      this.retry = Math.min(this.retry * 2, 10_000);
      $("room-status").textContent = t("reconnecting");
      this.timer = setTimeout(async () => {
        if (event.code === 4401) {
          await api.refresh().catch(() => false);
        }
        if (!this.stopped && api.signedIn()) {
          this.connect(true);
        }
      }, wait);
    };
  }

  /** What was said while the connection was down: the newest page, each message once. */
  async catchUp() {
    const newest = await api.page(`/tasks/${this.taskId}/messages?limit=${HISTORY}`);
    newest.items.forEach((message) => this.add(message));
  }

  send(frame) {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  hear(frame) {
    switch (frame.type) {
      case "presence":
        this.present = new Map(frame.users.map((user) => [user.user_id, user.user_name]));
        this.showPresent();
        break;
      case "user_joined":
        this.present.set(frame.user_id, frame.user_name);
        this.showPresent();
        break;
      case "user_left":
        this.present.delete(frame.user_id);
        this.typers.delete(frame.user_id);
        this.showPresent();
        this.showTypers();
        break;
      case "new_message":
        this.typers.delete(frame.message.user_id);
        this.showTypers();
        this.add(frame.message);
        break;
      case "user_typing":
        if (frame.user_id !== api.userId()) {
          this.typers.set(frame.user_id, frame.user_name);
          this.showTypers();
        }
        break;
      case "user_stopped_typing":
        this.typers.delete(frame.user_id);
        this.showTypers();
        break;
      case "ack":
        if (this.pending.has(frame.ref)) {
          this.pending.delete(frame.ref);
          $("room-input").value = "";
        }
        break;
      case "error":
        this.pending.delete(frame.ref);
        this.notice(frame.message);
        break;
      case "task_updated":
        $("room-title").textContent = frame.title;
        break;
      case "task_notification":
        this.notice(frame.message);
        break;
      case "member_changed":
        if (frame.user_id === api.userId()) {
          this.changedMe(frame);
        }
        break;
      default:
        break;
    }
  }

  /** The owner changed what this person may do here: the composer follows; taken out, the room closes. */
  changedMe(frame) {
    if (frame.change === "removed") {
      this.stop();
      this.notice(t("removed"), { acrossNavigation: true });
      location.hash = "#/tasks";
      return;
    }
    this.mayWrite(frame.can_comment);
  }

  mayWrite(allowed) {
    $("room-form").hidden = !allowed;
    $("room-read-only").hidden = allowed;
  }

  showPresent() {
    $("room-present").textContent = [...this.present.values()].join(", ") || t("nobody");
  }

  showTypers() {
    const names = [...this.typers.values()];
    $("room-typing").textContent = names.length ? t("typing", { names: names.join(", ") }) : "";
  }

  /** Puts a message in id order, once. */
  add(message, follow = true) {
    if (this.shown.has(message.id)) {
      return;
    }
    const item = document.createElement("li");
    item.dataset.id = message.id;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = message.user_name;
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = message.message;
    const when = document.createElement("time");
    when.dateTime = message.created_at;
    when.textContent = new Date(message.created_at).toLocaleTimeString();
    item.append(who, text, when);
    const list = $("room-messages");
    const after = [...list.children].find((other) => Number(other.dataset.id) > message.id);
    list.insertBefore(item, after ?? null);
    this.shown.set(message.id, item);
    if (follow && !after) {
      list.scrollTop = list.scrollHeight;
    }
  }

  post() {
    const text = $("room-input").value;
    if (!text.trim()) {
      return;
    }
    const ref = ++this.refs;
    this.pending.add(ref);
    if (!this.send({ type: "send_message", task_id: this.taskId, message: text, ref })) {
      this.pending.delete(ref);
      this.notice(t("reconnecting"));
      return;
    }
    this.stopTyping();
  }

  typed() {
    if (!this.typing && this.send({ type: "typing_start", task_id: this.taskId })) {
      this.typing = true;
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), 3000);
  }

  stopTyping() {
    clearTimeout(this.typingTimer);
    if (this.typing) {
      this.typing = false;
      this.send({ type: "typing_stop", task_id: this.taskId });
    }
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.typingTimer);
    this.unsubscribe?.();
    this.socket?.close(1000);
  }
}

export async function open(taskId, notice) {
  close();
  room = new Room(taskId, notice);
  await room.start();
}

export function close() {
  room?.stop();
  room = null;
}

/** The room screen's controls, wired once: they act on whichever room is open. */
export function wire(run) {
  $("room-form").addEventListener("submit", (event) => {
    event.preventDefault();
    room?.post();
  });
  $("room-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      room?.post();
    }
  });
  $("room-input").addEventListener("input", () => room?.typed());
  $("room-older").addEventListener("click", () => run(() => room?.loadOlder()));
}
