// Helpers for the browser tests of the analysis views (document, kwic,
// entities, timeline). Not a test file: `node --test tests/e2e/` only runs
// *.test.mjs.

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { openExplorer, siteDir } from './support.mjs';

export const VIEW_TIMEOUT_MS = 15_000;

// Opens the explorer at `fragment` (e.g. 'q=Almaty&view=kwic') and waits until
// the view's panel is shown.
export async function openView(explorer, fragment, view) {
  await openExplorer(explorer.page, `${explorer.server.url}#${fragment}`);
  await explorer.page.waitForSelector(`#panel-${view}:not([hidden])`, { timeout: VIEW_TIMEOUT_MS });
}

// The sample corpus as the staged site has it: [{doc, id, title, text, ...}].
export async function sampleDocuments() {
  const text = await readFile(path.join(siteDir(), 'data/sample.jsonl'), 'utf8');
  return text.split('\n').filter((line) => line.trim()).map((line, doc) => ({ doc, ...JSON.parse(line) }));
}

export function fragmentParams(page) {
  return new URLSearchParams(new URL(page.url()).hash.replace(/^#/, ''));
}

// Waits for a download started by `action` and returns its text.
export async function downloadText(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: VIEW_TIMEOUT_MS }), action()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

// RFC 4180 CSV into rows of fields; also returns whether every field was quoted.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let allQuoted = true;
  let fieldQuoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
      fieldQuoted = true;
    } else if (c === ',' || c === '\r' || c === '\n') {
      if (c === '\n' && text[i - 1] === '\r') continue;
      if (!fieldQuoted) allQuoted = false;
      row.push(field);
      field = '';
      fieldQuoted = false;
      if (c !== ',') {
        rows.push(row);
        row = [];
      }
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    if (!fieldQuoted) allQuoted = false;
    row.push(field);
    rows.push(row);
  }
  return { rows, allQuoted };
}

// A spreadsheet cell as the views export it.
export function exportedCell(value) {
  const text = String(value ?? '');
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
