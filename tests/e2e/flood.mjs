// A scan flood in a process of its own, so the test's own requests are not queued behind it:
//   node flood.mjs URL TAG MS [WORKERS]   prints the number of 200s once MS have passed or the server is gone.
const [url, tag, ms, workers = '24'] = process.argv.slice(2);
const end = Date.now() + Number(ms);
let answered = 0;
await Promise.all(
  Array.from({ length: Number(workers) }, async () => {
    while (Date.now() < end) {
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
console.log(answered);
