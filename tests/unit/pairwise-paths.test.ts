import { buildSchema, parse } from 'graphql';
import { subjectArguments } from '../../gateway/pairwise-arguments';
import { fragmentsOf } from '../../gateway/operation-document';
import { replaceSubjects, subjectPaths, type SubjectPaths } from '../../gateway/subject-fields';

// Where a NIK or NPWP sits in an answer and in a request, found from the operation and the schema alone.
const schema = buildSchema(`
  scalar NIK
  scalar NPWP
  input Applicant { nik: NIK!, note: String }
  type Tax { npwp: NPWP! }
  type Person { nik: NIK!, name: String, kin: [[Person!]], tax: Tax }
  type Query { person(nik: NIK!): Person, people(niks: [NIK!]!): [Person], apply(who: Applicant!): Person }
`);

function pathsOf(query: string): SubjectPaths {
  const document = parse(query);
  const paths: SubjectPaths = {};
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  if (operation.kind === 'OperationDefinition')
    subjectPaths(schema, 'Query', operation.selectionSet, fragmentsOf(document), paths);
  return paths;
}

describe('subjectPaths and replaceSubjects', () => {
  it('find NIK and NPWP values under aliases, fragments and nested lists, and change nothing else', () => {
    const paths = pathsOf(`{ p: person(nik: "x") { id: nik name ...Kin tax { ... on Tax { number: npwp } } } }
      fragment Kin on Person { kin { nik name } }`);
    const answer = {
      p: {
        id: 'A',
        name: 'A name',
        kin: [[{ nik: 'B', name: 'B name' }], [{ nik: 'C', name: 'C name' }]],
        tax: { number: 'A' },
      },
    };
    const replaced = replaceSubjects(answer, paths, (scalar, value) => `${scalar}:${value}`);
    expect(replaced).toEqual({
      p: {
        id: 'NIK:A',
        name: 'A name',
        kin: [[{ nik: 'NIK:B', name: 'B name' }], [{ nik: 'NIK:C', name: 'C name' }]],
        tax: { number: 'NPWP:A' },
      },
    });
    // The answer itself is left as it was (the answer cache may hold it).
    expect(answer.p.id).toBe('A');
  });
});

describe('subjectArguments', () => {
  it('finds NIK values written in the query, in lists, in input objects, and in variables by their types', () => {
    const document = parse(`query ($n: NIK!, $a: Applicant!, $many: [NIK!]!) {
      one: person(nik: "lit-1") { name } two: person(nik: $n) { name } people(niks: ["lit-2", "lit-3"]) { name }
      three: people(niks: $many) { name } apply(who: $a) { name } four: apply(who: { nik: "lit-4", note: "x" }) { name }
    }`);
    const found = subjectArguments(schema, document, { n: 'var-1', a: { nik: 'var-2', note: 'y' }, many: ['var-3'] });
    expect(found.map((f) => f.value).sort()).toEqual(
      ['lit-1', 'lit-2', 'lit-3', 'lit-4', 'var-1', 'var-2', 'var-3'].sort(),
    );
  });
});
