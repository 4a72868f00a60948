/**
 * Dukcapil's population events, one JSON object per line (`<dir>/dukcapil/population.ndjson`), as SIAK
 * publishes them: a registration carries the person's whole record as registered (a snapshot: importing it
 * again changes nothing), a change event carries only what changed and its own id (applied once, however
 * often it is imported).
 */
export interface Address {
  street: string;
  rt: string;
  rw: string;
  /** Kemendagri village code `PP.RR.SS.VVVV`. */
  villageCode: string;
}

export interface Registered {
  event: 'REGISTERED';
  nik: string;
  kk: string;
  /** ISO date the family card was recorded. */
  familyIssuedOn: string;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthPlace: string;
  birthDate: string;
  religion: string;
  maritalStatus: string;
  occupation: string;
  education: string;
  citizenship: 'WNI' | 'WNA';
  relationship: string;
  address: Address;
  diedOn?: string | null;
}

export interface AddressChanged {
  event: 'ADDRESS_CHANGED';
  eventId: string;
  /** ISO date-time the move took effect. */
  at: string;
  nik: string;
  address: Address;
}

export interface Died {
  event: 'DIED';
  eventId: string;
  at: string;
  nik: string;
  diedOn: string;
}

/** Pecah KK: members leave a family card for a new one (a grown child marrying, a divorce). */
export interface FamilySplit {
  event: 'FAMILY_SPLIT';
  eventId: string;
  at: string;
  kk: string;
  newKk: string;
  issuedOn: string;
  members: { nik: string; relationship: string }[];
}

export type PopulationEvent = Registered | AddressChanged | Died | FamilySplit;
