// Child of bench/clock_agreement.py: WebSocket viewers whose computer clock is SHIFT seconds off,
// each counting as resources/web/views.js does, many in one Node.js process.
//
//     node bench/clock_viewers_child.mjs WSS_URL VIEWERS SHIFT_S CA_FILE PROXY_PORT
//
// The same viewers, rule and output as bench/clock_viewers_child.py (its docstring says why each
// is so), for a fraction of the CPU: that one's viewers (asyncio, websockets, Python's ssl) cost
// more per document than the relays and the proxy together, on the same two cores, which real
// viewers (each on a computer of its own) do not. Here each viewer is a socket of Node's `tls`
// with the least of a WebSocket client on it (RFC 6455: the handshake, the server's unmasked
// frames, a masked pong and close); no npm package.
//
// The viewers connect through the TLS proxy (loopback PROXY_PORT, the URL's name for SNI and Host,
// trusting CA_FILE). Each viewer's clock is the page's, performance.timeOrigin + performance.now(),
// plus SHIFT. On each document it does what views.js's `receive` does (`CountingViewer.receive`):
// the quickest skew of the last 60 s, two skews in a row more than 1 s above it start the window
// afresh; anchor = sent_at + that. It records the document's arrival on the machine's clock and
// (anchor - SHIFT) - sent_at, how late its countdown flips against the host's. Prints "ready" once
// all are connected; when stdin closes, one JSON line: {seq: [status, [arrival ms since the
// epoch...], [flip lateness ms...]]}, for the documents that came after "ready".

import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { connect } from "node:tls";
import { pathToFileURL } from "node:url";

const SKEW_WINDOW_MS = 60000;
const BURST = 50; // viewers connecting at once, as an audience arrives
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const TEXT = 0x1, CLOSE = 0x8, PING = 0x9, PONG = 0xa;
const EMPTY = Buffer.alloc(0);

const now = () => performance.timeOrigin + performance.now(); // the page's clock, before its shift

/** One page's clock and its skew window, as views.js keeps them. */
export class CountingViewer {
  constructor(shiftMs) {
    this.shiftMs = shiftMs;
    this.skews = []; // [{at, skew}]
    this.slowRun = 0;
  }

  /** A document sent at `sent` (the host's clock) arrived at `arrived` (this clock): the anchor. */
  receive(sent, arrived) {
    const skew = arrived - sent;
    this.skews = this.skews.filter((s) => arrived - s.at < SKEW_WINDOW_MS);
    const best = Math.min(...this.skews.map((s) => s.skew));
    const slower = this.skews.length > 0 && skew - best > 1000;
    this.slowRun = slower ? this.slowRun + 1 : 0;
    if (!this.skews.length || skew < best || this.slowRun >= 2) { this.skews = []; this.slowRun = 0; }
    this.skews.push({ at: arrived, skew });
    return sent + Math.min(...this.skews.map((s) => s.skew));
  }
}

// Every viewer of a relay gets the same frame: its three fields are read once, not once a viewer
// (compared as bytes: no string a viewer, and so less garbage to collect, for the same fields).
const known = []; // [{bytes, fields}], the latest first
function fieldsOf(payload) {
  for (const entry of known) if (entry.bytes.equals(payload)) return entry.fields;
  const doc = JSON.parse(payload.toString("utf8"));
  const fields = doc.bench_seq === undefined ? null : { seq: doc.bench_seq, status: doc.status, sent: Date.parse(doc.sent_at) };
  known.unshift({ bytes: Buffer.from(payload), fields });
  known.length = Math.min(known.length, 8);
  return fields;
}

/** A client frame: FIN, `opcode`, masked as RFC 6455 requires of a client (a zero mask will do). */
function clientFrame(opcode, payload = Buffer.alloc(0)) {
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length, 0, 0, 0, 0]), payload]);
}

/** One viewer's socket: the handshake, then the server's frames, each text one's bytes to `onText`. */
function openViewer(target, ca, onText) {
  return new Promise((resolve, reject) => {
    const key = randomBytes(16).toString("base64");
    const accept = createHash("sha1").update(key + GUID).digest("base64");
    const socket = connect({ host: "127.0.0.1", port: target.proxyPort, servername: target.name, ca });
    let pending = EMPTY, open = false;
    const message = [];
    socket.setNoDelay(true);
    socket.on("secureConnect", () => {
      socket.write(
        `GET ${target.path} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on("error", (error) => (open ? socket.destroy() : reject(error)));
    socket.on("data", (chunk) => {
      const arrived = now(); // before reading the frame, as views.js's receive takes now() first
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      if (!open) {
        const end = pending.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = pending.subarray(0, end).toString("latin1");
        if (!head.startsWith("HTTP/1.1 101") || !head.includes(accept)) {
          reject(new Error(head.split("\r\n")[0]));
          socket.destroy();
          return;
        }
        open = true;
        pending = pending.subarray(end + 4);
        resolve(socket);
      }
      pending = readFrames(pending, socket, message, (payload) => onText(payload, arrived));
    });
  });
}

/** The whole frames at the start of `data` handled; returns what is left of it (a frame's start). */
function readFrames(data, socket, message, onText) {
  let at = 0;
  while (data.length - at >= 2) {
    const fin = data[at] & 0x80, opcode = data[at] & 0x0f;
    let length = data[at + 1] & 0x7f, start = at + 2;
    if (length === 126) {
      if (data.length < start + 2) break;
      length = data.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (data.length < start + 8) break;
      length = Number(data.readBigUInt64BE(start));
      start += 8;
    }
    if (data.length < start + length) break;
    const payload = data.subarray(start, start + length);
    at = start + length;
    if (opcode === PING) socket.write(clientFrame(PONG, Buffer.from(payload)));
    else if (opcode === CLOSE) { socket.end(clientFrame(CLOSE, Buffer.from(payload.subarray(0, 2)))); }
    else if (fin && opcode === TEXT) onText(payload); // the relays' every document: one frame
    else if (opcode === TEXT || opcode === 0) {
      message.push(Buffer.from(payload));
      if (fin) onText(Buffer.concat(message.splice(0)));
    }
  }
  return at === data.length ? EMPTY : data.subarray(at);
}

async function main([url, viewers, shiftS, caFile, proxyPort]) {
  const parsed = new URL(url);
  const target = { name: parsed.hostname, host: parsed.host, path: parsed.pathname + parsed.search, proxyPort: Number(proxyPort) };
  const ca = readFileSync(caFile);
  const shiftMs = Number(shiftS) * 1000;
  const seen = {};
  let counting = false; // once every viewer is connected
  const sockets = [];
  const count = Number(viewers);
  for (let start = 0; start < count; start += BURST) {
    const burst = [];
    for (let i = start; i < Math.min(count, start + BURST); i++) {
      const viewer = new CountingViewer(shiftMs);
      burst.push(
        openViewer(target, ca, (payload, arrivedReal) => {
          const arrived = arrivedReal + shiftMs;
          const fields = fieldsOf(payload);
          if (fields === null) return;
          const anchor = viewer.receive(fields.sent, arrived);
          if (!counting) return;
          const entry = (seen[fields.seq] ??= [fields.status, [], []]);
          entry[1].push(arrived - shiftMs); // on the machine's clock
          entry[2].push(anchor - shiftMs - fields.sent);
        }),
      );
    }
    sockets.push(...(await Promise.all(burst)));
  }
  await new Promise((done) => setTimeout(done, 500)); // the documents of the connections' moment read, before counting
  counting = true;
  process.stdout.write("ready\n");
  process.stdin.resume();
  process.stdin.on("end", () => {
    for (const socket of sockets) socket.destroy();
    process.stdout.write(JSON.stringify(seen) + "\n", () => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`clock viewers: ${error.message}\n`);
    process.exit(1);
  });
}
