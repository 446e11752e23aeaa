// Table exports: CSV (RFC 4180, every field quoted) and JSON.
//
// A spreadsheet runs a cell that starts with = + - or @ as a formula (and tab
// or carriage return can hide one), so such cells get a leading apostrophe:
// corpus text must never run as a formula in the reader's spreadsheet.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value) {
  const cell = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvField(value) {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

// columns: [{key, label}] (a key may be a function of the row); a byte order
// mark first so spreadsheets read the file as UTF-8.
export function toCsv(rows, columns) {
  const lines = [columns.map((column) => csvField(column.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => {
      const value = typeof column.key === 'function' ? column.key(row) : row[column.key];
      return csvField(Array.isArray(value) ? value.join(' | ') : value);
    }).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}
