/**
 * One taxpayer as the DJP API answers it (`GET /taxpayers`, `GET /taxpayers/changes`) and as the export file
 * `taxpayers.ndjson` holds it, one per line: the registration with every annual return (SPT Tahunan) it has.
 * This is the shape the exporter writes, the test agency serves and the mapper reads.
 */
export interface DjpTaxpayer {
  /** The 16-digit NPWP: the NIK for residents (PMK 112/2022), `0` + the legacy 15 digits otherwise. */
  npwp: string;
  nik: string;
  /** ACTIVE, NON_EFFECTIVE (NE) or DELETED. */
  status: string;
  /** NIK-NPWP matching (pemadanan) with Dukcapil: VALID or NOT_YET_VALID. */
  matchingStatus: string;
  /** The registering tax office (KPP), 3 digits. */
  taxOfficeCode: string;
  /** YYYY-MM-DD. */
  registeredOn: string;
  /** When Coretax last changed the record (ISO date-time with offset): its as-of time in the hub. */
  updatedAt: string;
  filings: DjpFiling[];
}

export interface DjpFiling {
  year: number;
  /** F1770, F1770S or F1770SS. */
  form: string;
  /** FILED, LATE or NOT_FILED. */
  status: string;
  /** YYYY-MM-DD the return was received; null when not filed. */
  filedOn: string | null;
}

/** The export's file name inside `<dir>/djp/`. */
export const TAXPAYERS_FILE = 'taxpayers.ndjson';

/** NIKs per `GET /taxpayers?nik=...` request: the API refuses more. */
export const NIKS_PER_REQUEST = 100;
