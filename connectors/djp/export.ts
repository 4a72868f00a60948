import { join } from 'node:path';
import { column, ExportFile, type ExportBatch, type SourceExporter } from '../core/exporter';
import { TAXPAYERS_FILE, type DjpFiling, type DjpTaxpayer } from './format';

/**
 * When Coretax last changed a generated record: its latest event (registration or a return received), at the
 * start of that day in Jakarta. The seed keeps no update time; this one is stable, so an export made twice is
 * the same file, and it orders `/taxpayers/changes` the way a real change feed would be.
 */
function updatedAt(registeredOn: string, filings: readonly DjpFiling[]): string {
  const latest = filings.reduce((last, f) => (f.filedOn !== null && f.filedOn > last ? f.filedOn : last), registeredOn);
  return `${latest}T00:00:00+07:00`;
}

/**
 * Writes the generated taxpayers as the DJP API serves them: `<dir>/djp/taxpayers.ndjson`, one taxpayer per
 * line (NPWP, NIK, statuses, tax office, registration date, update time and every annual return).
 */
export async function djpExporter(dir: string): Promise<SourceExporter> {
  const file = await ExportFile.create(join(dir, 'djp', TAXPAYERS_FILE));
  let records = 0;
  return {
    async write(batch: ExportBatch) {
      const taxpayers = batch.tables.get('tax.taxpayer');
      const filings = batch.tables.get('tax.filing');
      if (!taxpayers || !filings) throw new Error('the batch has no tax.taxpayer or tax.filing table');
      const filingsByNpwp = new Map<string, DjpFiling[]>();
      for (const row of filings.rows) {
        const npwp = column(filings, row, 'npwp')!;
        if (!filingsByNpwp.has(npwp)) filingsByNpwp.set(npwp, []);
        filingsByNpwp.get(npwp)!.push({
          year: Number(column(filings, row, 'year')),
          form: column(filings, row, 'form')!,
          status: column(filings, row, 'status')!,
          filedOn: column(filings, row, 'filed_on'),
        });
      }
      let text = '';
      for (const row of taxpayers.rows) {
        const npwp = column(taxpayers, row, 'npwp')!;
        const registeredOn = column(taxpayers, row, 'registered_on')!;
        const returns = filingsByNpwp.get(npwp) ?? [];
        const taxpayer: DjpTaxpayer = {
          npwp,
          nik: column(taxpayers, row, 'nik')!,
          status: column(taxpayers, row, 'status')!,
          matchingStatus: column(taxpayers, row, 'matching_status')!,
          taxOfficeCode: column(taxpayers, row, 'tax_office_code')!,
          registeredOn,
          updatedAt: updatedAt(registeredOn, returns),
          filings: returns,
        };
        text += `${JSON.stringify(taxpayer)}\n`;
        records += 1;
      }
      await file.write(text);
    },
    async close() {
      await file.close();
      return { files: [file.path], records };
    },
  };
}
