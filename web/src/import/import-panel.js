// The import controls: the file picker and the drop zone around it, the
// choice of fields (when asked for: a list per document field of the keys
// or columns the chosen files hold, preset to what the importer detects),
// the progress bar with documents per second and the time left, the Cancel
// button, and the report — per file its format and the fields read, then
// the records skipped (file, line, reason).

import { button, element } from '../results/dom.js';
import { DOCUMENT_FIELDS, fileKeys } from './field-detection.js';
import { issueLocation } from '../issue-location.js';

const HEAD_BYTES = 256 * 1024;
const ZIP_NAME = /\.zip$/i;

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
  let pending = null; // {files, keys, detected} while the fields are being chosen

  // Made here rather than in index.html: the checkbox that asks for the
  // choice of fields, and the fieldset where it is made.
  const review = element('input', { attrs: { type: 'checkbox', id: 'import-review-fields' } });
  const reviewText = element('span');
  const reviewLabel = element('label', { className: 'import-review' });
  reviewLabel.append(review, ' ', reviewText);
  (nodes.form.querySelector('.import-options') ?? nodes.dropZone.parentNode).append(reviewLabel);
  const mapping = element('fieldset', { className: 'import-mapping', attrs: { id: 'import-mapping' } });
  mapping.hidden = true;
  nodes.dropZone.after(mapping);

  function setBusy(busy) {
    nodes.input.disabled = busy;
    nodes.area.hidden = !busy;
    nodes.cancel.disabled = !busy;
    nodes.dropZone.classList.toggle('is-busy', busy);
  }

  // Reads the start of each chosen file (archives are not opened here: their
  // entries take the fields chosen, or the defaults).
  async function inspect(files) {
    const keys = [];
    const detected = {};
    const formats = [];
    for (const file of files) {
      if (ZIP_NAME.test(file.name)) {
        formats.push({ name: file.name, format: 'zip' });
        continue;
      }
      const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
      const found = fileKeys(file.name, head);
      formats.push({ name: file.name, format: found.format });
      for (const key of found.keys) if (!keys.includes(key)) keys.push(key);
      for (const field of DOCUMENT_FIELDS) {
        if (!detected[field] && found.fields[field] && !found.fields[field].startsWith('#')) detected[field] = found.fields[field];
      }
    }
    return { keys, detected, formats };
  }

  function renderMapping() {
    if (!pending) {
      mapping.hidden = true;
      mapping.replaceChildren();
      return;
    }
    // Choices made survive a change of UI language ('' = the detected default).
    const chosen = Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, mapping.querySelector(`#import-field-${field}`)?.value ?? '']));
    const out = [element('legend', { text: i18n.t('import.mappingLegend') })];
    out.push(element('p', { className: 'field-help', attrs: { id: 'import-mapping-help' }, text: i18n.t('import.mappingHelp', { files: pending.formats.map((f) => f.name).join(', ') }) }));
    const grid = element('div', { className: 'import-mapping-fields' });
    for (const field of DOCUMENT_FIELDS) {
      const id = `import-field-${field}`;
      const label = element('label', { text: i18n.t(`import.col.${field}`), attrs: { for: id } });
      const select = element('select', { attrs: { id, name: id, 'aria-describedby': 'import-mapping-help' } });
      const detected = pending.detected[field] ?? '';
      select.append(element('option', { text: detected ? i18n.t('import.mappingDefault', { key: detected }) : i18n.t('import.mappingNone'), attrs: { value: '' } }));
      for (const key of pending.keys) {
        const option = element('option', { text: key, attrs: { value: key } });
        option.dir = 'auto';
        select.append(option);
      }
      select.value = chosen[field];
      const row = element('div', { className: 'import-mapping-field' });
      row.append(label, ' ', select);
      grid.append(row);
    }
    out.push(grid);
    const start = button(i18n.t('import.mappingStart'), { className: 'import-mapping-start' });
    start.id = 'import-mapping-start';
    start.addEventListener('click', () => {
      const files = pending.files;
      const fields = {};
      for (const field of DOCUMENT_FIELDS) {
        const value = mapping.querySelector(`#import-field-${field}`).value;
        if (value) fields[field] = value;
      }
      pending = null;
      renderMapping();
      run(files, fields);
    });
    const back = button(i18n.t('import.mappingBack'), { className: 'import-mapping-back' });
    back.id = 'import-mapping-back';
    back.addEventListener('click', () => {
      pending = null;
      renderMapping();
      nodes.input.value = '';
      nodes.input.focus();
    });
    const actions = element('div', { className: 'import-mapping-actions' });
    actions.append(start, back);
    out.push(actions);
    mapping.replaceChildren(...out);
    mapping.hidden = false;
  }

  async function choose(fileList) {
    const files = [...fileList];
    if (files.length === 0 || controller) return;
    if (!review.checked) {
      run(files);
      return;
    }
    pending = { files, ...(await inspect(files)) };
    mapping.replaceChildren();
    renderMapping();
    mapping.querySelector('select')?.focus();
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
          list.append(element('li', { text: i18n.t('import.issue', { where: issueLocation(issue), code: issue.code, message: issue.message }), dir: 'auto' }));
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

  // `fields`: the document fields read from other keys or columns, if any.
  async function run(fileList, fields) {
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
      const options = { name, target, onProgress: showProgress, signal: controller.signal };
      if (fields && Object.keys(fields).length > 0) options.fields = fields;
      const { report } = await startImport(files, options);
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

  reviewText.textContent = i18n.t('import.reviewFields');
  nodes.input.addEventListener('change', () => choose(nodes.input.files));
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
    if (!nodes.input.disabled) choose(event.dataTransfer?.files ?? []);
  });

  return {
    enable() {
      nodes.input.disabled = false;
    },
    get busy() {
      return controller !== null;
    },
    relabel() {
      reviewText.textContent = i18n.t('import.reviewFields');
      if (lastProgress) showProgress(lastProgress);
      renderMapping();
      renderReport();
    },
    run,
  };
}
