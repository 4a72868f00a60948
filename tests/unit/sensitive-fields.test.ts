import { readFileSync } from 'node:fs';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';
import { PERSONAL_TYPES, SCOPES } from '../../schema/scopes';

// Every field that releases personal data carries @sensitive(scope:) with a scope from the catalogue.
const document = parse(readFileSync(SUPERGRAPH_PATH, 'utf8'));

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function scopeOf(field: FieldDefinitionNode): string | undefined {
  const directive = field.directives?.find((d) => d.name.value === 'sensitive');
  const argument = directive?.arguments?.find((a) => a.name.value === 'scope');
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

const fields = document.definitions.flatMap((definition) =>
  definition.kind === Kind.OBJECT_TYPE_DEFINITION && !definition.name.value.startsWith('_')
    ? (definition.fields ?? [])
        .filter((f) => !f.name.value.startsWith('_'))
        .map((field) => ({ type: definition.name.value, field }))
    : [],
);

describe('sensitivity in the schema', () => {
  it('puts a scope on every Citizen field but its key, and on every field that returns a personal type', () => {
    const missing = fields
      .filter(
        ({ type, field }) =>
          (type === 'Citizen' && field.name.value !== 'nik') || PERSONAL_TYPES.has(namedType(field.type)),
      )
      .filter(({ field }) => !scopeOf(field))
      .map(({ type, field }) => `${type}.${field.name.value}`);
    if (missing.length > 0) {
      throw new Error(
        `personal fields without @sensitive(scope:): ${missing.join(', ')}. Add @Directive(sensitive('<scope>')) ` +
          `(schema/scopes.ts) and run npm run compose`,
      );
    }
    expect(fields.filter(({ field }) => scopeOf(field)).length).toBeGreaterThan(30);
  });

  it('uses only scopes from the catalogue, and every catalogued scope somewhere', () => {
    const used = new Set(fields.map(({ field }) => scopeOf(field)).filter((s): s is string => s !== undefined));
    expect([...used].filter((scope) => !(scope in SCOPES))).toEqual([]);
    expect(Object.keys(SCOPES).filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('makes every sensitive query field nullable, so a refusal nulls that field and not its parent', () => {
    const nonNull = fields
      .filter(({ type, field }) => type !== 'Mutation' && scopeOf(field) && field.type.kind === Kind.NON_NULL_TYPE)
      .map(({ type, field }) => `${type}.${field.name.value}`);
    expect(nonNull).toEqual([]);
  });

  it('keeps the directive in the supergraph through @composeDirective', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toContain('directive @sensitive(scope: String!) on FIELD_DEFINITION');
  });
});
