// The corpus files of an import: plain files as they are, .zip archives
// opened into the corpus files they hold (fflate, loaded only when an
// archive comes; staged beside this file by scripts/stage-site.sh).

const CORPUS_EXTENSIONS = /\.(jsonl|ndjson|json|csv|tsv|txt)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(name, bytes) {
  return /\.zip$/i.test(name) || ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

function wanted(entryName) {
  if (entryName.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(entryName)) return false;
  return CORPUS_EXTENSIONS.test(entryName);
}

async function unzip(bytes) {
  const { unzipSync } = await import('./vendor/fflate.js');
  return unzipSync(bytes, { filter: (file) => wanted(file.name) });
}

// [{name, bytes: Uint8Array, fields}] for the given [{name, bytes, fields}];
// an archive's entries are named "archive.zip/inner/path.jsonl" and take the
// archive's fields. `skipped` collects archives that could not be opened, as
// import issues.
export async function expandArchives(files, skipped) {
  const out = [];
  for (const { name, bytes, fields } of files) {
    if (!isZip(name, bytes)) {
      out.push({ name, bytes, fields });
      continue;
    }
    let entries;
    try {
      entries = await unzip(bytes);
    } catch (error) {
      skipped.push({ file: name, line: 0, code: 'archive', message: `could not open the archive: ${error.message}` });
      continue;
    }
    const names = Object.keys(entries).sort();
    if (names.length === 0) {
      skipped.push({ file: name, line: 0, code: 'archive', message: 'the archive holds no .jsonl, .json, .csv or .txt file' });
    }
    for (const inner of names) out.push({ name: `${name}/${inner}`, bytes: entries[inner], fields });
  }
  return out;
}
