import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ServiceCode } from './services.enums';

/**
 * A service as one MPP offers it: the fee and the service standard (working days) are the regency's own, set in
 * its service standard decree; what the service is and requires is national (catalogue.ts).
 */
@Entity({ schema: 'services', tableName: 'offering' })
export class Offering {
  @PrimaryKey({ type: 'text' })
  mppId!: string;

  @PrimaryKey({ type: 'text' })
  service!: ServiceCode;

  @Property({ type: 'integer' })
  feeRupiah!: number;

  @Property({ type: 'integer' })
  standardDays!: number;

  @Property({ type: 'integer' })
  complaintDays!: number;
}
