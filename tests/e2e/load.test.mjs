// The real server under a flood of scans (issue 13): the content API still answers at once,
// every answered scan is counted, SIGTERM exits within the drain with the counts written, and
// after `kill -9` only the last write interval (1 s) could be lost.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
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

/**
 * Floods `/l/lover-boy?k=<tag>` from another process (`flood.mjs`) for `ms`, or until the
 * server is gone; `answered` resolves to the number of 200s.
 */
function flood(url, tag, ms) {
  const child = spawn(process.execPath, [new URL('./flood.mjs', import.meta.url).pathname, url, tag, String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const answered = new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`the flood exited with ${code}`))));
  });
  return { answered };
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

describe('a flood of scans', () => {
  test('the content API answers within 100 ms at p99 meanwhile, and every answered scan counts', async () => {
    const server = await startServer();
    const end = Date.now() + 5000;
    const load = flood(server.url, 'flood', 5000);
    const latencies = [];
    while (Date.now() < end) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/content/ro`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      assert.ok([200, 204].includes(response.status), `the API answered ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answered = await load.answered;
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
    const load = flood(server.url, 'sigterm', 60000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const started = Date.now();
    const exited = server.stop();
    const answered = await load.answered;
    await exited;
    const took = Date.now() - started;
    console.log(`SIGTERM: exited in ${took} ms; ${answered} scans answered`);
    assert.ok(took < 6000, `exited in ${took} ms (drain 5 s)`);
    assert.equal(counted(server.dataDir, 'sigterm'), answered);
  });

  test('kill -9 loses at most the last write interval', async () => {
    const server = await startServer();
    const answered = await flood(server.url, 'killed', 2000).answered;
    // One write interval (1 s) and a margin: everything answered is on disk by now.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(server.pid, 'SIGKILL');
    await server.stop();
    assert.equal(counted(server.dataDir, 'killed'), answered);
  });
});
