// Loads this build's wasm module in Node the way the worker does in a page:
// module bytes and ICU data handed over explicitly (no fetch by URL).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadQalam() {
  const dir = process.env.QALAM_WASM_DIR;
  if (!dir) throw new Error('QALAM_WASM_DIR is not set (run through ctest)');
  const { default: createQalamModule } = await import(pathToFileURL(path.join(dir, 'qalam.mjs')).href);
  const wasmBinary = await readFile(path.join(dir, 'qalam.wasm'));
  const module = await createQalamModule({ wasmBinary });
  const icu = await readFile(process.env.QALAM_ICU_DATA);
  const error = module.loadIcuData(new Uint8Array(icu));
  if (error) throw new Error(`ICU data: ${error.code}: ${error.message}`);
  return module;
}
