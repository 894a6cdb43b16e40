// The live views' one script: follows a room's state documents over the WebSocket and shows them.
// The displayed second is computed here from remaining_ms at sent_at and this page's monotonic
// clock (performance.now), so it flips on time between documents. No framework, no network but
// the page's own server.
"use strict";

(() => {
  const STALE_MS = 12000; // the server sends at least every 10 s (the app: every 5 s)
  const MAX_BACKOFF_MS = 30000;
  const REVOKED = 4403;
  const SKEW_WINDOW_MS = 60000;
  const WARNING_S = 120, DANGER_S = 30, WARNING_SHARE = 0.2, DANGER_SHARE = 0.1;

  const view = document.body.dataset.view;
  const token = new URLSearchParams(location.search).get("token") || "";
  const $ = (id) => document.getElementById(id);
  const now = () => performance.timeOrigin + performance.now(); // monotonic, in epoch milliseconds

  let doc = null;
  let anchor = 0; // this page's time (now()) at which doc.remaining_ms held
  let skews = []; // [{at, skew}]: this page's clock minus the host's, plus the transit time
  let lastUpdate = 0;
  let connected = false, revoked = false, retries = 0, timer = 0;
  window.__flips = []; // [text, time]: read by the benchmark and the tests

  // -- connection ------------------------------------------------------------------------------
  function connect() {
    const socket = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}`);
    socket.onopen = () => { connected = true; render(); };
    socket.onmessage = (event) => { retries = 0; receive(JSON.parse(event.data)); };
    socket.onclose = (event) => {
      connected = false;
      if (event.code === REVOKED) { revoked = true; render(); return; }
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** retries) * (0.8 + 0.4 * Math.random());
      retries += 1;
      setTimeout(connect, delay);
      render();
    };
  }

  function receive(next) {
    const arrived = now();
    const sent = Date.parse(next.sent_at);
    const skew = arrived - sent;
    skews = skews.filter((s) => arrived - s.at < SKEW_WINDOW_MS);
    // A message that took longer than the quickest recent one would start the count late: anchor
    // at the quickest transit seen; a jump of the host's clock (NTP) starts the window afresh.
    const best = Math.min(...skews.map((s) => s.skew));
    if (!skews.length || skew < best || skew - best > 1000) skews = [];
    skews.push({ at: arrived, skew });
    anchor = sent + Math.min(...skews.map((s) => s.skew));
    doc = next;
    lastUpdate = arrived;
    render();
  }

  // -- time ------------------------------------------------------------------------------------
  function counting() {
    return doc && doc.status === "running";
  }

  function remainingNow(ms) {
    return counting() ? ms - (now() - anchor) : ms;
  }

  function countdownText(ms) {
    if (ms >= 0) return duration(Math.ceil(ms / 1000 - 1e-9));
    return "+" + duration(Math.floor(-ms / 1000 + 1e-9));
  }

  function duration(total) {
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    const two = (n) => String(n).padStart(2, "0");
    return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  }

  function msToNextFlip(ms) {
    if (ms > 0) return ms - (Math.ceil(ms / 1000 - 1e-9) - 1) * 1000;
    return (Math.floor(-ms / 1000 + 1e-9) + 1) * 1000 + ms;
  }

  function level(remainingS, allowedS, paused) {
    if (remainingS === null) return "idle";
    if (paused) return "paused";
    if (remainingS < 0) return "overtime";
    let warning = WARNING_S, danger = DANGER_S;
    if (allowedS) { warning = Math.min(warning, allowedS * WARNING_SHARE); danger = Math.min(danger, allowedS * DANGER_SHARE); }
    if (remainingS <= danger) return "danger";
    return remainingS <= warning ? "warning" : "normal";
  }

  function clock(iso, zone) {
    if (!iso) return "–";
    const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    if (zone) options.timeZone = zone;
    return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
  }

  function wallClock(zone, at) {
    const options = { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" };
    if (zone) options.timeZone = zone;
    return new Intl.DateTimeFormat(undefined, options).format(new Date(at));
  }

  function bestSkew() {
    return skews.length ? Math.min(...skews.map((s) => s.skew)) : 0;
  }

  function minutes(seconds) {
    const whole = Math.round(Math.abs(seconds));
    if (whole < 60) return `${whole} s`;
    const m = Math.floor(whole / 60);
    if (m < 60) return `${m} min`;
    return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 60)} h`;
  }

  // -- what the page shows -------------------------------------------------------------------
  function show(id, text) {
    const element = $(id);
    if (element && element.textContent !== text) element.textContent = text;
    return element;
  }

  function visible(id, text) {
    const element = show(id, text || "");
    if (element) element.hidden = !text;
  }

  // The countdown of the view: the speaker's turn on the speaker's page where the turn is timed.
  function face() {
    if (!doc || !doc.segment) return { ms: null, allowed: null };
    const turn = doc.speaker;
    if (view === "speaker" && turn && turn.remaining_ms !== null) return { ms: turn.remaining_ms, allowed: turn.limit_ms };
    return { ms: doc.remaining_ms, allowed: doc.segment.allowed_ms };
  }

  function renderFace() {
    const { ms, allowed } = face();
    const element = $("face");
    let text = "–:––", caption = "", left = null;
    if (ms !== null) {
      left = remainingNow(ms);
      text = countdownText(left);
      caption = doc.status === "paused" ? "PAUSED" : left < 0 ? "OVERTIME" : "";
    } else if (doc) {
      caption = doc.status === "ended" ? "Day over" : "Waiting to start";
    }
    const shown = show("countdown", text);
    if (shown && window.__flips.length < 5000 && window.__flips.at(-1)?.[0] !== text) window.__flips.push([text, now()]);
    visible("caption", caption);
    element.dataset.level = level(left === null ? null : left / 1000, allowed && allowed / 1000, doc && doc.status === "paused");
    return left;
  }

  function speakerLine() {
    if (!doc) return "";
    const turn = doc.speaker;
    const after = doc.upcoming_speakers || [];
    if (!turn) return doc.segment ? doc.segment.speakers.join(", ") : "";
    let line = turn.name;
    if (view === "chair" && turn.remaining_ms !== null) {
      const left = remainingNow(turn.remaining_ms);
      line += left >= 0 ? ` ${countdownText(left)} left` : ` over by ${countdownText(left).slice(1)}`;
    }
    if (view === "chair" && after.length) line += ` · Next: ${after.join(", ")}`;
    return line;
  }

  function renderChair() {
    const running = doc.segment;
    const upcoming = doc.next;
    show("group", running ? running.group || "" : upcoming ? "" : "");
    show("title", running ? running.title : upcoming ? `Coming up: ${upcoming.title}` : "The day is over");
    show("speaker", speakerLine());
    const who = upcoming && upcoming.speakers.length ? ` — ${upcoming.speakers.join(", ")}` : "";
    show("next", running && upcoming ? `Next ≈ ${clock(upcoming.starts_at, doc.timezone)}: ${upcoming.title}${who}` : "");
    const offset = Math.abs(doc.offset_s) < 60 ? "on time" : `${minutes(doc.offset_s)} ${doc.offset_s > 0 ? "behind" : "ahead"}`;
    let end = doc.projected_end ? `Ends ≈ ${clock(doc.projected_end, doc.timezone)}` : "";
    if (end && doc.hard_stop) end += ` · hard stop ${clock(doc.hard_stop, doc.timezone)}${doc.hard_stop_at_risk ? " AT RISK" : ""}`;
    // The recovery plan on offer (while the hard stop is at risk), for the chair to agree with the host.
    show("day", [offset, end, doc.recovery].filter(Boolean).join("\n")).classList.toggle("risk", doc.hard_stop_at_risk || doc.offset_s >= 60);
    // The event's time is the host's clock (this page's, less the measured offset); "here" is this page's own.
    show("clock-event", `${wallClock(doc.timezone, Date.now() - bestSkew())} (event)`);
    show("clock-local", `· ${wallClock(null, Date.now())} (here)`);
    show("offset", `· ${clockOffset()}`);
  }

  function clockOffset() {
    if (!skews.length) return "";
    const skew = bestSkew() / 1000;
    if (Math.abs(skew) < 0.1) return "your clock is in step with the host's";
    const by = Math.abs(skew) < 60 ? `${Math.abs(skew).toFixed(1)} s` : minutes(skew);
    return `your clock is ${by} ${skew > 0 ? "ahead of" : "behind"} the host's`;
  }

  function renderLink() {
    const element = $("link");
    const age = lastUpdate ? Math.round((now() - lastUpdate) / 1000) : null;
    let text = "";
    if (revoked) text = "This link was replaced by a new one: ask the host for the new link.";
    else if (!connected) text = `Connection lost: reconnecting…${age !== null ? ` (last update ${age} s ago)` : ""}`;
    else if (age !== null && now() - lastUpdate > STALE_MS) text = `No update for ${age} s: the times may be out of date`;
    show("link", text);
    element.hidden = !text;
    element.classList.toggle("stale", connected && !revoked);
  }

  function render() {
    clearTimeout(timer);
    renderLink();
    if (!doc) { timer = setTimeout(render, 1000); return; }
    const left = renderFace();
    if (view === "chair") renderChair();
    else {
      show("title", doc.segment ? doc.segment.title : doc.next ? `Next: ${doc.next.title}` : "");
      visible("speaker", speakerLine());
    }
    if (view !== "stage") visible("message", doc.message);
    // Wake at the next flip of the countdown (1 ms past it), or at the next second of the clocks.
    const toClock = 1000 - (Date.now() % 1000);
    const toFlip = left !== null && counting() ? msToNextFlip(left) + 1 : Infinity;
    timer = setTimeout(render, Math.max(1, Math.min(toFlip, toClock)));
  }

  connect();
  render();
})();
