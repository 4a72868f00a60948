import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type FieldDefinitionNode,
  type GraphQLOutputType,
  type TypeNode,
} from 'graphql';
import { withinCeiling } from '../../policy/role-ceiling';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';
import { isScope, PERSONAL_TYPES, SCOPES } from '../../schema/scopes';

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

  it('puts a scope on every object and list an officer can reach inside personal data, copies included', () => {
    // Walks the supergraph from its roots as an officer could (not below a scope outside the officer's ceiling).
    // Inside personal data (a personal type, or anything below a field with a scope), a field that returns an
    // object or a list must carry its own scope, unless it is reviewed below as holding nothing but the data of
    // the scope above it: an application's copy of JKN status is health.coverage, not licensing.application.
    const sameAsAbove: Record<string, string> = {
      'Address.village': "the address's village and its region chain: population.address",
      'Village.district': 'the Kemendagri region chain of an address',
      'District.regency': 'the Kemendagri region chain of an address',
      'Regency.province': 'the Kemendagri region chain of an address',
      'BpjsMembership.primaryCareFacility': "the membership's own FKTP: health.coverage",
      'Household.region': "where the household was surveyed: regsosek's household data",
      'Household.housing': "the survey's housing answers: regsosek's household data",
      'Household.assets': "the survey's asset answers: regsosek's household data",
      'Eligibility.reasons': 'why the eligibility is what it is: regsosek.eligibility',
      'TaxProfile.taxOffice': "the taxpayer's KPP: the tax profile",
      'TaxCompliance.reasons': 'why the compliance status is what it is: tax.compliance',
      'ComplianceSnapshot.reasons': "the copy's reasons: tax.compliance, as the copy",
      'LicenceApplication.practiceLocation': 'where the applicant asked to practise: licensing.application',
    };
    // Where a record came from (agency, as-of time): about the record, not the person.
    const aboutTheRecord = new Set(['Provenance']);
    const schema = buildASTSchema(document, { assumeValidSDL: true });
    const isList = (type: GraphQLOutputType): boolean => (isNonNullType(type) ? isList(type.ofType) : isListType(type));
    const missing: string[] = [];
    const reviewed = new Set<string>();
    const seen = new Set<string>();
    const walk = (typeName: string, inside: boolean) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || seen.has(`${typeName}:${inside}`)) return;
      seen.add(`${typeName}:${inside}`);
      const personal = inside || PERSONAL_TYPES.has(typeName);
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        const scope = field.astNode ? scopeOf(field.astNode) : undefined;
        if (scope && isScope(scope) && !withinCeiling('officer', scope)) continue;
        const named = getNamedType(field.type);
        const name = `${typeName}.${field.name}`;
        if (personal && !scope && (isObjectType(named) || isList(field.type)) && !aboutTheRecord.has(named.name)) {
          if (name in sameAsAbove) reviewed.add(name);
          else missing.push(name);
        }
        if (isObjectType(named)) walk(named.name, personal || scope !== undefined);
      }
    };
    walk('Query', false);
    walk('Mutation', false);
    expect(missing).toEqual([]);
    // Every reviewed exception is still in the schema, where the walk meets it.
    expect([...reviewed].sort()).toEqual(Object.keys(sameAsAbove).sort());
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
