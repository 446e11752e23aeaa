#!/usr/bin/env node
// Zero-dependency static file server for the Qalam explorer site.
//
//   node scripts/serve-static.mjs <dir> [--port N] [--host 127.0.0.1] [--base /sub/path/]
//
// Port 0 picks a free port. Once listening it prints exactly one line:
//   Qalam explorer: http://127.0.0.1:PORT/
// Also importable: `startServer({root, port, host, base})` resolves to
// `{url, port, close()}` and starts nothing on import.
//
// Serves only files inside <dir> (path traversal and symlinks out of it are
// refused), GET and HEAD only, with correct MIME types (.wasm must be
// application/wasm for streaming compilation), `X-Content-Type-Options:
// nosniff` and the page's Content-Security-Policy as a header (the worker's
// CSP comes from its own response, so it needs 'wasm-unsafe-eval' too).

import { createReadStream, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "worker-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
});

const SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
});

function normalizeBase(base = '/') {
  let out = String(base);
  if (!out.startsWith('/')) out = `/${out}`;
  if (!out.endsWith('/')) out = `${out}/`;
  return out;
}

function isInside(root, candidate) {
  return candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function sendText(res, status, message, extra = {}) {
  const body = `${message}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res, { root, base }) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    sendText(res, 400, 'Bad Request');
    return;
  }
  if (pathname.includes('\0')) {
    sendText(res, 400, 'Bad Request');
    return;
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { ...SECURITY_HEADERS, Location: base, 'Content-Length': 0 });
    res.end();
    return;
  }
  if (!pathname.startsWith(base)) {
    sendText(res, 404, 'Not Found');
    return;
  }
  const relative = pathname.slice(base.length);
  let file = path.resolve(root, `.${path.sep}${relative}`);
  if (!isInside(root, file)) {
    sendText(res, 403, 'Forbidden');
    return;
  }

  let info;
  try {
    // Resolve symlinks too, so a link cannot lead out of the root.
    file = await realpath(file);
    if (!isInside(root, file)) {
      sendText(res, 403, 'Forbidden');
      return;
    }
    info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // Relative URLs in index.html need the trailing slash.
        const location = `${encodeURI(pathname)}/${new URL(req.url, 'http://localhost').search}`;
        res.writeHead(301, { ...SECURITY_HEADERS, Location: location, 'Content-Length': 0 });
        res.end();
        return;
      }
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
  } catch {
    sendText(res, 404, 'Not Found');
    return;
  }
  if (!info.isFile()) {
    sendText(res, 404, 'Not Found');
    return;
  }

  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': info.size,
    'Last-Modified': info.mtime.toUTCString(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function startServer({ root, port = 8080, host = '127.0.0.1', base = '/' } = {}) {
  if (!root) throw new Error('startServer: root directory is required');
  const resolvedRoot = await realpath(path.resolve(root));
  if (!(await stat(resolvedRoot)).isDirectory()) throw new Error(`startServer: ${root} is not a directory`);
  const options = { root: resolvedRoot, base: normalizeBase(base) };

  const server = http.createServer((req, res) => {
    handle(req, res, options).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' || address.family === 6 ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}${options.base}`;
  return {
    url,
    port: address.port,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}

function usage(message) {
  if (message) console.error(`serve-static: ${message}`);
  console.error('usage: node scripts/serve-static.mjs <dir> [--port N] [--host 127.0.0.1] [--base /path/]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { port: 8080, host: '127.0.0.1', base: '/' };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be an integer 0-65535');
      options.port = port;
    } else if (flag === '--host') {
      options.host = value();
    } else if (flag === '--base') {
      options.base = value();
    } else if (flag === '--help' || flag === '-h') {
      usage();
    } else if (flag.startsWith('--')) {
      usage(`unknown option ${flag}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) usage('exactly one directory is required');
  options.root = positional[0];
  return options;
}

function invokedAsMain() {
  if (!process.argv[1]) return false;
  if (import.meta.url === pathToFileURL(process.argv[1]).href) return true;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (invokedAsMain()) {
  const options = parseArgs(process.argv.slice(2));
  try {
    const server = await startServer(options);
    console.log(`Qalam explorer: ${server.url}`);
    const shutdown = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    console.error(`serve-static: ${error.message}`);
    process.exit(1);
  }
}
