// Used by room-changes.sh: node room-changes.mjs <base url> <key id>:<secret>
// Sequential GET (anchor) and PATCH latency on one room, then bursts of concurrent PATCHes without If-Match.
const base = process.argv[2], auth = 'Basic ' + Buffer.from(process.argv[3]).toString('base64');
const h = {Authorization: auth};
async function call(method, path, body) {
  const t = performance.now();
  const r = await fetch(base + path, {method, headers: {...h, ...(body ? {'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json'} : {})}, body});
  await r.text();
  return [r.status, performance.now() - t];
}
const room = JSON.parse(await (await fetch(base + '/v1/rooms', {method: 'POST', headers: {...h, 'Content-Type': 'application/json'}, body: '{}'})).text()).id;
const path = '/v1/rooms/' + room;
for (let i = 0; i < 200; i++) { await call('GET', path); await call('PATCH', path, `{"name":"w${i}"}`); }
const median = a => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const gets = [], patches = [];
for (let i = 0; i < 1000; i++) { gets.push((await call('GET', path))[1]); patches.push((await call('PATCH', path, `{"name":"n${i}"}`))[1]); }
const statuses = {};
for (let burst = 0; burst < 25; burst++) {
  const results = await Promise.all(Array.from({length: 16}, (_, i) => call('PATCH', path, `{"description":"b${burst}-${i}"}`)));
  for (const [s] of results) statuses[s] = (statuses[s] || 0) + 1;
}
console.log(JSON.stringify({getMedianMs: median(gets).toFixed(2), patchMedianMs: median(patches).toFixed(2),
  patchOverGet: (median(patches) / median(gets)).toFixed(2), concurrentPatchStatuses: statuses}));
