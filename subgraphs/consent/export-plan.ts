import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';

/** What the export knows of one field of the graph: its type, its scope and the subgraph that resolves it. */
export interface PlannedField {
  readonly type: string;
  readonly scope: string | null;
  readonly subgraph: string | null;
}

/**
 * How a citizen's data export reads the graph: one query over everything `me` reaches, built from the composed
 * supergraph so that a field added to any subgraph is in the next export without anyone remembering to add it.
 * Fields that need an argument without a default are left out (they are lookups, not data), as is a type
 * already on the path (a family member's citizen is another person), the profile anywhere but at `me.citizen`
 * (an application's applicant is the citizen again), and what the export takes separately
 * (the access log, page by page with its proofs; the consents with their receipts).
 */
export interface ExportPlan {
  readonly query: string;
  readonly fields: ReadonlyMap<string, PlannedField>;
}

/** Read apart from the query: page by page (the access log) or from the consent subgraph's own store. */
const SEPARATE: ReadonlySet<string> = new Set(['Me.accessLog', 'Me.consents']);

/** Depth of the query below `me`: inside the gateway's limit (12) with room for `me` and `citizen`. */
const MAX_DEPTH = 8;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function directiveArgument(directive: ConstDirectiveNode, name: string): string | null {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING || argument?.value.kind === Kind.ENUM ? argument.value.value : null;
}

/** The subgraph that resolves a field: its one `@join__field` graph, else its type's one `@join__type` graph. */
function subgraphOf(field: FieldDefinitionNode, type: ObjectTypeDefinitionNode): string | null {
  const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
  const fieldGraphs = [...new Set(joins.map((d) => directiveArgument(d, 'graph')).filter((g) => g !== null))];
  if (fieldGraphs.length === 1) return fieldGraphs[0].toLowerCase();
  const typeGraphs = (type.directives ?? []).filter((d) => d.name.value === 'join__type');
  const graphs = [...new Set(typeGraphs.map((d) => directiveArgument(d, 'graph')).filter((g) => g !== null))];
  return graphs.length === 1 ? graphs[0].toLowerCase() : null;
}

/** Builds the plan from a supergraph's SDL (pure). */
export function exportPlanOf(supergraphSdl: string): ExportPlan {
  const document = parse(supergraphSdl);
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  const leaves = new Set<string>(['String', 'Int', 'Float', 'Boolean', 'ID']);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(definition.name.value, definition);
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION)
      leaves.add(definition.name.value);
  }
  const fields = new Map<string, PlannedField>();

  const select = (typeName: string, depth: number, onPath: ReadonlySet<string>): string => {
    const type = objects.get(typeName)!;
    const parts: string[] = [];
    for (const field of type.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      if (SEPARATE.has(key)) continue;
      if ((field.directives ?? []).some((d) => d.name.value === 'inaccessible')) continue;
      if ((field.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue)) continue;
      const target = namedType(field.type);
      const sensitive = (field.directives ?? []).find((d) => d.name.value === 'sensitive');
      fields.set(key, {
        type: target,
        scope: sensitive ? directiveArgument(sensitive, 'scope') : null,
        subgraph: subgraphOf(field, type),
      });
      if (leaves.has(target)) parts.push(field.name.value);
      else if (target === 'Citizen' && typeName !== 'Me') continue;
      else if (objects.has(target) && !onPath.has(target) && depth < MAX_DEPTH) {
        const inner = select(target, depth + 1, new Set([...onPath, target]));
        if (inner) parts.push(`${field.name.value} { ${inner} }`);
      }
    }
    return parts.join(' ');
  };

  return { query: `query CitizenDataExport { me { ${select('Me', 1, new Set(['Me']))} } }`, fields };
}

let plan: ExportPlan | undefined;

/** The plan for the supergraph this hub runs (read once per process). */
export function exportPlan(): ExportPlan {
  plan ??= exportPlanOf(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  return plan;
}
