// Used by signaling.sh: node signaling.mjs <base url> <key id>:<secret> <service pid>
// Real WebSocket clients (ws from npm) against GET /v1/signal; REST calls with fetch (keep-alive).
// Every time is this process's performance.now(): a change's latency is the arrival of its event frame
// at a socket minus the moment its REST answer was read (the change committed before it was answered).
import {createRequire} from 'node:module';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {readFileSync} from 'node:fs';
import os from 'node:os';

const WebSocket = createRequire(process.env.BENCH_DEPS + '/')('ws');
const [base, apiKey, pid] = process.argv.slice(2);
const env = (name, fallback) => process.env[name] ?? fallback;
const roomSizes = env('BENCH_ROOMS', '10,100,1000').split(',').map(Number);
const toggles = Number(env('BENCH_TOGGLES', 30));
const idle = Number(env('BENCH_IDLE', 5000));
const idleRoom = Number(env('BENCH_IDLE_ROOM', 100));
const holdSeconds = Number(env('BENCH_HOLD', 30));
const openSeconds = Number(env('BENCH_OPEN_SECONDS', 120));   // opening the idle sockets stops after this long
const fillSeconds = Number(env('BENCH_FILL_SECONDS', 90));    // filling one room of step 1 stops after this long
// The heap is also read with this many idle sockets open: the slope from there to all is a socket's marginal cost.
const idleSlopeFrom = Number(env('BENCH_IDLE_SLOPE_FROM', 1000));
// The small room's delivery alone and beside the idle sockets is driven this many times each; the median counts.
const repeats = Number(env('BENCH_REPEAT', 3));
const pingSeconds = Number(env('BENCH_PING_SECONDS', 10));
const pingConcurrency = Number(env('BENCH_PING_CONCURRENCY', 16));
const raceSockets = Number(env('BENCH_RACE', 200));
// A hello sent at once after the upgrade is sometimes lost (see the hello race below): wait this long.
const helloDelayMs = Number(env('BENCH_HELLO_DELAY_MS', 50));
const wsUrl = base.replace(/^http/, 'ws') + '/v1/signal';
const keyAuth = 'Basic ' + Buffer.from(apiKey).toString('base64');
const now = () => performance.now();
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const log = (...args) => console.log(...args);
let people = 0;

async function api(method, path, {auth = keyAuth, body, expect = [200, 201, 204]} = {}) {
  const r = await fetch(base + path, {method, headers: {Authorization: auth, ...(body ? {'Content-Type': 'application/json'} : {})},
    body: body ? JSON.stringify(body) : undefined});
  const text = await r.text();
  if (!expect.includes(r.status)) {
    let code = '';
    try { code = JSON.parse(text).code; } catch { /* not a problem document */ }
    throw new Error(`${method} ${path} answered ${r.status} ${code}`);
  }
  return {status: r.status, json: text ? JSON.parse(text) : null};
}

/** Runs fn(0..n-1) with at most `concurrency` at a time. */
async function pool(n, concurrency, fn) {
  let next = 0;
  const out = new Array(n);
  await Promise.all(Array.from({length: Math.min(n, concurrency)}, async () => {
    while (next < n) { const i = next++; out[i] = await fn(i); }
  }));
  return out;
}

const quantile = (sorted, q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const ms = x => Number.isFinite(x) ? x.toFixed(1) : String(x);

// Asynchronous, so the clients keep answering pings while jcmd runs (20 s of silence closes a socket).
const run = promisify(execFile);
async function heap() {
  // A full GC first (G1 runs one for GC.run), so what is left is what is live.
  await run('jcmd', [pid, 'GC.run']);
  const info = (await run('jcmd', [pid, 'GC.heap_info'])).stdout;
  const used = /used (\d+)K/.exec(info);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {usedBytes: Number(used[1]) * 1024, rssBytes: Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024,
    threads: Number(/Threads:\s+(\d+)/.exec(status)[1])};
}

async function createRoom(name, participants) {
  // One stream each keeps a room of 1,000 within the 1,600 streams a GROUP room may have.
  return (await api('POST', '/v1/rooms', {body: {name, limits: {participants, moderators: 1}, media: {maxActiveTalkers: 1}}})).json.id;
}

// 503 (the database pool had no connection within its timeout) is worth another try; counted.
const unavailable = {count: 0};
async function enter(room) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await enterOnce(room);
    } catch (e) {
      if (attempt >= 4 || !/ 503 /.test(e.message)) throw e;
      unavailable.count++;
      await sleep(500 * attempt);
    }
  }
}

async function enterOnce(room) {
  const n = ++people;
  const token = (await api('POST', `/v1/rooms/${room}/tokens`,
    {body: {displayName: `P${n}`, role: 'PARTICIPANT', userRef: `p-${n}`}})).json.token;
  const session = (await api('POST', `/v1/rooms/${room}/sessions`, {auth: 'Bearer ' + token})).json;
  return {room, participantId: session.participantId, credential: session.credential};
}

const closes = {};
/** A client: opens the socket, says hello, resolves once welcomed; answers pings; records event frames. */
function connect(session, watch, delayMs = helloDelayMs) {
  return new Promise((resolve, reject) => {
    const client = {session, lastSeq: -1, outOfOrder: 0, events: 0, arrivals: [], pongs: 0, credentials: 0, open: false, watch};
    const ws = new WebSocket(wsUrl, {perMessageDeflate: false});
    client.ws = ws;
    const timer = setTimeout(() => reject(new Error('no welcome within 10 s')), 10000);
    const hello = () => ws.send(JSON.stringify({type: 'hello', credential: session.credential}));
    ws.on('open', () => delayMs > 0 ? setTimeout(hello, delayMs) : hello());
    ws.on('message', data => {
      const t = now();
      const frame = JSON.parse(data);
      switch (frame.type) {
        case 'event':
          client.events++;
          if (frame.seq <= client.lastSeq) client.outOfOrder++;
          client.lastSeq = frame.seq;
          if (client.watch && frame.event.type === 'MediaStateChanged' && frame.event.participantId === client.watch.participantId) {
            client.arrivals.push({seq: frame.seq, t, toggle: client.watch.current});
          }
          break;
        case 'ping': ws.send('{"type":"pong"}'); client.pongs++; break;
        case 'credential': session.credential = frame.credential; client.credentials++; break;
        case 'welcome':
          clearTimeout(timer);
          client.lastSeq = frame.seq;
          client.open = true;
          session.credential = frame.credential;
          resolve(client);
          break;
      }
    });
    ws.on('close', code => {
      clearTimeout(timer);
      if (client.open) closes[code] = (closes[code] || 0) + 1;
      client.open = false;
      reject(new Error('closed before the welcome: ' + code));
    });
    ws.on('error', () => { /* the close that follows says it */ });
  });
}

// Closes before the welcome that the protocol says to reconnect after (4000: failed to welcome; 4003:
// the hello was lost, see the hello race), counted by code. The next attempt waits a little longer.
const retried = {};
async function welcomed(session, watch) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect(session, watch);
    } catch (e) {
      const code = /: (\d+)$/.exec(e.message)?.[1];
      if (attempt >= 5 || !['4000', '4003'].includes(code)) throw e;
      retried[code] = (retried[code] || 0) + 1;
      await sleep(200 * attempt);
    }
  }
}

/** A room of n welcomed clients and one more participant (no socket) whose hand changes. */
async function liveRoom(n) {
  const t = now();
  const room = await createRoom(`Signaling ${n}`, n + 1);
  const actor = await enter(room);
  // The actor's own socket keeps its session present (it is not one of the n that are timed).
  actor.client = await welcomed(actor, null);
  const watch = {participantId: actor.participantId, current: -1};
  let until = now() + fillSeconds * 1000, refused = null;
  const clients = (await pool(n, 16, async () => {
    if (now() >= until) return null;
    try {
      return await welcomed(await enter(room), watch);
    } catch (e) {
      // Still refused after the retries: the room takes nobody more; measure the people it has.
      refused = refused ?? e.message;
      until = 0;
      return null;
    }
  })).filter(Boolean);
  if (refused) log(`   the room stopped taking people: ${refused}`);
  log(`   ${clients.length} of ${n} clients welcomed in ${((now() - t) / 1000).toFixed(1)} s`
    + (clients.length < n ? ` (the room's filling stopped after ${fillSeconds} s)` : '')
    + `; 503 answers retried so far: ${unavailable.count}`);
  return {room, actor, watch, clients, refused};
}

/** The actor raises and lowers the hand M times, one at a time; every socket's frames are timed. */
async function drive(live, label) {
  const {room, actor, watch, clients} = live;
  const answered = [];
  for (const c of clients) { c.arrivals = []; }
  for (let i = 0; i < toggles; i++) {
    watch.current = i;
    for (let attempt = 1; ; attempt++) {
      try {
        await api(i % 2 === 0 ? 'POST' : 'DELETE', `/v1/rooms/${room}/sessions/self/hand`, {auth: 'Bearer ' + actor.credential});
        break;
      } catch (e) {
        if (attempt >= 4 || !/ 503 /.test(e.message)) throw e;
        unavailable.count++;
        await sleep(500 * attempt);
      }
    }
    answered.push(now());
    const deadline = now() + 5000;
    while (now() < deadline && clients.some(c => !c.arrivals.some(a => a.toggle === i))) await sleep(2);
  }
  watch.current = -1;
  await sleep(300);
  // The seq of toggle i is the one the sockets heard while it was current (the next one starts after).
  const seqVotes = new Map();
  for (const c of clients) for (const a of c.arrivals) if (a.toggle >= 0) {
    const key = a.toggle + ':' + a.seq;
    seqVotes.set(key, (seqVotes.get(key) || 0) + 1);
  }
  const toggleOfSeq = new Map();
  const best = new Map();
  for (const [key, votes] of seqVotes) {
    const [toggle, seq] = key.split(':').map(Number);
    if (!best.has(toggle) || best.get(toggle).votes < votes) best.set(toggle, {seq, votes});
  }
  for (const [toggle, {seq}] of best) toggleOfSeq.set(seq, toggle);
  const latencies = [];
  let received = 0, outOfOrder = 0;
  for (const c of clients) {
    const seen = new Set();
    for (const a of c.arrivals) {
      const toggle = toggleOfSeq.get(a.seq);
      if (toggle === undefined || seen.has(a.seq)) continue;
      seen.add(a.seq);
      latencies.push(a.t - answered[toggle]);
    }
    received += seen.size;
    outOfOrder += c.outOfOrder;
  }
  latencies.sort((x, y) => x - y);
  const result = {clients: clients.length, events: toggles, pairs: latencies.length, lost: clients.length * toggles - received,
    outOfOrder, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), maxMs: latencies.at(-1)};
  log(`   ${label}: ${result.pairs} (event, socket) pairs, p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms, `
    + `max ${ms(result.maxMs)} ms, lost ${result.lost}, seqs out of order ${result.outOfOrder}`);
  return result;
}

/** REST pings of the room's sessions, round robin, `pingConcurrency` at a time, for `pingSeconds`. */
async function pings(live, label) {
  const sessions = live.clients.map(c => c.session);
  const statuses = {};
  let next = 0, ok = 0;
  const end = now() + pingSeconds * 1000;
  const started = now();
  await Promise.all(Array.from({length: pingConcurrency}, async () => {
    while (now() < end) {
      const s = sessions[next++ % sessions.length];
      const r = await fetch(`${base}/v1/rooms/${live.room}/sessions/self/ping`, {method: 'POST', headers: {Authorization: 'Bearer ' + s.credential}});
      const body = await r.json();
      statuses[r.status] = (statuses[r.status] || 0) + 1;
      if (r.status === 200) { ok++; s.credential = body.credential; }
    }
  }));
  const perSecond = ok / ((now() - started) / 1000);
  log(`   ${label}: ${perSecond.toFixed(0)} pings/s, answers ${JSON.stringify(statuses)}`);
  return {perSecond, statuses};
}

/** Heap used after a full GC, read until two reads in a row agree within 1 MiB (what just ended is gone). */
async function settledHeap(label) {
  let last = await heap();
  for (let i = 0; i < 10; i++) {
    await sleep(2000);
    const next = await heap();
    const settled = Math.abs(next.usedBytes - last.usedBytes) < 2 ** 20;
    last = next;
    if (settled) break;
  }
  last.open = openIdleCount();
  log(`   heap ${label}: used ${mib(last.usedBytes)} MiB, RSS ${mib(last.rssBytes)} MiB, ${last.threads} threads`);
  return last;
}
const mib = bytes => (bytes / 2 ** 20).toFixed(1);
const kib = bytes => (bytes / 1024).toFixed(1);

const idleOpen = new Set();
const openIdleCount = () => [...idleOpen].filter(c => c.open).length;
/** Opens idle sockets from..to-1, 32 at a time, until `until`; the first refusal after retries stops it. */
async function openIdle(idleRooms, from, to, until, refused) {
  return (await pool(to - from, 32, async i => {
    if (now() >= until || refused.message) return null;
    try {
      const c = await welcomed(await enter(idleRooms[(from + i) % idleRooms.length]), null);
      idleOpen.add(c);
      return c;
    } catch (e) {
      // Still refused after the retries: the node takes no more; measure the sockets it has.
      refused.message = refused.message ?? e.message;
      return null;
    }
  })).filter(Boolean);
}

/** The small room driven `repeats` times; the median of the runs' p99s is the figure (the machine is shared). */
async function repeatDrive(live, label) {
  const runs = [];
  for (let r = 1; r <= repeats; r++) runs.push(await drive(live, `room of ${live.clients.length}, ${label} ${r}`));
  const sorted = runs.map(x => x.p99Ms).sort((x, y) => x - y);
  const p99MedianMs = sorted[Math.floor(sorted.length / 2)];
  log(`   ${label}: median p99 ${ms(p99MedianMs)} ms of ${sorted.map(ms).join(', ')}`);
  return {runs, p99MedianMs, lost: runs.reduce((sum, x) => sum + x.lost, 0)};
}

const results = {settings: {roomSizes, fillSeconds, toggles, idle, idleSlopeFrom, idleRoom, openSeconds, holdSeconds, repeats, helloDelayMs, pingSeconds, pingConcurrency}};

log(`== load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
{
  // The documented client says hello as soon as the socket is open. Count how often that hello is lost.
  const room = await createRoom('Hello race', raceSockets);
  const outcomes = await pool(raceSockets, 16, async () => {
    const session = await enter(room);
    try { const c = await connect(session, null, 0); c.open = false; c.ws.terminate(); return 'welcomed'; } catch (e) { return e.message; }
  });
  const counts = {};
  for (const o of outcomes) counts[o] = (counts[o] || 0) + 1;
  results.helloRace = counts;
  log(`== 0. hello at once after the upgrade, ${raceSockets} sockets, 16 at a time: ${JSON.stringify(counts)}`);
  await api('POST', `/v1/rooms/${room}/end`);
}
log(`== hello ${helloDelayMs} ms after the upgrade from here on`);
log(`== 1. event delivery: rooms of ${roomSizes.join(', ')} welcomed clients, ${toggles} hand changes each`);
const rooms = new Map();
for (const n of roomSizes) {
  const live = await liveRoom(n);
  rooms.set(n, live);
  results[`room${n}`] = {...await drive(live, `room of ${live.clients.length}`), asked: n, refused: live.refused};
}
const small = rooms.get(Math.min(...roomSizes)), large = rooms.get(Math.max(...roomSizes));

log(`== 2. REST pings, ${pingConcurrency} concurrent, ${pingSeconds} s each (the rooms' sockets stay open)`);
await pings(small, 'warm-up');
results.pingSmall = await pings(small, `room of ${small.clients.length + 1}`);
results.pingLarge = await pings(large, `room of ${large.clients.length + 1}`);
results.pingRatio = results.pingLarge.perSecond / results.pingSmall.perSecond;
log(`   large over small: ${results.pingRatio.toFixed(3)}`);

// Only the small room stays.
// The other rooms' clients hang up first, then the rooms end. Ended with their sockets open, each socket
// is sent the ParticipantLeft of everybody before its own (N²/2 frames for a room of N): with the room of
// 1,000 that took 22-31 s, cut 227-347 of its sockets with 4002, and kept this one process so busy that
// the small room's pongs came late and its sockets were closed with 4001 (docs/benchmarks.md). That cost
// is not what steps 3 to 5 measure.
const ended = [...rooms.values()].filter(live => live !== small);
for (const live of ended) for (const c of [...live.clients, live.actor.client]) { c.open = false; c.ws.terminate(); }
await sleep(2000);
for (const live of ended) await api('POST', `/v1/rooms/${live.room}/end`);
await sleep(1000);
log(`   the room of ${small.clients.length}: ${small.clients.filter(c => c.open).length} sockets open, the actor's ${small.actor.client.open ? 'open' : 'closed'}; `
  + `closes after a welcome so far: ${JSON.stringify(closes)}`);

// The anchor of step 5: the small room alone in the state step 4 starts from (warm, other rooms
// ended), not its first run of step 1, which still warms the JIT up.
log(`== 3. the room of ${small.clients.length} alone, ${repeats} runs (anchor of step 5)`);
results.smallAlone = await repeatDrive(small, 'alone');

log(`== 4. up to ${idle} idle sockets (at most ${openSeconds} s to open them) in rooms of ${idleRoom}, heartbeats for ${holdSeconds} s`);
const idleRooms = [];
for (let i = 0; i < Math.ceil(idle / idleRoom); i++) idleRooms.push(await createRoom(`Idle ${i}`, idleRoom));
// The rooms exist before the anchor, so the difference is what the sockets (and their sessions) cost.
const before = await settledHeap('before (anchor)');
let t = now();
const openUntil = t + openSeconds * 1000;
const idleRefused = {message: null};
const firstBatch = Math.min(idle, idleSlopeFrom);
const idleClients = await openIdle(idleRooms, 0, firstBatch, openUntil, idleRefused);
const mid = await settledHeap(`with ${idleClients.length} open`);
idleClients.push(...await openIdle(idleRooms, firstBatch, idle, openUntil, idleRefused));
if (idleRefused.message) log(`   the service stopped taking sockets: ${idleRefused.message}`);
const opening = (now() - t) / 1000;
log(`   ${idleClients.length} of ${idle} welcomed in ${opening.toFixed(1)} s (${(idleClients.length / opening).toFixed(0)}/s), two heap reads included`);
t = now();
const pongsAtStart = idleClients.reduce((sum, c) => sum + c.pongs, 0);
await sleep(holdSeconds * 1000);
const held = (now() - t) / 1000;
const still = idleClients.filter(c => c.open).length;
const pongs = idleClients.reduce((sum, c) => sum + c.pongs, 0) - pongsAtStart;
const refreshes = idleClients.reduce((sum, c) => sum + c.credentials, 0);
const after = await settledHeap(`with ${still} open after ${held.toFixed(0)} s of heartbeats`);
const perSocket = (after.usedBytes - before.usedBytes) / still;
const rssPerSocket = (after.rssBytes - before.rssBytes) / still;
// Between the two reads with sockets open, fixed costs (H2's page cache filling, first-use classes) are
// mostly paid already: the slope is the marginal cost of one more socket.
const slope = (after.usedBytes - mid.usedBytes) / (still - mid.open);
results.idle = {refused: idleRefused.message, asked: idle, opened: idleClients.length, openingSeconds: opening, stillOpen: still,
  heldSeconds: held, pongs, refreshes, before, mid, after, heapPerSocket: perSocket, perGiB: 2 ** 30 / perSocket,
  slopePerSocket: slope, slopePerGiB: 2 ** 30 / slope, rssPerSocket, rssPerGiB: 2 ** 30 / rssPerSocket, closes: {...closes}};
log(`   after ${held.toFixed(0)} s: ${still} still open, ${pongs} pongs sent, ${refreshes} credential refreshes`);
log(`   heap used after GC: ${mib(before.usedBytes)} -> ${mib(mid.usedBytes)} (${mid.open} open) -> ${mib(after.usedBytes)} MiB (${still} open)`);
log(`   heap a socket above the anchor: ${kib(perSocket)} KiB = ${(2 ** 30 / perSocket).toFixed(0)} sockets per GiB; `
  + `slope ${mid.open} -> ${still}: ${kib(slope)} KiB = ${(2 ** 30 / slope).toFixed(0)} per GiB`);
log(`   RSS ${mib(before.rssBytes)} -> ${mib(after.rssBytes)} MiB: ${kib(rssPerSocket)} KiB a socket = ${(2 ** 30 / rssPerSocket).toFixed(0)} per GiB; `
  + `threads ${before.threads} -> ${after.threads}`);

log(`== 5. the room of ${small.clients.length} while ${still} other sockets are open, ${repeats} runs`);
try {
  results.smallLoaded = await repeatDrive(small, 'loaded');
  results.loadedOverAlone = results.smallLoaded.p99MedianMs / results.smallAlone.p99MedianMs;
  log(`   median p99 loaded over median p99 alone: ${results.loadedOverAlone.toFixed(2)}`);
} catch (e) {
  results.smallLoaded = {refused: e.message};
  log(`   not measured: the hand change was refused after its retries: ${e.message}`);
}
log(`   socket closes seen by the clients after their welcome: ${JSON.stringify(closes)}`);
log(`   reconnects before a welcome, by close code: ${JSON.stringify(retried)}; load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`);
results.retried = retried;
results.unavailable = unavailable.count;
results.closes = closes;

for (const c of [...idleClients, ...small.clients, small.actor.client]) { c.open = false; c.ws.terminate(); }
console.log(JSON.stringify(results));
process.exit(0);
