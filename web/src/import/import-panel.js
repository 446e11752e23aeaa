// The import controls: the file picker and the drop zone around it, the
// progress bar with documents per second and the time left, the Cancel
// button, and the report — per file its format and the fields read, then
// the records skipped (file, line, reason).

import { button, element } from '../results/dom.js';
import { DOCUMENT_FIELDS } from './field-detection.js';

const MAX_LISTED_ISSUES = 200;

function fieldLabel(value, i18n) {
  if (!value) return i18n.t('import.fieldNone');
  if (value.startsWith('#')) return i18n.t(`import.field${value.slice(1).replace(/-(\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase())}`);
  return value;
}

function defaultName(files) {
  const first = files[0]?.name ?? 'corpus';
  return first.replace(/\.[A-Za-z0-9]+$/, '') || first;
}

// `startImport(files, options)` does the work; `onIdle()` runs once an
// import has ended, however it ended.
export function createImportPanel(nodes, { i18n, startImport, onIdle }) {
  let controller = null;
  let lastReport = null;
  let lastProgress = null;

  function setBusy(busy) {
    nodes.input.disabled = busy;
    nodes.area.hidden = !busy;
    nodes.cancel.disabled = !busy;
    nodes.dropZone.classList.toggle('is-busy', busy);
  }

  function showProgress(progress) {
    lastProgress = progress;
    const fraction = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
    nodes.progress.value = Math.min(1, fraction);
    const parts = [
      i18n.t('import.progressFile', { file: progress.file, index: progress.fileIndex + 1, files: progress.files }),
      i18n.t('import.progressDocs', { done: progress.done, total: progress.total, count: progress.total }),
      i18n.t('import.progressRate', { rate: progress.docsPerSecond }),
      i18n.t('import.progressBytes', { percent: Math.round(fraction * 100) }),
    ];
    if (progress.secondsLeft !== null) parts.push(i18n.t('import.progressLeft', { seconds: progress.secondsLeft }));
    nodes.progressText.textContent = parts.join(' · ');
  }

  function renderFields(files) {
    const table = element('table', { className: 'import-fields' });
    const caption = element('caption', { text: i18n.t('import.fieldsCaption') });
    const head = element('tr');
    for (const key of ['import.colFile', 'import.colFormat', 'import.colAdded', ...DOCUMENT_FIELDS.map((f) => `import.col.${f}`)]) {
      head.append(element('th', { text: i18n.t(key), attrs: { scope: 'col' } }));
    }
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    for (const file of files) {
      const row = element('tr');
      row.append(element('th', { text: file.name, dir: 'auto', attrs: { scope: 'row' } }));
      row.append(element('td', { text: i18n.t(`format.${file.format}`) }));
      row.append(element('td', { text: i18n.number(file.added) }));
      for (const field of DOCUMENT_FIELDS) row.append(element('td', { text: fieldLabel(file.fields[field], i18n), dir: 'auto' }));
      tbody.append(row);
    }
    table.append(caption, thead, tbody);
    return table;
  }

  function renderReport() {
    if (!lastReport) {
      nodes.report.hidden = true;
      return;
    }
    const { kind, report, name, error } = lastReport;
    const out = [];
    if (kind === 'done') {
      out.push(element('p', { className: 'import-summary', text: i18n.t('import.done', {
        added: report.added, count: report.added, skipped: report.skipped, name, documents: report.documents,
        seconds: report.seconds.toFixed(1),
      }) }));
      out.push(element('p', { className: 'field-help', text: i18n.t('import.fieldsNote') }));
      out.push(renderFields(report.files));
      if (report.issues.length) {
        out.push(element('h3', { className: 'import-issues-title', text: i18n.t('import.issuesTitle', { count: report.issues.length + report.issuesOmitted }) }));
        const list = element('ul', { className: 'import-issues' });
        for (const issue of report.issues.slice(0, MAX_LISTED_ISSUES)) {
          list.append(element('li', { text: i18n.t('import.issue', { file: issue.file, line: issue.line, code: issue.code, message: issue.message }), dir: 'auto' }));
        }
        out.push(list);
        const more = report.issues.length + report.issuesOmitted - Math.min(report.issues.length, MAX_LISTED_ISSUES);
        if (more > 0) out.push(element('p', { text: i18n.t('import.issuesMore', { count: more }) }));
      }
    } else if (kind === 'cancelled') {
      out.push(element('p', { className: 'import-summary', text: i18n.t('import.cancelled') }));
    } else {
      out.push(element('p', { className: 'import-summary is-error', text: i18n.t('import.failed', { code: error.code ?? 'error', message: error.message }) }));
    }
    nodes.report.replaceChildren(...out);
    nodes.report.hidden = false;
  }

  async function run(fileList) {
    const files = [...fileList];
    if (files.length === 0 || controller) return;
    const name = nodes.name.value.trim() || defaultName(files);
    const target = nodes.form.querySelector('input[name="import-target"]:checked')?.value === 'current' ? 'current' : 'empty';
    controller = new AbortController();
    lastReport = null;
    renderReport();
    setBusy(true);
    nodes.progress.value = 0;
    nodes.progressText.textContent = i18n.t('import.starting');
    try {
      const { report } = await startImport(files, { name, target, onProgress: showProgress, signal: controller.signal });
      lastReport = { kind: 'done', report, name };
    } catch (error) {
      lastReport = error.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', error };
    } finally {
      controller = null;
      lastProgress = null;
      setBusy(false);
      nodes.input.value = '';
      renderReport();
      onIdle?.();
    }
  }

  nodes.input.addEventListener('change', () => run(nodes.input.files));
  nodes.cancel.addEventListener('click', () => controller?.abort());
  for (const type of ['dragenter', 'dragover']) {
    nodes.dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      nodes.dropZone.classList.add('is-dragging');
    });
  }
  nodes.dropZone.addEventListener('dragleave', () => nodes.dropZone.classList.remove('is-dragging'));
  nodes.dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    nodes.dropZone.classList.remove('is-dragging');
    if (!nodes.input.disabled) run(event.dataTransfer?.files ?? []);
  });

  return {
    enable() {
      nodes.input.disabled = false;
    },
    get busy() {
      return controller !== null;
    },
    relabel() {
      if (lastProgress) showProgress(lastProgress);
      renderReport();
    },
    run,
  };
}
