// The clients of the signaling benchmarks (signaling.mjs, cross-node.mjs): REST calls with fetch
// (keep-alive) and real WebSocket clients (ws from npm, BENCH_DEPS) against GET /v1/signal of one node.
// Every time is this process's performance.now(): a change's latency is the arrival of its event frame
// at a socket minus the moment its REST answer was read (the change committed before it was answered).
import {createRequire} from 'node:module';

const WebSocket = createRequire(process.env.BENCH_DEPS + '/')('ws');

export const now = () => performance.now();
export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
export const log = (...args) => console.log(...args);
export const quantile = (sorted, q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
export const ms = x => Number.isFinite(x) ? x.toFixed(1) : String(x);
export const median = xs => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Runs fn(0..n-1) with at most `concurrency` at a time. */
export async function pool(n, concurrency, fn) {
  let next = 0;
  const out = new Array(n);
  await Promise.all(Array.from({length: Math.min(n, concurrency)}, async () => {
    while (next < n) { const i = next++; out[i] = await fn(i); }
  }));
  return out;
}

// Shared by every node's clients of one process, so people stay distinct and the counts are the run's.
let people = 0;
/** 503 answers (the database pool had no connection within its timeout) tried again. */
export const unavailable = {count: 0};
/** Closes of a socket after its welcome, by code. */
export const closes = {};
/** Reconnects before a welcome, by close code. */
export const retried = {};

/**
 * The clients of one node at `base`, with the API key "<id>:<secret>". A hello is sent `helloDelayMs`
 * after the upgrade; a room of `liveRoom` stops filling after `fillSeconds`; `drive` makes `toggles` changes.
 */
export function signalingClients({base, apiKey, helloDelayMs, fillSeconds, toggles}) {
  const wsUrl = base.replace(/^http/, 'ws') + '/v1/signal';
  const keyAuth = 'Basic ' + Buffer.from(apiKey).toString('base64');

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

  /** Calls fn, trying again after a 503 up to 4 times in all, a little later each time. */
  async function retryingUnavailable(fn) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (attempt >= 4 || !/ 503 /.test(e.message)) throw e;
        unavailable.count++;
        await sleep(500 * attempt);
      }
    }
  }

  async function createRoom(name, participants) {
    // One stream each keeps a room of 1,000 within the 1,600 streams a GROUP room may have.
    return (await api('POST', '/v1/rooms', {body: {name, limits: {participants, moderators: 1}, media: {maxActiveTalkers: 1}}})).json.id;
  }

  const enter = room => retryingUnavailable(async () => {
    const n = ++people;
    const token = (await api('POST', `/v1/rooms/${room}/tokens`,
      {body: {displayName: `P${n}`, role: 'PARTICIPANT', userRef: `p-${n}`}})).json.token;
    const session = (await api('POST', `/v1/rooms/${room}/sessions`, {auth: 'Bearer ' + token})).json;
    return {room, participantId: session.participantId, credential: session.credential};
  });

  /** A client: opens the socket, says hello, resolves once welcomed; answers pings; records event frames. */
  function connect(session, watch, delayMs = helloDelayMs) {
    return new Promise((resolve, reject) => {
      const client = {session, lastSeq: -1, outOfOrder: 0, events: 0, arrivals: [], pongs: 0, credentials: 0, open: false, watch, base};
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
  // the hello was lost, see the hello race in signaling.mjs), counted by code. The next attempt waits a little longer.
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

  /**
   * A room of n welcomed clients and one more participant (with a socket on this node, not timed) whose
   * hand changes. Client i enters and opens its socket through the node nodeOf(i) (this one by default).
   */
  async function liveRoom(n, {name = `Signaling ${n}`, nodeOf = () => self} = {}) {
    const t = now();
    const room = await createRoom(name, n + 1);
    const actor = await enter(room);
    // The actor's own socket keeps its session present (it is not one of the n that are timed).
    actor.client = await welcomed(actor, null);
    const watch = {participantId: actor.participantId, current: -1};
    let until = now() + fillSeconds * 1000, refused = null;
    const clients = (await pool(n, 16, async i => {
      if (now() >= until) return null;
      const node = nodeOf(i);
      try {
        return await node.welcomed(await node.enter(room), watch);
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

  /**
   * The actor raises and lowers the hand through this node M times, one at a time; every socket's frames
   * are timed. Figures for all the clients, and for each group of them in groups ({name: clients}).
   */
  async function drive(live, label, groups = {}) {
    const {room, actor, watch, clients} = live;
    const answered = [];
    for (const c of clients) { c.arrivals = []; }
    for (let i = 0; i < toggles; i++) {
      watch.current = i;
      await retryingUnavailable(() =>
        api(i % 2 === 0 ? 'POST' : 'DELETE', `/v1/rooms/${room}/sessions/self/hand`, {auth: 'Bearer ' + actor.credential}));
      answered.push(now());
      const deadline = now() + 5000;
      while (now() < deadline && clients.some(c => !c.arrivals.some(a => a.toggle === i))) await sleep(2);
    }
    watch.current = -1;
    await sleep(300);
    const toggleOfSeq = seqsOfToggles(clients);
    const result = delivery(clients, toggleOfSeq, answered);
    log(`   ${label}: ${describe(result)}`);
    result.groups = {};
    for (const [name, members] of Object.entries(groups)) {
      result.groups[name] = delivery(members, toggleOfSeq, answered);
      log(`     ${name}: ${describe(result.groups[name])}`);
    }
    return result;
  }

  const self = {base, api, createRoom, enter, connect, welcomed, liveRoom, drive};
  return self;
}

// The seq of toggle i is the one the sockets heard while it was current (the next one starts after).
function seqsOfToggles(clients) {
  const seqVotes = new Map();
  for (const c of clients) for (const a of c.arrivals) if (a.toggle >= 0) {
    const key = a.toggle + ':' + a.seq;
    seqVotes.set(key, (seqVotes.get(key) || 0) + 1);
  }
  const best = new Map();
  for (const [key, votes] of seqVotes) {
    const [toggle, seq] = key.split(':').map(Number);
    if (!best.has(toggle) || best.get(toggle).votes < votes) best.set(toggle, {seq, votes});
  }
  const toggleOfSeq = new Map();
  for (const [toggle, {seq}] of best) toggleOfSeq.set(seq, toggle);
  return toggleOfSeq;
}

/** p50/p99 over the (event, socket) pairs of these clients, lost events and seqs out of order. */
function delivery(clients, toggleOfSeq, answered) {
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
  return {clients: clients.length, events: answered.length, pairs: latencies.length, lost: clients.length * answered.length - received,
    outOfOrder, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), maxMs: latencies.at(-1)};
}

const describe = r => `${r.pairs} (event, socket) pairs, p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms, `
  + `max ${ms(r.maxMs)} ms, lost ${r.lost}, seqs out of order ${r.outOfOrder}`;
