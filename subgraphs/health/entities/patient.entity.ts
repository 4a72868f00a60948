import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A SATUSEHAT Patient: the IHS number is the FHIR Patient id; the NIK is its identifier. */
@Entity({ schema: 'health', tableName: 'patient' })
export class Patient {
  @PrimaryKey({ type: 'string', length: 16 })
  nik!: string;

  @Unique()
  @Property({ type: 'string', length: 12 })
  ihsNumber!: string;
}
