// Where the corpus inputs live on this machine and what version each one is:
// installed Debian packages (dpkg), npm packages (node_modules) and plain
// files. The versions go into the manifest, and an unchanged set of them lets
// a rerun skip the build.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function sha256(bufferOrString) {
  return createHash('sha256').update(bufferOrString).digest('hex');
}

export function fileDigest(path) {
  const data = readFileSync(path);
  return { bytes: data.length, sha256: sha256(data) };
}

// Installed version of a Debian package; a clear error when it is missing.
export function debianVersion(pkg) {
  let out;
  try {
    out = execFileSync('dpkg-query', ['-W', '-f=${Status}\t${Version}', pkg], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    throw new Error(`Debian package ${pkg} is not installed (scripts/bench-corpus.sh installs it)`);
  }
  const [status, version] = out.split('\t');
  if (!status.includes('install ok installed')) {
    throw new Error(`Debian package ${pkg} is not installed (status: ${status})`);
  }
  return version;
}

// Regular files (no symbolic links, no folders) that a Debian package
// installed, sorted, optionally only those under `prefix`.
export function debianFiles(pkg, prefix = '/') {
  const listed = execFileSync('dpkg-query', ['-L', pkg], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\n')
    .filter((path) => path.startsWith(prefix));
  return listed
    .filter((path) => {
      try {
        return lstatSync(path).isFile();
      } catch {
        return false; // listed but removed by hand (or by dpkg path-exclude)
      }
    })
    .sort();
}

// Folder of an npm package as installed for this repository: node resolves
// packages from the nearest node_modules up the tree, and so do we (several
// of these packages export no package.json we could resolve).
export function npmPackageDir(name, from = dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`npm package ${name} is not installed (run npm ci in the repository)`);
}

export function npmVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

// Files of a folder, sorted, without descending.
export function listFiles(dir, pattern = /./) {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}
