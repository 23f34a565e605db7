// Used by signaling.sh: node signaling.mjs <base url> <key id>:<secret> <service pid>
// The clients and the delivery figures are those of signaling-clients.mjs.
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {readFileSync} from 'node:fs';
import os from 'node:os';
import {closes, log, ms, now, pool, retried, signalingClients, sleep, unavailable} from './signaling-clients.mjs';

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
const {api, createRoom, enter, connect, welcomed, liveRoom, drive} = signalingClients({base, apiKey, helloDelayMs, fillSeconds, toggles});

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
