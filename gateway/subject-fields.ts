import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** The scalars whose values name a person: the NIK, and the NPWP (a resident's NPWP is their NIK). */
export type SubjectScalar = 'NIK' | 'NPWP';

const SUBJECT_SCALARS: ReadonlySet<string> = new Set<SubjectScalar>(['NIK', 'NPWP']);

export const isSubjectScalar = (name: string): name is SubjectScalar => SUBJECT_SCALARS.has(name);

/**
 * Where an operation's answer holds NIK or NPWP values: a tree of response keys (aliases as the client chose
 * them), each leaf naming its scalar. Lists are transparent: a key's value may be a list of any depth.
 */
export interface SubjectPaths {
  scalar?: SubjectScalar;
  children?: Map<string, SubjectPaths>;
}

/**
 * The subject paths of a selection set on a type, fragments expanded where they are spread. Selections of one
 * response key under different type conditions share its node: a value is looked at if any of them is a NIK.
 * Returns whether any path was found below.
 */
export function subjectPaths(
  schema: GraphQLSchema,
  typeName: string,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into: SubjectPaths,
): boolean {
  const type = schema.getType(typeName);
  let found = false;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const named = getNamedType(field.type).name;
      const child = into.children?.get(key) ?? {};
      let used = false;
      if (isSubjectScalar(named)) {
        child.scalar = named;
        used = true;
      } else if (selection.selectionSet) {
        used = subjectPaths(schema, named, selection.selectionSet, fragments, child);
      }
      if (used) {
        (into.children ??= new Map()).set(key, child);
        found = true;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value ?? typeName;
      found = subjectPaths(schema, condition, selection.selectionSet, fragments, into) || found;
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment)
        found =
          subjectPaths(schema, fragment.typeCondition.name.value, fragment.selectionSet, fragments, into) || found;
    }
  }
  return found;
}

/**
 * A copy of `value` with each NIK or NPWP value at the paths replaced as `replace` says; what is not on a path is
 * shared with `value`, never changed in place (the answer cache may hold `value`).
 */
export function replaceSubjects(
  value: unknown,
  paths: SubjectPaths,
  replace: (scalar: SubjectScalar, value: string) => string,
): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceSubjects(item, paths, replace));
  if (paths.scalar && typeof value === 'string') return replace(paths.scalar, value);
  if (!paths.children || typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, child] of paths.children) if (key in copy) copy[key] = replaceSubjects(copy[key], child, replace);
  return copy;
}

/** The paths (response keys and list indices) of the values in `value` that contain one of `needles`, at most `max`. */
export function pathsContaining(value: unknown, needles: readonly string[], max = 5, at: string[] = []): string[] {
  const found: string[] = [];
  const visit = (item: unknown, path: string[]) => {
    if (found.length >= max) return;
    if (typeof item === 'string') {
      if (needles.some((needle) => item.includes(needle))) found.push(path.join('.') || '(root)');
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => visit(element, [...path, String(index)]));
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, element] of Object.entries(item)) {
        if (needles.some((needle) => key.includes(needle))) found.push([...path, '(key)'].join('.'));
        visit(element, [...path, key]);
      }
    } else if (typeof item === 'number' && needles.some((needle) => String(item).includes(needle))) {
      found.push(path.join('.'));
    }
  };
  visit(value, at);
  return found;
}
