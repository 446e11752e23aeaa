// DOM helpers shared by the analysis views. Untrusted text only ever goes in
// through textContent; sizes through element.style.setProperty or SVG
// attributes (the page's CSP forbids style attributes written as strings).

import { text } from './strings.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function isLanguageTag(code) {
  return typeof code === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code);
}

// el('p', {className, text, dir, lang, attrs: {...}, on: {click}}, ...children)
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  applyOptions(node, options);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function applyOptions(node, { className, text: content, dir, lang, attrs, on, hidden } = {}) {
  if (className) node.className = className;
  if (content !== undefined && content !== null) node.textContent = String(content);
  if (dir) node.dir = dir;
  if (lang && isLanguageTag(lang)) node.lang = lang;
  if (hidden) node.hidden = true;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, listener] of Object.entries(on ?? {})) node.addEventListener(event, listener);
}

export function button(label, onClick, { className, attrs } = {}) {
  return el('button', { className, text: label, attrs: { type: 'button', ...attrs }, on: { click: onClick } });
}

// A labelled <select>; options = [{value, label}].
export function select(id, label, options, value, onChange, { className } = {}) {
  const control = el('select', { attrs: { id } });
  for (const option of options) {
    const item = el('option', { text: option.label, attrs: { value: option.value } });
    if (option.value === value) item.selected = true;
    control.append(item);
  }
  control.addEventListener('change', () => onChange(control.value));
  return el('span', { className: className ?? 'views-field' }, el('label', { text: label, attrs: { for: id } }), control);
}

// The views' language: context.ui.language (the shell's), else the state's `ui`.
export function uiLanguage(context) {
  const { ui: given } = context;
  const ui = typeof given === 'function' ? given() : (given && typeof given === 'object' ? given.language : given);
  if (ui === 'fa' || ui === 'en') return ui;
  return context.state.get().ui === 'fa' ? 'fa' : 'en';
}

export function translator(context) {
  return (key, vars) => text(uiLanguage(context), key, vars);
}

export function formatNumber(value, ui) {
  return Number(value).toLocaleString(ui === 'fa' ? 'fa-IR' : 'en');
}

// The page is right-to-left text inside: the direction of a document's
// language, for documents that carry no other clue.
export function directionOfLanguage(lang) {
  return lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr';
}

// Offers `content` as a file: a Blob behind a download link, clicked at once
// and kept in `container` so it can be used again (and found by tests).
export function offerDownload(container, fileName, content, mimeType) {
  const blob = new Blob([content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const previous = container.querySelector(`a[download="${CSS.escape(fileName)}"]`);
  if (previous) {
    URL.revokeObjectURL(previous.href);
    previous.remove();
  }
  const link = el('a', { className: 'views-download', text: fileName, attrs: { href: url, download: fileName } });
  container.append(link);
  link.click();
  return link;
}

// Runs `load()` and ignores its result when a newer call has started since.
export function latestOnly() {
  let generation = 0;
  return async (load, apply) => {
    const mine = ++generation;
    const value = await load();
    if (mine === generation) apply(value);
    return mine === generation;
  };
}

// The client's request for any message type: call(type, payload) in
// client.js (request(type, payload) in older shells).
export function requester(client) {
  const send = client.call ?? client.request;
  if (typeof send !== 'function') throw new Error('the search client has no call(type, payload)');
  return (type, payload = {}) => send.call(client, type, payload);
}
