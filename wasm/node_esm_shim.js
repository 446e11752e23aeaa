// Emscripten 3.1.6 emits CommonJS names (require, __dirname) on its Node code
// path even with EXPORT_ES6; an ES module has neither. Define them from
// import.meta.url under Node only; in a browser nothing is imported.
const qalamIsNode = typeof process === 'object' && typeof process.versions === 'object' &&
  typeof process.versions.node === 'string';
const require = qalamIsNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __dirname = qalamIsNode ? require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url)) : '';
