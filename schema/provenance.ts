import { Embeddable, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * Where an agency's record came from: stamped on every row by the connector that wrote it (columns
 * `source_agency`, `source_system`, `source_as_of`), and by the seed for generated data. Shared by the
 * agency subgraphs, so `@shareable`.
 */
@ObjectType('Provenance', {
  description: 'Where a record came from: the agency, its system, and when the record was true there.',
})
@Directive('@shareable')
@Embeddable()
export class Provenance {
  @Field({ description: 'The agency that holds the record, e.g. "Dukcapil (Kemendagri)".' })
  @Property({ type: 'text' })
  agency!: string;

  @Field({ description: 'The system it came from, e.g. "SIAK", "SATUSEHAT"; "synthetic seed" for generated data.' })
  @Property({ type: 'text' })
  system!: string;

  @Field(() => Date, {
    description: 'When the source said the record was so (its own timestamp, else when it was imported).',
  })
  @Property({ type: 'datetime' })
  asOf!: Date;
}

/** The seed's provenance: generated data, said of the agency that would hold it. */
const SEED_SYSTEM = 'synthetic seed';

/**
 * SQL for a migration adding provenance to a table: seeded rows get the agency, `synthetic seed` and the
 * time of loading, through column defaults (the bulk loader does not name the columns).
 */
export function addProvenanceSql(table: string, agency: string): string {
  return `alter table ${table}
    add column "source_agency" text not null default '${agency.replace(/'/g, "''")}',
    add column "source_system" text not null default '${SEED_SYSTEM}',
    add column "source_as_of" timestamptz not null default now();`;
}
