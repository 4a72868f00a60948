import type { Connector } from '../core/connector';
import { upsertInto } from '../core/upsert';
import { mapOssBusiness } from './mapper';
import { openOssExport } from './source';
import { OSS_TABLES } from './tables';

/** OSS RBA (Online Single Submission, risk-based): businesses by NIB with their KBLI activities and risk levels. */
export const ossConnector: Connector = {
  source: 'oss',
  agency: 'Kementerian Investasi/BKPM',
  system: 'OSS RBA',
  tables: OSS_TABLES.map((t) => t.name),
  input: 'OSS RBA NIB/KBLI export: businesses.json (a JSON array, one business per line) or the directory holding it',
  open: (input) => openOssExport(input),
  map: mapOssBusiness,
  write: upsertInto(OSS_TABLES),
};
