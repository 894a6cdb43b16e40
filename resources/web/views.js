// The live views' one script: follows a room's state documents over the WebSocket and shows them.
// The displayed second is computed here from remaining_ms at sent_at and this page's monotonic
// clock (performance.now), so it flips on time between documents. No framework, no network but
// the page's own server. Its own text comes in the page's language (the JSON block the server put
// in the page, see runner/web/page_text.py); the room's text (titles, names, the host's message)
// is put in as it is, isolated (<bdi>), never as HTML.
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
  let text = JSON.parse($("text").textContent); // {lang, dir, locale, chosen, languages, strings}
  let wanted = text.lang; // the language last asked of the server
  const now = () => performance.timeOrigin + performance.now(); // monotonic, in epoch milliseconds

  let doc = null;
  let anchor = 0; // this page's time (now()) at which doc.remaining_ms held
  let skews = []; // [{at, skew}]: this page's clock minus the host's, plus the transit time
  let slowRun = 0; // messages in a row more than a second slower than the quickest: a clock jump at 2
  let lastUpdate = 0;
  let connected = false, revoked = false, retries = 0, timer = 0;
  window.__flips = []; // [text, time]: read by the benchmark and the tests

  // -- connection ------------------------------------------------------------------------------
  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws"; // behind a TLS proxy (--public https://…)
    const socket = new WebSocket(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
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
    // at the quickest transit seen; a jump of the host's clock (NTP) starts the window afresh. A
    // jump back shows as messages more than a second slower than the best: two in a row, not one
    // (one slow delivery, a crowded relay or a train's tunnel, must not set the count a second late).
    const best = Math.min(...skews.map((s) => s.skew));
    const slower = skews.length > 0 && skew - best > 1000;
    slowRun = slower ? slowRun + 1 : 0;
    if (!skews.length || skew < best || slowRun >= 2) { skews = []; slowRun = 0; }
    skews.push({ at: arrived, skew });
    anchor = sent + Math.min(...skews.map((s) => s.skew));
    doc = next;
    lastUpdate = arrived;
    follow(next.language);
    render();
  }

  // -- the page's language -----------------------------------------------------------------------
  // A page opened without ?lang= follows the room's language (the host's View → Language): it
  // fetches that language's text once and goes on showing the room in it.
  function follow(language) {
    if (text.chosen || !language || language === wanted || !text.languages.includes(language)) return;
    wanted = language;
    fetch(`/api/strings?lang=${encodeURIComponent(language)}&token=${encodeURIComponent(token)}`)
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((next) => {
        if (!next || wanted !== language) return;
        text = { ...next, chosen: false };
        document.documentElement.lang = next.lang;
        document.documentElement.dir = next.dir;
        document.title = next.strings[`title_${view}`] || document.title;
        formats.clear();
        shown.clear();
        render();
      })
      .catch(() => { wanted = text.lang; }); // asked again with the next document
  }

  // A sentence of the page's language with its {fields} filled in, as runs: plain text of the
  // page's, or an isolated run ({text, dir}) for each value. A string value is the room's text
  // (its direction its own), a number or a time reads left to right; a list of runs goes as it is.
  function say(key, fields = {}) {
    const template = text.strings[key] ?? key;
    return template.split(/\{(\w+)\}/).flatMap((piece, i) => (i % 2 ? runsOf(fields[piece]) : piece ? [piece] : []));
  }

  function runsOf(value) {
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) return [];
    if (typeof value === "number") return [ltr(String(value))];
    return typeof value === "object" ? [value] : [{ text: String(value) }];
  }

  const ltr = (value) => ({ text: value, dir: "ltr" });
  // A person's or a delegation's name: a line may break at its spaces, never between 王 and 毅.
  const named = (value) => ({ text: String(value), name: true });

  // Names as the page's language lists them ("A, B and C", "A、B和C", "A وB وC"), each isolated.
  // A list of names as the page's language writes one; "unit": without "and" (more follow).
  function names(list, type = "conjunction") {
    if (!list || !list.length) return [];
    const parts = format("ListFormat", { type, style: type === "unit" ? "short" : "long" }).formatToParts(list.map(String));
    return parts.map((part) => (part.type === "element" ? named(part.value) : part.value));
  }

  function lines(...groups) {
    return groups.filter((runs) => runs.length).flatMap((runs, i) => (i ? ["\n", ...runs] : runs));
  }

  const formats = new Map(); // Intl formatters of the page's locale, made once
  function format(kind, options) {
    const key = kind + JSON.stringify(options);
    if (!formats.has(key)) formats.set(key, new Intl[kind](text.locale, options));
    return formats.get(key);
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

  // From warningS (the segment's first alert, e.g. "Intermission ends in 2 min") at least warning.
  function level(remainingS, allowedS, paused, warningS) {
    if (remainingS === null) return "idle";
    if (paused) return "paused";
    if (remainingS < 0) return "overtime";
    let warning = WARNING_S, danger = DANGER_S;
    if (allowedS) { warning = Math.min(warning, allowedS * WARNING_SHARE); danger = Math.min(danger, allowedS * DANGER_SHARE); }
    if (warningS) warning = Math.max(warning, warningS);
    if (remainingS <= danger) return "danger";
    return remainingS <= warning ? "warning" : "normal";
  }

  function clock(iso, zone) {
    if (!iso) return ltr("–");
    return ltr(zoned({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, zone).format(new Date(iso)));
  }

  // The time of day with its zone's name: the digits isolated left to right, the name as its
  // language writes it, in the order the language puts them ("09:48:35 UTC−4", "GMT-4 09:48:35").
  function wallClock(zone, at) {
    const options = { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" };
    const parts = zoned(options, zone).formatToParts(new Date(at));
    const name = parts.find((part) => part.type === "timeZoneName");
    const digits = ltr(parts.filter((part) => part !== name).map((part) => part.value).join("").trim());
    if (!name) return [digits];
    return parts.indexOf(name) < parts.findIndex((part) => part.type === "hour") ? [{ text: name.value }, " ", digits] : [digits, " ", { text: name.value }];
  }

  function zoned(options, zone) {
    try {
      return format("DateTimeFormat", zone ? { ...options, timeZone: zone } : options);
    } catch {
      return format("DateTimeFormat", options); // a zone this browser does not know: its own
    }
  }

  function bestSkew() {
    return skews.length ? Math.min(...skews.map((s) => s.skew)) : 0;
  }

  function minutes(seconds) {
    const whole = Math.round(Math.abs(seconds));
    if (whole < 60) return say("seconds", { n: whole });
    const m = Math.floor(whole / 60);
    if (m < 60) return say("minutes", { n: m });
    return m % 60 ? say("hours_minutes", { h: Math.floor(m / 60), m: m % 60 }) : say("hours", { h: m / 60 });
  }

  // -- what the page shows -------------------------------------------------------------------
  // Runs into an element: text nodes and <bdi> (textContent, never HTML), redone only on a change.
  const shown = new Map(); // id -> the runs it shows, as JSON
  function put(id, runs) {
    const element = $(id);
    const key = JSON.stringify(runs);
    if (!element || shown.get(id) === key) return element;
    shown.set(id, key);
    element.replaceChildren(...runs.map((run) => {
      if (typeof run === "string") return document.createTextNode(run);
      const isolated = document.createElement("bdi");
      if (run.dir) isolated.dir = run.dir;
      if (run.name) isolated.className = "name";
      isolated.textContent = run.text;
      return isolated;
    }));
    return element;
  }

  function visible(id, runs) {
    const element = put(id, runs);
    if (element) element.hidden = !runs.length;
    return element;
  }

  // The countdown of the view: the speaker's turn on the speaker's page where the turn is timed.
  function face() {
    if (!doc || !doc.segment) return { ms: null, allowed: null };
    const turn = doc.speaker;
    if (view === "speaker" && turn && turn.remaining_ms !== null) return { ms: turn.remaining_ms, allowed: turn.limit_ms, turn: true };
    return { ms: doc.remaining_ms, allowed: doc.segment.allowed_ms, warning: doc.segment.warning_ms };
  }

  function renderFace() {
    const { ms, allowed, turn, warning } = face();
    const element = $("face");
    let digits = "–:––", caption = [], left = null;
    if (ms !== null) {
      left = turn ? turnRemainingNow(ms) : remainingNow(ms);
      digits = countdownText(left);
      caption = doc.status === "paused" ? say("paused") : pointOfOrder() ? say("point_of_order") : left < 0 ? say("overtime") : [];
    } else if (doc) {
      caption = say(doc.status === "ended" ? "day_over" : "waiting");
    }
    const countdown = $("countdown");
    if (countdown.textContent !== digits) countdown.textContent = digits;
    if (window.__flips.length < 5000 && window.__flips.at(-1)?.[0] !== digits) window.__flips.push([digits, now()]);
    visible("caption", caption);
    element.dataset.level = level(left === null ? null : left / 1000, allowed && allowed / 1000, doc && doc.status === "paused", warning && warning / 1000);
    return left;
  }

  // A point of order stops the speaker's clock (never charged to the delegation); the segment's goes on.
  function pointOfOrder() {
    return Boolean(doc && doc.floor && doc.floor.point_of_order);
  }

  function turnRemainingNow(ms) {
    return pointOfOrder() ? ms : remainingNow(ms);
  }

  function speakerLine() {
    if (!doc) return [];
    const turn = doc.speaker;
    const floor = doc.floor;
    // A floor: who has it and who follows ("Brazil · then Kenya, African Group (+1)"), replies waiting.
    const after = floor ? floor.left : doc.upcoming_speakers || [];
    const order = pointOfOrder() ? [...say("point_of_order"), " · "] : [];
    if (!turn) return [...order, ...(doc.segment ? names(doc.segment.speakers) : [])];
    // The chair sees the rank of who speaks for the delegation, when one was given ("Brazil, Head of State").
    const who = view === "chair" && turn.rank ? say("name_rank", { name: named(turn.name), rank: named(turn.rank) }) : [named(turn.name)];
    let line = [...order, ...who];
    if (view === "chair" && turn.remaining_ms !== null && turn.remaining_ms !== undefined) {
      const left = turnRemainingNow(turn.remaining_ms);
      if (left >= 0) line = say("speaker_left", { name: who, time: ltr(countdownText(left)) });
      else line = say("speaker_over", { name: who, time: ltr(countdownText(left).slice(1)) });
    }
    if (floor && after.length) {
      const shown = after.slice(0, 2), more = after.length - shown.length;
      const then = say(more > 0 ? "then_more" : "then", { names: names(shown, more > 0 ? "unit" : "conjunction"), more: ltr(String(more)) });
      line = [...line, " · ", ...then];
    } else if (view === "chair" && after.length) line = [...line, " · ", ...say("next_speakers", { names: names(after) })];
    if (floor && view === "chair" && floor.replies && floor.replies.length) {
      line = [...line, " · ", ...say("replies", { names: names(floor.replies) })];
    }
    return line;
  }

  function renderChair() {
    const running = doc.segment;
    const upcoming = doc.next;
    const zone = doc.timezone;
    put("group", running && running.group ? [{ text: running.group }] : []);
    put("title", running ? [{ text: running.title }] : upcoming ? say("coming_up", { title: upcoming.title }) : say("the_day_is_over"));
    put("speaker", speakerLine());
    const who = upcoming ? names(upcoming.speakers) : [];
    const next = { time: clock(upcoming && upcoming.starts_at, zone), title: upcoming && upcoming.title, speakers: who };
    put("next", running && upcoming ? say(who.length ? "next_at_with" : "next_at", next) : []);
    const offset = Math.abs(doc.offset_s) < 60 ? say("on_time") : say(doc.offset_s > 0 ? "behind" : "ahead", { duration: minutes(doc.offset_s) });
    let end = doc.projected_end ? say("ends_at", { time: clock(doc.projected_end, zone) }) : [];
    if (end.length && doc.hard_stop) end = [...end, " · ", ...say(doc.hard_stop_at_risk ? "hard_stop_at_risk" : "hard_stop", { time: clock(doc.hard_stop, zone) })];
    // The recovery plan on offer (while the hard stop is at risk), for the chair to agree with the
    // host: the app's sentence in this page's language (a document of an older app: the host's).
    const plan = (doc.recovery_languages && doc.recovery_languages[text.lang]) || doc.recovery;
    const recovery = plan ? [{ text: plan }] : [];
    put("day", lines(offset, end, recovery)).classList.toggle("risk", doc.hard_stop_at_risk || doc.offset_s >= 60);
    // The event's time is the host's clock (this page's, less the measured offset); "here" is this page's own.
    put("clock-event", say("clock_event", { time: wallClock(zone, Date.now() - bestSkew()) }));
    put("clock-local", ["· ", ...say("clock_here", { time: wallClock(null, Date.now()) })]);
    const offsetRuns = clockOffset();
    put("offset", offsetRuns.length ? ["· ", ...offsetRuns] : []);
  }

  function clockOffset() {
    if (!skews.length) return [];
    const skew = bestSkew() / 1000;
    if (Math.abs(skew) < 0.1) return say("clock_in_step");
    const tenths = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    const by = Math.abs(skew) < 60 ? say("seconds", { n: ltr(format("NumberFormat", tenths).format(Math.abs(skew))) }) : minutes(skew);
    return say(skew > 0 ? "clock_ahead" : "clock_behind", { by });
  }

  function renderLink() {
    const age = lastUpdate ? Math.round((now() - lastUpdate) / 1000) : null;
    let runs = [];
    if (revoked) runs = say("link_replaced");
    else if (!connected) runs = age !== null ? say("link_lost_since", { age: minutes(age) }) : say("link_lost");
    else if (doc && doc.online === false) runs = say("room_offline"); // a broker-fed server: the app's last will
    else if (age !== null && now() - lastUpdate > STALE_MS) runs = say("link_stale", { age: minutes(age) });
    visible("link", runs).classList.toggle("stale", connected && !revoked);
  }

  function render() {
    clearTimeout(timer);
    renderLink();
    if (!doc) { timer = setTimeout(render, 1000); return; }
    const left = renderFace();
    if (view === "chair") renderChair();
    else {
      put("title", doc.segment ? [{ text: doc.segment.title }] : doc.next ? say("next_title", { title: doc.next.title }) : []);
      visible("speaker", speakerLine());
    }
    // A ready-made message ("Please wrap up") in this page's language; one the host typed, as typed.
    const message = (doc.message_languages && doc.message_languages[text.lang]) || doc.message;
    if (view !== "stage") visible("message", message ? [message] : []);
    // Wake at the next flip of the countdown (1 ms past it), or at the next second of the clocks.
    const toClock = 1000 - (Date.now() % 1000);
    const toFlip = left !== null && counting() ? msToNextFlip(left) + 1 : Infinity;
    timer = setTimeout(render, Math.max(1, Math.min(toFlip, toClock)));
  }

  connect();
  render();
})();
