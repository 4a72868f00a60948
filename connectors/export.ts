import { AgencyGenerator } from '../seeds/agencies';
import { generatePopulation } from '../seeds/generator';
import type { SourceExporter } from './core/exporter';

type ExporterFactory = (dir: string) => Promise<SourceExporter>;

interface ExportOptions {
  dir: string;
  citizens: number;
  seed: string | number;
  /** Sources to write (default: all). */
  sources?: readonly string[];
  /** The exporters by source (default: those of connectors/registry.ts). */
  exporters?: Readonly<Record<string, ExporterFactory>>;
  onProgress?: (done: number, total: number) => void;
}

interface ExportResult {
  citizens: number;
  files: { source: string; path: string }[];
  records: Record<string, number>;
  seconds: number;
}

/**
 * Writes the population `npm run seed` would load (same seed, same size, same people and records) as each
 * agency exports it, under `<dir>/<source>/`. Importing every directory into an empty database gives the same
 * rows as seeding it.
 */
export async function exportPopulation(options: ExportOptions): Promise<ExportResult> {
  const started = process.hrtime.bigint();
  const factories = options.exporters ?? (await registeredExporters());
  const names = options.sources ?? Object.keys(factories);
  const exporters: [string, SourceExporter][] = [];
  for (const name of names) exporters.push([name, await factories[name](options.dir)]);
  const agencies = new AgencyGenerator(options.seed);
  agencies.reference();
  let citizens = 0;
  options.onProgress?.(0, options.citizens);
  for (const batch of generatePopulation({ citizens: options.citizens, seed: options.seed, batchSize: 20_000 })) {
    const tables = new Map(agencies.derive(batch).map((t) => [t.table, t]));
    for (const [, exporter] of exporters)
      await exporter.write({ families: batch.families, citizens: batch.citizens, tables });
    citizens += batch.citizens.length;
    options.onProgress?.(citizens, options.citizens);
  }
  const files: ExportResult['files'] = [];
  const records: Record<string, number> = {};
  for (const [source, exporter] of exporters) {
    const closed = await exporter.close();
    files.push(...closed.files.map((path) => ({ source, path })));
    records[source] = closed.records;
  }
  return { citizens, files, records, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function registeredExporters(): Promise<Record<string, ExporterFactory>> {
  const { SOURCES } = await import('./registry');
  return Object.fromEntries(Object.entries(SOURCES).map(([name, source]) => [name, source.exporter]));
}
