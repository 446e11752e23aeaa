// Set-up shared by the embedding tests: a throw-away copy of the staged site
// with the host pages of fixtures/embed/ beside it (in embed-fixture/, so the
// pages reach the kit as ../src/embed/…), served by the project's server.
//
// Not a test file itself: `node --test tests/e2e/` only runs *.test.mjs.

import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { siteDir, startServer } from './support.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/embed/', import.meta.url));
export const FIXTURE_FOLDER = 'embed-fixture';

// -> {url (of the fixture folder), root, close()}
export async function serveSiteWithHostPages() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'qalam-embed-site-'));
  let server = null;
  try {
    await cp(siteDir(), root, { recursive: true });
    await cp(FIXTURES, path.join(root, FIXTURE_FOLDER), { recursive: true });
    server = await startServer({ root, port: 0 });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    root,
    url: new URL(`${FIXTURE_FOLDER}/`, server.url).href,
    async close() {
      try {
        await server.close();
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}
