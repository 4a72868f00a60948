import { join } from 'node:path';
import { column, ExportFile, type ExportBatch, type SourceExporter } from '../core/exporter';
import { BUSINESSES_FILE, type OssBusiness, type OssKbli } from './format';

/**
 * Writes the generated businesses as an OSS RBA export: `<dir>/oss/businesses.json`, a JSON array with one
 * business per line (NIB, owner, name, date of issue, and its KBLI activities with version and risk level).
 * The seed keeps no update time, so `updatedAt` is left out and an import stamps its own start.
 */
export async function ossExporter(dir: string): Promise<SourceExporter> {
  const file = await ExportFile.create(join(dir, 'oss', BUSINESSES_FILE));
  await file.write('[\n');
  let records = 0;
  return {
    async write(batch: ExportBatch) {
      const businesses = batch.tables.get('licensing.business');
      const activities = batch.tables.get('licensing.business_activity');
      if (!businesses || !activities)
        throw new Error('the batch has no licensing.business or licensing.business_activity table');
      const kbliByNib = new Map<string, OssKbli[]>();
      for (const row of activities.rows) {
        const nib = column(activities, row, 'nib')!;
        if (!kbliByNib.has(nib)) kbliByNib.set(nib, []);
        kbliByNib.get(nib)!.push({
          code: column(activities, row, 'kbli')!,
          version: column(activities, row, 'kbli_version')!,
          description: column(activities, row, 'description')!,
          riskLevel: column(activities, row, 'risk_level')!,
        });
      }
      let text = '';
      for (const row of businesses.rows) {
        const nib = column(businesses, row, 'nib')!;
        const business: OssBusiness = {
          nib,
          ownerNik: column(businesses, row, 'owner_nik')!,
          name: column(businesses, row, 'name')!,
          issuedOn: column(businesses, row, 'issued_on')!,
          kbli: kbliByNib.get(nib) ?? [],
        };
        text += `${records === 0 ? '' : ',\n'}${JSON.stringify(business)}`;
        records += 1;
      }
      await file.write(text);
    },
    async close() {
      await file.write(records === 0 ? ']\n' : '\n]\n');
      await file.close();
      return { files: [file.path], records };
    },
  };
}
