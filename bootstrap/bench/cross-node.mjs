// Used by cross-node.sh: node cross-node.mjs <node A url> <node B url> <key id>:<secret>
// The clients and the delivery figures are those of signaling-clients.mjs; every change goes through A.
import os from 'node:os';
import {closes, log, median, ms, retried, signalingClients, unavailable} from './signaling-clients.mjs';

const [baseA, baseB, apiKey] = process.argv.slice(2);
const env = (name, fallback) => process.env[name] ?? fallback;
const settings = {
  clients: Number(env('BENCH_CLIENTS', 100)),
  toggles: Number(env('BENCH_TOGGLES', 30)),
  repeats: Number(env('BENCH_REPEAT', 3)),
  fillSeconds: Number(env('BENCH_FILL_SECONDS', 90)),
  helloDelayMs: Number(env('BENCH_HELLO_DELAY_MS', 50)),
};
const a = signalingClients({base: baseA, apiKey, ...settings});
const b = signalingClients({base: baseB, apiKey, ...settings});
const load = () => os.loadavg().map(x => x.toFixed(1)).join(' ');

log(`== load average ${load()} on ${os.cpus().length} cores`);
log(`== rooms of ${settings.clients} welcomed clients, ${settings.toggles} hand changes through A each drive`);
log('   anchor, every socket on A:');
const anchor = await a.liveRoom(settings.clients, {name: 'All on A'});
log('   split, client i on A when i is even, on B when odd:');
const split = await a.liveRoom(settings.clients, {name: 'Split over A and B', nodeOf: i => i % 2 === 0 ? a : b});
const splitGroups = {
  'sockets on A (same node as the change)': split.clients.filter(c => c.base === baseA),
  'sockets on B (across nodes)': split.clients.filter(c => c.base === baseB),
};

// The first drive of each warms the JIT and the feed's statements up; in turn afterwards, so a busy
// moment of the shared machine falls on both rooms alike.
log('== warm-up');
await a.drive(anchor, 'anchor');
await a.drive(split, 'split', splitGroups);
const runs = [];
for (let r = 1; r <= settings.repeats; r++) {
  log(`== run ${r} of ${settings.repeats} (load average ${load()})`);
  runs.push({anchor: await a.drive(anchor, 'anchor, all on A'), split: await a.drive(split, 'split', splitGroups)});
}

const [sameNode, crossNode] = Object.keys(splitGroups);
const figures = {
  'single node (anchor)': runs.map(r => r.anchor),
  'split, on A (same node)': runs.map(r => r.split.groups[sameNode]),
  'split, on B (across nodes)': runs.map(r => r.split.groups[crossNode]),
};
const summary = {};
log(`== medians over ${settings.repeats} runs`);
for (const [label, results] of Object.entries(figures)) {
  summary[label] = {
    p50Ms: median(results.map(x => x.p50Ms)), p99Ms: median(results.map(x => x.p99Ms)),
    maxMs: Math.max(...results.map(x => x.maxMs)), sockets: results[0].clients,
    pairs: results.reduce((sum, x) => sum + x.pairs, 0),
    lost: results.reduce((sum, x) => sum + x.lost, 0), outOfOrder: results.reduce((sum, x) => sum + x.outOfOrder, 0),
  };
  const s = summary[label];
  log(`   ${label}: ${s.sockets} sockets, p50 ${ms(s.p50Ms)} ms (${results.map(x => ms(x.p50Ms)).join(', ')}), `
    + `p99 ${ms(s.p99Ms)} ms (${results.map(x => ms(x.p99Ms)).join(', ')}), max ${ms(s.maxMs)} ms, `
    + `lost ${s.lost} of ${s.pairs + s.lost}, seqs out of order ${s.outOfOrder}`);
}
const single = summary['single node (anchor)'], across = summary['split, on B (across nodes)'], same = summary['split, on A (same node)'];
const ratios = {
  acrossOverSingleP50: across.p50Ms / single.p50Ms, acrossOverSingleP99: across.p99Ms / single.p99Ms,
  sameOverSingleP50: same.p50Ms / single.p50Ms, sameOverSingleP99: same.p99Ms / single.p99Ms,
};
log(`   across nodes over single node: p50 ${ratios.acrossOverSingleP50.toFixed(2)}, p99 ${ratios.acrossOverSingleP99.toFixed(2)}`);
log(`   split on A over single node:   p50 ${ratios.sameOverSingleP50.toFixed(2)}, p99 ${ratios.sameOverSingleP99.toFixed(2)}`);
log(`   socket closes after a welcome: ${JSON.stringify(closes)}; reconnects before a welcome: ${JSON.stringify(retried)}; `
  + `503s retried: ${unavailable.count}; load average ${load()}`);

for (const live of [anchor, split]) for (const c of [...live.clients, live.actor.client]) { c.open = false; c.ws.terminate(); }
console.log(JSON.stringify({settings, runs, summary, ratios}));
process.exit(0);
