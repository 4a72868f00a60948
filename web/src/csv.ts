/** This text as a file the browser downloads, byte for byte as given (UTF-8). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** RFC 4180 CSV of these rows (the first is the header), as a file the browser downloads. */
export function downloadCsv(name: string, rows: readonly (readonly (string | number | null | undefined)[])[]): void {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading = + - @ would be a formula in a spreadsheet: quoted with an apostrophe.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  downloadText(name, `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`, 'text/csv;charset=utf-8');
}

/** This value as a pretty-printed JSON file the browser downloads. */
export function downloadJson(name: string, value: unknown): void {
  downloadText(name, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}
