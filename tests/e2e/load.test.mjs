// The real server under a flood of scans (issue 13): the content API still answers at once,
// every answered scan is counted, SIGTERM exits within the drain with the counts written, and
// after `kill -9` only the last write interval (1 s) could be lost.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { SERVER, startServer } from './harness.mjs';

/** The scans counted for `tag`, as `veriga-server stats` reports them. */
function counted(dataDir, tag) {
  return execFileSync(SERVER, ['stats', '--data', dataDir], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[1] === tag)
    .reduce((sum, cells) => sum + Number(cells[3]), 0);
}

/** Scans `/l/lover-boy?k=<tag>` from `workers` loops until `until()`; resolves to the 200s. */
async function flood(url, tag, until, workers = 24) {
  let answered = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        try {
          const response = await fetch(`${url}/l/lover-boy?k=${tag}`);
          await response.arrayBuffer();
          if (response.status === 200) answered += 1;
        } catch {
          return; // the server is gone
        }
      }
    }),
  );
  return answered;
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

describe('a flood of scans', () => {
  test('the content API answers within 100 ms at p99 meanwhile, and every answered scan counts', async () => {
    const server = await startServer();
    const end = Date.now() + 5000;
    const load = flood(server.url, 'flood', () => Date.now() > end);
    const latencies = [];
    while (Date.now() < end) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/content/ro`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      assert.ok([200, 204].includes(response.status), `the API answered ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answered = await load;
    const p99 = percentile(latencies, 0.99);
    console.log(`flood: ${answered} scans answered in 5 s; content API p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${latencies.length}`);
    assert.ok(answered > 1000, `the flood ran: ${answered}`);
    assert.ok(p99 < 100, `content API p99 ${p99.toFixed(1)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(counted(server.dataDir, 'flood'), answered);
    await server.stop();
  });

  test('SIGTERM during the flood exits within the drain, with every answered scan written', async () => {
    const server = await startServer();
    let stopped = false;
    const load = flood(server.url, 'sigterm', () => stopped);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const started = Date.now();
    const exited = server.stop();
    stopped = true;
    const answered = await load;
    await exited;
    const took = Date.now() - started;
    console.log(`SIGTERM: exited in ${took} ms; ${answered} scans answered`);
    assert.ok(took < 6000, `exited in ${took} ms (drain 5 s)`);
    assert.equal(counted(server.dataDir, 'sigterm'), answered);
  });

  test('kill -9 loses at most the last write interval', async () => {
    const server = await startServer();
    const end = Date.now() + 2000;
    const answered = await flood(server.url, 'killed', () => Date.now() > end);
    // One write interval (1 s) and a margin: everything answered is on disk by now.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(server.pid, 'SIGKILL');
    await server.stop();
    assert.equal(counted(server.dataDir, 'killed'), answered);
  });
});
