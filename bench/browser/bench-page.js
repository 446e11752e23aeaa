// The browser benchmark's page: starts bench-worker.js as a module worker and
// offers runBenchmark(options) to the driver (bench/browser/run.mjs), which
// resolves with the worker's result. Progress goes to #status.

const status = document.getElementById('status');

window.runBenchmark = (options) => new Promise((resolve, reject) => {
  const worker = new Worker(new URL('bench-worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (event) => {
    worker.terminate();
    reject(new Error(`worker error: ${event.message}`));
  });
  worker.addEventListener('message', ({ data }) => {
    if (data.type === 'progress') {
      status.textContent = `${data.done} of ${data.total} documents`;
      return;
    }
    worker.terminate();
    if (data.type === 'result') {
      status.textContent = 'done';
      resolve(data.result);
    } else {
      status.textContent = 'failed';
      reject(new Error(data.message));
    }
  });
  status.textContent = 'running';
  worker.postMessage({ type: 'run', ...options });
});
document.documentElement.dataset.ready = 'true';
