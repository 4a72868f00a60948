import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where a citizen's notifications are e-mailed, and the name they are addressed by (taken from the register
 * when the citizen set the address): the worker that sends them runs outside any request, and reads nothing else.
 */
@Entity({ schema: 'services', tableName: 'contact' })
export class Contact {
  @PrimaryKey({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
