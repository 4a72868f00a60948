/** Rows for one table, ready for bulkInsert (values as text, null for NULL). */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: (string | null)[][];
}

export function tableRows(table: string, columns: readonly string[]): TableRows {
  return { table, columns, rows: [] };
}
