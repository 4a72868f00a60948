import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ROLES, type Caller, type Role } from '../auth/caller';
import { decide } from '../policy/decide';
import { withinCeiling } from '../policy/role-ceiling';
import { SCOPES, isScope, type Scope } from '../schema/scopes';
import { DEMO_PURPOSES, DEMO_RULES } from '../seeds/catalogue';
import type { SubgraphDefinition } from '../subgraphs/host/subgraph';
import { SUBGRAPHS } from './subgraphs';

/** A class as type-graphql's metadata storage keeps it (a constructor). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassTarget = Function;

const ROOT = resolve(__dirname, '..');

/** MikroORM discovers metadata from this configuration without ever connecting (`connect: false`). */
const UNUSED_DATABASE_URL = 'postgres://unused@127.0.0.1:1/x';

/** One field of personal data: a row of the index. */
export interface IndexedField {
  readonly type: string;
  readonly field: string;
  readonly scope: Scope;
  readonly subgraph: string;
  /** Where the value comes from: `schema.table.column`, or `— ...` with the reason there is no single column. */
  readonly source: string;
}

/**
 * The field index (schema/FIELDS.md): every field carrying `@sensitive(scope:)` in a subgraph schema, with its
 * scope, the scope's sensitivity, its subgraph, its source column (from MikroORM metadata, discovered without a
 * database) and who can release it (role ceilings, the demonstration steward rules). Pure: writes nothing.
 */
export async function fieldIndex(subgraphs: readonly SubgraphDefinition[] = SUBGRAPHS): Promise<string> {
  const fields: IndexedField[] = [];
  for (const definition of subgraphs) fields.push(...(await indexSubgraph(definition)));
  fields.sort(
    (a, b) =>
      compare(a.scope, b.scope) ||
      compare(a.type, b.type) ||
      compare(a.field, b.field) ||
      compare(a.subgraph, b.subgraph),
  );
  return renderMarkdown(fields);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the schema and the metadata
// ---------------------------------------------------------------------------------------------------------

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function scopeOf(field: FieldDefinitionNode): string | undefined {
  const argument = field.directives
    ?.find((d) => d.name.value === 'sensitive')
    ?.arguments?.find((a) => a.name.value === 'scope');
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

async function indexSubgraph(definition: SubgraphDefinition): Promise<IndexedField[]> {
  const document = parse(printSubgraphSchema(await definition.buildSchema()));
  const orm = await MikroORM.init({ ...definition.ormConfig(UNUSED_DATABASE_URL), connect: false });
  try {
    const sources = new SourceFinder(
      definition.name,
      Object.values(orm.getMetadata().getAll()),
      orm.config.get('schema'),
    );
    const rows: IndexedField[] = [];
    for (const node of document.definitions) {
      if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      for (const field of node.fields ?? []) {
        const scope = scopeOf(field);
        if (scope === undefined) continue;
        if (!isScope(scope))
          throw new Error(
            `${definition.name}: ${node.name.value}.${field.name.value} has scope "${scope}", ` +
              'which schema/scopes.ts does not list',
          );
        const type = node.name.value;
        rows.push({
          type,
          field: field.name.value,
          scope,
          subgraph: definition.name,
          source: sources.describe(type, field.name.value, namedType(field.type)),
        });
      }
    }
    return rows;
  } finally {
    await orm.close();
  }
}

/** Maps a GraphQL field of one subgraph to where its value is kept, through type-graphql's and MikroORM's metadata. */
class SourceFinder {
  private readonly storage = getMetadataStorage();
  /** GraphQL object type name -> this subgraph's entity behind it. */
  private readonly entityByType = new Map<string, EntityMetadata>();

  constructor(
    private readonly subgraph: string,
    private readonly entities: EntityMetadata[],
    private readonly defaultSchema: string | undefined,
  ) {
    for (const meta of entities) {
      if (meta.embeddable || !meta.class) continue;
      const objectType = this.storage.objectTypes.find((o) => o.target === meta.class);
      if (objectType) this.entityByType.set(objectType.name, meta);
    }
  }

  describe(type: string, field: string, returnType: string): string {
    const entity = this.entityByType.get(type);
    if (entity) {
      const property = this.entityProperty(entity, type, field);
      if (property) return this.columns(entity, property);
    }
    const rows = this.entityByType.get(returnType);
    const returns = rows ? `; rows of \`${this.table(rows)}\`` : '';
    const resolver = this.resolverOf(type, field);
    if (resolver) {
      const sameName = rows ? undefined : this.sameNamedColumn(field);
      return `— resolver ${resolver}${returns}${sameName ? `; value of \`${sameName}\` (matched by name)` : ''}`;
    }
    const typeClass = this.objectClass(type, field);
    const file = typeClass && this.fileOf(typeClass.name);
    return `— not stored: ${type} is built in code${file ? ` (\`${file}\`)` : ''}${returns}`;
  }

  /**
   * The entity property behind a GraphQL field: a `@Field` of the class (maybe renamed), or a field resolver named
   * after one.
   */
  private entityProperty(entity: EntityMetadata, type: string, field: string): EntityProperty | undefined {
    const declared = this.classFields(entity.class).find((f) => f.schemaName === field);
    const name = declared?.name ?? this.fieldResolvers(type, field).map((r) => r.methodName)[0];
    return name === undefined ? undefined : entity.properties[name as keyof typeof entity.properties];
  }

  private classFields(target: ClassTarget) {
    const chain: ClassTarget[] = [];
    for (let c: unknown = target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c))
      chain.push(c as ClassTarget);
    return this.storage.fields.filter((f) => chain.includes(f.target));
  }

  private table(meta: EntityMetadata): string {
    return `${meta.schema ?? this.defaultSchema ?? 'public'}.${meta.tableName}`;
  }

  private columns(meta: EntityMetadata, property: EntityProperty): string {
    const table = this.table(meta);
    const list = (names: string[]) => `\`${table}.${names.length === 1 ? names[0] : `{${names.join(', ')}}`}\``;
    switch (property.kind) {
      case 'scalar':
        return property.persist === false || property.formula
          ? `— computed by the entity ${meta.className}.${property.name}`
          : list(property.fieldNames);
      case 'embedded':
        return list(embeddedColumns(property));
      case 'm:1':
        return `${list(property.fieldNames)} (many-to-one → \`${this.table(property.targetMeta!)}\`)`;
      case '1:1':
        if (property.owner)
          return `${list(property.fieldNames)} (one-to-one → \`${this.table(property.targetMeta!)}\`)`;
        return this.inverse(property, 'one-to-one');
      case '1:m':
        return this.inverse(property, 'one-to-many');
      case 'm:n':
        return (
          `\`${property.pivotTable}.{${[...property.joinColumns, ...property.inverseJoinColumns].join(', ')}}\` ` +
          `(many-to-many)`
        );
      default:
        return `${list(property.fieldNames ?? [])}`;
    }
  }

  /** The owning side's column of an inverse relation, on the related table. */
  private inverse(property: EntityProperty, kind: string): string {
    const target = property.targetMeta!;
    const owner = target.properties[property.mappedBy as keyof typeof target.properties] as EntityProperty | undefined;
    const names = owner?.fieldNames ?? [];
    const table = this.table(target);
    return `\`${table}.${names.length === 1 ? names[0] : `{${names.join(', ')}}`}\` (${kind})`;
  }

  /** A scalar column of this subgraph with the field's exact property name, when exactly one has it. */
  private sameNamedColumn(field: string): string | undefined {
    const matches = this.entities
      .filter((m) => !m.embeddable)
      .flatMap((meta) => {
        const property = meta.properties[field as keyof typeof meta.properties] as EntityProperty | undefined;
        return property?.kind === 'scalar' && property.persist !== false
          ? [`${this.table(meta)}.${property.fieldNames[0]}`]
          : [];
      });
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * Field resolvers (`@FieldResolver`) for `type.field`, of resolver classes on an object class of that GraphQL name.
   */
  private fieldResolvers(type: string, field: string) {
    return this.storage.fieldResolvers.filter((r) => {
      if (r.schemaName !== field) return false;
      const objectClass =
        r.getObjectType?.() ?? this.storage.resolverClasses.find((c) => c.target === r.target)?.getObjectType();
      return this.storage.objectTypes.some((o) => o.target === objectClass && o.name === type);
    });
  }

  /**
   * The file of the resolver computing `type.field` (a field resolver, a query or a mutation), preferring this
   * subgraph's.
   */
  private resolverOf(type: string, field: string): string | undefined {
    const handlers =
      type === 'Query'
        ? this.storage.queries
        : type === 'Mutation'
          ? this.storage.mutations
          : type === 'Subscription'
            ? this.storage.subscriptions
            : this.fieldResolvers(type, field);
    const targets = handlers.filter((h) => h.schemaName === field).map((h) => h.target);
    const files = targets.map((t) => this.fileOf(t.name)).filter((f): f is string => f !== undefined);
    const file = files.find((f) => f.startsWith(`subgraphs/${this.subgraph}/`)) ?? files[0];
    return file ? `\`${file}\`` : targets[0]?.name;
  }

  /** The type-graphql class declaring `type.field` with `@Field`, preferring one in this subgraph's folder. */
  private objectClass(type: string, field: string): ClassTarget | undefined {
    const candidates = this.storage.objectTypes
      .filter((o) => o.name === type && this.classFields(o.target).some((f) => f.schemaName === field))
      .map((o) => o.target);
    return candidates.find((c) => this.fileOf(c.name)?.startsWith(`subgraphs/${this.subgraph}/`)) ?? candidates[0];
  }

  /** The source file declaring a class of that name: this subgraph's folder first, then the shared schema/. */
  private fileOf(className: string): string | undefined {
    const declaration = new RegExp(`\\bclass\\s+${className.replace(/\$/g, '\\$')}(?![\\w$])`);
    for (const folder of [join('subgraphs', this.subgraph), 'schema']) {
      const file = sourceFiles(folder).find((f) => declaration.test(readSource(f)));
      if (file) return file;
    }
    return undefined;
  }
}

function embeddedColumns(property: EntityProperty): string[] {
  if (property.object || !property.embeddedProps) return property.fieldNames;
  return Object.values(property.embeddedProps).flatMap((p) =>
    p.kind === 'embedded' ? embeddedColumns(p) : p.fieldNames,
  );
}

const sourceCache = new Map<string, string>();
function readSource(file: string): string {
  let text = sourceCache.get(file);
  if (text === undefined) sourceCache.set(file, (text = readFileSync(join(ROOT, file), 'utf8')));
  return text;
}

/** `.ts` files under a folder of the repository (relative paths, sorted), migrations left out. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) {
        if (name !== 'migrations' && name !== 'node_modules') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        found.push(path.split(sep).join('/'));
      }
    }
  };
  walk(folder);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Who can release a scope
// ---------------------------------------------------------------------------------------------------------

function probe(role: Role, purpose: string | null): Caller {
  return { subject: 'field-index', role, client: null, purpose, nik: null };
}

/**
 * Who can release a scope, derived from the policy itself: the roles whose ceiling admits it (role-ceiling.ts),
 * what `decide` (policy/decide.ts) lets each of them have, and for officers the demonstration rules that cover it.
 */
export function releasers(scope: Scope): string {
  const now = new Date(0);
  const parts: string[] = [];
  for (const role of ROLES) {
    if (!withinCeiling(role, scope)) continue;
    if (role === 'citizen') {
      const family =
        decide(probe(role, null), scope, { kind: 'person', nik: 'other', relation: 'family' }, { now }).kind ===
        'allow';
      parts.push(family ? 'citizen (own; family card)' : 'citizen (own)');
    } else if (role === 'officer') {
      const rules = DEMO_RULES.filter((rule) => rule.scopes.includes(scope)).map(
        (rule) => `${rule.clientId}/${rule.purpose} (${rule.legalBasis})`,
      );
      parts.push(`officer: ${rules.length > 0 ? rules.join(', ') : 'no demo rule'}`);
    } else {
      const person = { kind: 'person', nik: 'other', relation: 'other' } as const;
      const purposes = DEMO_PURPOSES.map((p) => p.code).filter(
        (code) => decide(probe(role, code), scope, person, { now }).kind === 'allow',
      );
      const anyPurpose = decide(probe(role, null), scope, person, { now }).kind === 'allow';
      parts.push(anyPurpose || purposes.length === 0 ? role : `${role} (purpose ${purposes.join(', ')})`);
    }
  }
  return parts.length > 0 ? parts.join('; ') : 'nobody';
}

// ---------------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------------

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function renderMarkdown(fields: readonly IndexedField[]): string {
  const scopes = Object.keys(SCOPES) as Scope[];
  const usedScopes = scopes.filter((scope) => fields.some((f) => f.scope === scope));
  const lines = [
    '<!-- Generated by `npm run compose` (app/field-index.ts). ' +
      'Do not edit by hand: a test fails when this file is stale. -->',
    '',
    '# Personal-data field index',
    '',
    'Generated by `npm run compose` from the subgraph schemas, their MikroORM metadata, the scope catalogue',
    '(`schema/scopes.ts`), the role ceilings (`policy/role-ceiling.ts`, `policy/decide.ts`) and the demonstration',
    'catalogue (`seeds/catalogue.ts`). Do not edit it by hand; change the code and run `npm run compose`.',
    '',
    '## Legend',
    '',
    "- **Field**: `Type.field` in the subgraph's schema, carrying `@sensitive(scope: ...)`. Rows are sorted by scope,",
    '  type and field.',
    '- **Sensitivity**: UU PDP No. 27/2022: `SPECIFIC` is Pasal 4(2) specific personal data, `GENERAL` Pasal 4(3).',
    '- **Source**: the `schema.table.column` the value is read from (`{a, b}`: several columns, e.g. an embedded',
    '  object); a relation names its owning foreign-key column. `—`: no column of its own; the value is computed by',
    '  the resolver named, or the type is built in code. "rows of" names the table the returned objects come from;',
    '  "matched by name" a column found by its property name only, not by following the resolver\'s code.',
    '- **Released to**: the roles whose ceiling (`policy/role-ceiling.ts`) admits the scope. ' +
      '`citizen (own)`: their own',
    '  data only; `family card`: also of the people on their own family card. `officer`: only under a steward rule for',
    "  the caller's client and purpose that covers the scope (and, on `CONSENT`, the citizen's grant); listed are the",
    "  demonstration rules (`client/PURPOSE (LEGAL_BASIS)`, `seeds/catalogue.ts`). In a deployment the steward's",
    '  rules decide. Stewards read no personal data; planners only aggregates; auditors only the access log.',
    '',
    `## Fields (${fields.length})`,
    '',
    '| Field | Scope | Sensitivity | Subgraph | Source | Released to |',
    '| --- | --- | --- | --- | --- | --- |',
    ...fields.map(
      (f) =>
        `| \`${f.type}.${f.field}\` | \`${f.scope}\` | ${SCOPES[f.scope].sensitivity} | ${f.subgraph} ` +
        `| ${cell(f.source)} | ${cell(releasers(f.scope))} |`,
    ),
    '',
    `## Scopes (${usedScopes.length})`,
    '',
    '| Scope | Sensitivity | Description | Fields | Released to |',
    '| --- | --- | --- | --- | --- |',
    ...usedScopes.map((scope) => {
      const { description, sensitivity } = SCOPES[scope];
      const count = fields.filter((f) => f.scope === scope).length;
      return `| \`${scope}\` | ${sensitivity} | ${cell(description)} | ${count} | ${cell(releasers(scope))} |`;
    }),
  ];
  const unused = scopes.filter((scope) => !usedScopes.includes(scope));
  if (unused.length > 0)
    lines.push('', `Catalogued scopes no field uses: ${unused.map((s) => `\`${s}\``).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
