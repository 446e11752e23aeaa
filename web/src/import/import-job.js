// One import in the worker: files read, archives opened, each file indexed a
// batch at a time through the module's ImportSession into a corpus of its
// own, with progress after each batch. The open corpus is never touched: the
// caller swaps the result in only when run() resolves, so a cancelled or
// failed import leaves everything as it was.

import { expandArchives } from './archive.js';
import { DOCUMENT_FIELDS, detectFields, mappedFields } from './field-detection.js';

const DEFAULT_BATCH = 500;
const MAX_ISSUES = 1000;
const PROGRESS_INTERVAL_MS = 100;

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
    this.code = 'cancelled';
  }
}

// Lets queued messages (a cancel, a search) run between batches.
function yieldToEvents() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function readBytes(data) {
  if (data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('a file needs data: Blob or ArrayBuffer');
}

// `target`: the corpus to fill (owned by the caller, deleted by it on
// failure). `onProgress(progress)`; `cancelled()` polled between batches.
export async function runImport({ module, target, files, batch = DEFAULT_BATCH, onProgress, cancelled }) {
  const started = performance.now();
  const size = Number.isInteger(batch) && batch > 0 ? batch : DEFAULT_BATCH;
  const issues = [];
  let omitted = 0;
  const addIssues = (list) => {
    for (const issue of list) {
      if (issues.length < MAX_ISSUES) issues.push(issue);
      else omitted++;
    }
  };

  const read = [];
  for (const file of files) {
    read.push({ name: String(file.name), bytes: await readBytes(file.data), fields: mappedFields(file.fields) });
    if (cancelled()) throw new ImportCancelled();
  }
  const archiveIssues = [];
  const entries = await expandArchives(read, archiveIssues);
  addIssues(archiveIssues);
  const bytesTotal = entries.reduce((sum, entry) => sum + entry.bytes.byteLength, 0);

  let bytesBefore = 0;
  let documentsDone = 0;
  let documentsTotal = 0;
  let added = 0;
  let skipped = archiveIssues.length;
  let lastProgress = 0;
  const reports = [];

  const progress = (phase, fileIndex, fileDone, fileTotal, force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    const seconds = Math.max((now - started) / 1000, 1e-3);
    const fraction = fileTotal > 0 ? fileDone / fileTotal : 0;
    const bytesDone = Math.round(bytesBefore + entries[fileIndex].bytes.byteLength * fraction);
    const bytesPerSecond = bytesDone / seconds;
    onProgress({
      phase,
      file: entries[fileIndex].name,
      fileIndex,
      files: entries.length,
      done: documentsDone + fileDone,
      total: documentsTotal,
      bytesDone,
      bytesTotal,
      docsPerSecond: Math.round((documentsDone + fileDone) / seconds),
      secondsLeft: bytesPerSecond > 0 && bytesDone > 0 ? Math.max(0, Math.round((bytesTotal - bytesDone) / bytesPerSecond)) : null,
    });
  };

  for (let i = 0; i < entries.length; i++) {
    const { name, bytes, fields } = entries[i];
    progress('reading', i, 0, 0, true);
    const detected = detectFields(name, bytes);
    const mapped = detected.format === 'text' ? {} : fields;
    const session = Object.keys(mapped).length > 0
      ? new module.ImportSession(name, bytes, mapped)
      : new module.ImportSession(name, bytes);
    try {
      const fileTotal = session.total();
      documentsTotal += fileTotal;
      while (session.step(target, size) > 0) {
        progress('indexing', i, session.done(), fileTotal);
        await yieldToEvents();
        if (cancelled()) throw new ImportCancelled();
      }
      const report = JSON.parse(session.reportJson());
      addIssues(report.issues ?? []);
      added += report.added;
      skipped += report.skipped;
      const read = Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, mapped[field] ?? detected.fields[field]]));
      reports.push({ name, format: detected.format, added: report.added, skipped: report.skipped, fields: read, mapped });
      progress('indexing', i, fileTotal, fileTotal, true);
      documentsDone += fileTotal;
      bytesBefore += bytes.byteLength;
    } finally {
      session.delete();
    }
    await yieldToEvents();
    if (cancelled()) throw new ImportCancelled();
  }
  return {
    added,
    skipped,
    issues,
    issuesOmitted: omitted,
    files: reports,
    bytes: bytesTotal,
    seconds: (performance.now() - started) / 1000,
  };
}
