/**
 * One element of an OSS RBA business export (`businesses.json`): a business (NIB) with its owner and every
 * KBLI activity it is licensed for. This is the shape the exporter writes and the mapper reads.
 */
export interface OssBusiness {
  /** Nomor Induk Berusaha: 13 digits. */
  nib: string;
  /** NIK of the owner (an individual's business). */
  ownerNik: string;
  name: string;
  /** Date the NIB was issued, YYYY-MM-DD. */
  issuedOn: string;
  /** When OSS last changed the record (ISO date-time), where the export says. */
  updatedAt?: string;
  kbli: OssKbli[];
}

export interface OssKbli {
  /** KBLI code: 5 digits (leading zeros matter: "01111"). */
  code: string;
  /** KBLI edition, e.g. "2020". */
  version: string;
  description: string;
  riskLevel: string;
}

/** The export's file name inside `<dir>/oss/`. */
export const BUSINESSES_FILE = 'businesses.json';
