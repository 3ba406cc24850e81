// The sandbox control page: act as the agent through the control API and watch the state
// arrive over Server-Sent Events (GET /control/stream). No polling, no libraries.
"use strict";

const $ = (id) => document.getElementById(id);
let lastVersionSeen = -1;
let newestEventTime = null;
let current = null;
let clockOffset = null; // sandbox clock minus this browser's clock, in seconds

// ---- talking to the sandbox -------------------------------------------------------------

async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      let reason = `${response.status} ${response.statusText}`;
      try { reason = (await response.json()).error || reason; } catch (_) { /* not JSON */ }
      say(`Not done: ${reason}`);
      return null;
    }
    clearMessage();
    return await response.json();
  } catch (error) {
    say(`The sandbox did not answer (${error.message}). Is it still running?`);
    return null;
  }
}

function say(text, ok = false) {
  const box = $("message");
  box.textContent = text;
  box.classList.toggle("is-ok", ok);
  box.hidden = false;
}

function clearMessage() { $("message").hidden = true; }

function initialData() {
  // The page is served with the state and status lists, so it is drawn before the stream opens.
  try {
    return JSON.parse($("initial-data").textContent);
  } catch (_) {
    return null; // opened from a file or a cache: the stream and /control/statuses fill it in
  }
}

async function loadStatuses() {
  const response = await fetch("/control/statuses");
  if (!response.ok) { say("Could not read the orgs' status lists from the sandbox."); return; }
  showStatuses(await response.json());
}

function showStatuses(lists) {
  const presences = $("g-presence-select");
  presences.replaceChildren(...(lists.genesys?.presences || [])
    .filter((p) => !p.deactivated)
    .map((p) => option(p.id, p.primary ? p.label : `${p.label} (${p.systemPresence})`)));
  const statuses = $("s-status-select");
  statuses.replaceChildren(
    ...(lists.salesforce?.statuses || []).map((s) =>
      option(s.id, `${s.label} (${s.routable ? "routable" : "not routable"})`)),
    option("Offline", "Offline (logged out of Omni)"),
  );
}

function option(value, text) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = text;
  return element;
}

function listen() {
  const source = new EventSource("/control/stream");
  source.addEventListener("open", () => live(true, "Live"));
  source.addEventListener("error", () => live(false, "Reconnecting to the sandbox…"));
  source.addEventListener("state", (message) => {
    live(true, "Live");
    const version = Number(message.lastEventId);
    if (version < lastVersionSeen) newestEventTime = null; // the sandbox restarted
    lastVersionSeen = version;
    render(JSON.parse(message.data));
  });
}

function live(ok, text) {
  $("live").classList.toggle("is-live", ok);
  $("live").classList.toggle("is-down", !ok);
  $("live-text").textContent = text;
}

// ---- drawing the state ------------------------------------------------------------------

function render(state) {
  current = state;
  const focusKey = document.activeElement?.dataset?.key;
  clockOffset = state.clock - Date.now() / 1000;
  showClock();
  if (state.genesys) renderGenesys(state.genesys);
  if (state.salesforce) renderSalesforce(state.salesforce);
  renderEvents(state.events || []);
  if (focusKey) document.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
}

// A picker follows the live state until the person changes it, and again once they submit.
const edited = new Set();

function follow(select, value) {
  if (!edited.has(select.id) && [...select.options].some((o) => o.value === value)) select.value = value;
}

function renderGenesys(g) {
  follow($("g-presence-select"), g.presence.id);
  const sp = g.presence.systemPresence;
  badge($("g-presence"), g.presence.label + (g.presence.label === sp ? "" : ` · ${sp}`),
    { "On Queue": "ok", Available: "ok", Offline: "off", Busy: "busy", Meeting: "busy" }[sp] || "wait");
  badge($("g-routing"), g.routingStatus,
    { IDLE: "ok", INTERACTING: "info", NOT_RESPONDING: "busy", OFF_QUEUE: "off" }[g.routingStatus] || "wait");
  const connected = (g.channels || []).filter((c) => c.connected).length;
  $("g-app").textContent = g.activeTokens
    ? `signed in, ${connected ? `${connected} live socket${connected > 1 ? "s" : ""}` : "no live socket"}`
    : "not signed in";
  const rows = g.interactions.map((i) => {
    const actions = {
      alerting: [["Answer", "answer"]],
      connected: [["End", "end"]],
      acw: [["Finish wrap-up", "finish-wrapup"]],
    }[i.state] || [];
    const label = { alerting: "ringing (alerting)", connected: "connected", acw: "after-call work" }[i.state] || i.state;
    return row([
      text(i.media),
      badgeCell(label, { alerting: "wait", connected: "info", acw: "busy" }[i.state]),
      // Keyed by row and position, so focus stays on the row as its next action appears.
      actionsCell(actions.map(([name, action], n) => button(name, `g-${i.id}-${n}`,
        () => post("/control/genesys/interaction", { action, media: i.media, id: i.id }),
        `${name} the ${i.media}`))),
    ]);
  });
  fill($("g-interactions"), rows, 3, "No interactions. Go On Queue, then offer one.");
}

function renderSalesforce(s) {
  const open = s.console === "open";
  follow($("s-status-select"), s.omni ? s.omni.id : "Offline");
  badge($("s-console"), open ? "open" : "closed", open ? "ok" : "off");
  $("s-console-toggle").textContent = open ? "Close console" : "Open console";
  $("s-console-crash").disabled = !open;
  if (s.omni) {
    badge($("s-omni"), `${s.omni.label} · ${s.omni.routable ? "routable" : "not routable"}`,
      s.omni.routable ? "ok" : "busy");
  } else {
    badge($("s-omni"), "Offline", "off");
  }
  $("s-app").textContent = s.sessions
    ? `signed in, ${s.cometdClients ? "streaming" : "not streaming"}`
    : "not signed in";
  const link = s.link || {};
  $("s-link").textContent = link.toDesktop === null && link.toConsole === null
    ? "no link record yet"
    : `last ack ${link.lastAck ?? "none"}${link.linkDelay ? `, slow: ${link.linkDelay} s per command` : ""}`;
  $("s-link").title = `To_Console__c: ${link.toConsole ?? "(empty)"}\nTo_Desktop__c: ${link.toDesktop ?? "(empty)"}`;
  const routes = { direct: "direct, on this computer", dialing: "dialing the app…",
    record: "through the Salesforce record", standby: "another tab has it" };
  $("s-route").textContent = open
    ? `${routes[link.transport] || "–"}${link.fallbackWhy ? `: ${link.fallbackWhy}` : ""}`
    : "–";
  $("s-direct-toggle").textContent = link.directAllowed ? "Refuse direct link" : "Allow direct link";
  const order = { Assigned: 0, Opened: 1 };
  const work = [...s.work].sort((a, b) => (order[a.status] ?? 2) - (order[b.status] ?? 2)).slice(0, 8);
  const rows = work.map((w) => {
    const actions = {
      Assigned: [["Accept", "accept"], ["Decline", "decline"]],
      Opened: [["Close", "close"]],
    }[w.status] || [];
    return row([
      text(`${w.channel} (${w.weight} unit${w.weight === 1 ? "" : "s"}), ${w.external ? "external routing" : "Omni routing"} `,
        [span(`…${w.id.slice(-6)}`, "mono work-id", `AgentWork ${w.id}`)]),
      badgeCell(w.status, { Assigned: "wait", Opened: "info", Closed: "off" }[w.status] || "busy"),
      actionsCell(actions.map(([name, action], n) => button(name, `s-${w.id}-${n}`,
        () => post("/control/salesforce/work", { action, id: w.id }), `${name} ${w.channel} work ${w.id}`))),
    ]);
  });
  fill($("s-work"), rows, 3, open ? "No work. Pick a routable status, then push some." : "The console is closed.");
}

function renderEvents(events) {
  const onlyApp = $("only-app").checked;
  const previousNewest = newestEventTime;
  newestEventTime = events.length ? events[events.length - 1].t : null;
  const items = [...events].reverse()
    .filter((e) => !onlyApp || e.by === "app")
    .map((e) => {
      const li = document.createElement("li");
      li.className = `from-${e.by}` + (previousNewest !== null && e.t > previousNewest ? " is-new" : "");
      const time = document.createElement("time");
      time.dateTime = new Date(e.t * 1000).toISOString();
      time.textContent = clockText(e.t, false);
      const by = span(e.by === "app" ? "App" : e.by === "agent" ? "Agent" : "System", `by by-${e.by}`);
      const what = span("", "what");
      what.append(span(e.product, `prod prod-${e.product}`), document.createTextNode(e.what));
      li.append(time, by, what);
      return li;
    });
  if (!items.length) {
    const li = document.createElement("li");
    li.textContent = onlyApp ? "The app has not written anything yet." : "Nothing has happened yet.";
    items.push(li);
  }
  $("events").replaceChildren(...items);
}

function showClock() {
  // Ticks locally between states: the sandbox clock runs at real speed unless moved on.
  if (clockOffset !== null) $("clock").textContent = clockText(Date.now() / 1000 + clockOffset, true);
}

// ---- small DOM helpers ------------------------------------------------------------------

function badge(element, label, tone) {
  element.textContent = label;
  element.className = `badge ${tone || "off"}`;
}

function span(content, className, title) {
  const element = document.createElement("span");
  element.textContent = content;
  if (className) element.className = className;
  if (title) element.title = title;
  return element;
}

function text(content, extra = []) {
  const cell = document.createElement("td");
  cell.append(document.createTextNode(content), ...extra);
  return cell;
}

function badgeCell(label, tone) {
  const cell = document.createElement("td");
  const element = span("", "");
  badge(element, label, tone);
  cell.append(element);
  return cell;
}

function actionsCell(buttons) {
  const cell = document.createElement("td");
  cell.append(...buttons);
  return cell;
}

function button(label, key, onClick, accessibleName) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.dataset.key = key;
  if (accessibleName) element.setAttribute("aria-label", accessibleName);
  element.addEventListener("click", onClick);
  return element;
}

function row(cells) {
  const tr = document.createElement("tr");
  tr.append(...cells);
  return tr;
}

function fill(tbody, rows, columns, emptyText) {
  if (!rows.length) {
    const tr = document.createElement("tr");
    tr.className = "empty";
    const td = document.createElement("td");
    td.colSpan = columns;
    td.textContent = emptyText;
    tr.append(td);
    rows = [tr];
  }
  tbody.replaceChildren(...rows);
}

function clockText(epochSeconds, withDate) {
  const date = new Date(epochSeconds * 1000);
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  return withDate ? `${date.toLocaleDateString()} ${time}` : time;
}

// ---- wiring the controls ----------------------------------------------------------------

function wire() {
  for (const id of ["g-presence-select", "s-status-select"]) {
    $(id).addEventListener("change", () => edited.add(id));
    $(id).form.addEventListener("submit", () => edited.delete(id));
  }
  $("g-presence-form").addEventListener("submit", (event) => {
    event.preventDefault();
    post("/control/genesys/presence", { presence: $("g-presence-select").value });
  });
  document.querySelectorAll("[data-offer]").forEach((element) => element.addEventListener("click",
    () => post("/control/genesys/interaction", { action: "offer", media: element.dataset.offer })));
  $("s-console-toggle").addEventListener("click", () =>
    post("/control/salesforce/console", { open: current?.salesforce?.console !== "open" }));
  $("s-console-crash").addEventListener("click", () =>
    post("/control/salesforce/console", { open: false, goodbye: false }));
  $("s-direct-toggle").addEventListener("click", () =>
    post("/control/salesforce/direct", { allowed: !current?.salesforce?.link?.directAllowed }));
  $("s-status-form").addEventListener("submit", (event) => {
    event.preventDefault();
    post("/control/salesforce/status", { status: $("s-status-select").value });
  });
  document.querySelectorAll("[data-logout]").forEach((element) => element.addEventListener("click",
    () => post("/control/salesforce/status", { status: "Offline", by: element.dataset.logout })));
  $("s-push-form").addEventListener("submit", (event) => {
    event.preventDefault();
    post("/control/salesforce/work", {
      action: "push", channel: $("s-push-channel").value, external: $("s-push-external").checked,
      weight: Number($("s-push-weight").value) || 1,
    });
  });
  document.querySelectorAll("[data-fault]").forEach((element) => element.addEventListener("click",
    async () => {
      if (await post("/control/faults", JSON.parse(element.dataset.fault))) {
        say(`Fault applied: ${element.textContent}.`, true);
      }
    }));
  $("advance-clock").addEventListener("click", async () => {
    if (await post("/control/clock", { advance: 3600 })) say("The sandbox clock moved one hour on.", true);
  });
  $("reset").addEventListener("click", () => {
    if (window.confirm("Reset both fake clouds to their initial state? Sessions and events are dropped.")) {
      post("/control/reset", {});
    }
  });
  $("only-app").addEventListener("change", () => current && renderEvents(current.events || []));
}

window.addEventListener("error", (event) => say(`The page hit a bug: ${event.message}. Reload it.`));
wire();
setInterval(showClock, 1000);
const initial = initialData();
if (initial?.statuses && initial?.state) {
  showStatuses(initial.statuses);
  render(initial.state);
  listen();
} else {
  loadStatuses().finally(listen);
}
