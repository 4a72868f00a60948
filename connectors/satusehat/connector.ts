import type { Connector } from '../core/connector';
import { upsertInto } from '../core/upsert';
import { mapBundle } from './mapper';
import { openBundles } from './source';
import { TABLES } from './tables';

/**
 * Kemenkes' SATUSEHAT platform (FHIR R4): per person a collection Bundle of their Patient (IHS number), JKN
 * Coverage and Practitioner registration and licences, keyed by NIK.
 */
export const satusehatConnector: Connector = {
  source: 'satusehat',
  agency: 'Kemenkes',
  system: 'SATUSEHAT',
  tables: TABLES.map((t) => t.name),
  input:
    'NDJSON of FHIR R4 collection Bundles (Patient, Coverage, Practitioner), one per person, or its export directory',
  open: (input) => openBundles(input),
  map: (record) => mapBundle(record),
  write: upsertInto(TABLES),
};
