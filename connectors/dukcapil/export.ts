import { join } from 'node:path';
import { ExportFile, type ExportBatch, type SourceExporter } from '../core/exporter';
import type { Registered } from './format';
import { EVENTS_FILE } from './source';

/** Writes the population register as Dukcapil's registration events, one per citizen. */
export async function dukcapilExporter(dir: string): Promise<SourceExporter> {
  const file = await ExportFile.create(join(dir, 'dukcapil', EVENTS_FILE));
  let records = 0;
  return {
    async write(batch: ExportBatch) {
      const issued = new Map(batch.families.map((f) => [f.kk, f.issuedOn]));
      const lines = batch.citizens.map((c) => {
        const event: Registered = {
          event: 'REGISTERED',
          nik: c.nik,
          kk: c.familyKk,
          familyIssuedOn: issued.get(c.familyKk)!,
          fullName: c.fullName,
          sex: c.sex,
          birthPlace: c.birthPlace,
          birthDate: c.birthDate,
          religion: c.religion,
          maritalStatus: c.maritalStatus,
          occupation: c.occupation,
          education: c.education,
          citizenship: c.citizenship,
          relationship: c.familyRelationship,
          address: { street: c.street, rt: c.rt, rw: c.rw, villageCode: c.villageCode },
        };
        return JSON.stringify(event);
      });
      records += lines.length;
      if (lines.length > 0) await file.write(`${lines.join('\n')}\n`);
    },
    async close() {
      await file.close();
      return { files: [file.path], records };
    },
  };
}
