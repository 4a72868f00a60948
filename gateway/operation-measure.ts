import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What an operation asks for once its fragments are expanded, measured without expanding them: each fragment
 * is measured once and multiplied by its spreads, so the measure's own work is linear in the document even
 * when the expansion is exponential (a fragment spreading the previous one twice, 60 deep). It runs on
 * documents not validated yet: unknown fields, types and fragments count as plain selections, and a fragment
 * cycle counts as nothing (validation refuses it afterwards).
 */
export interface OperationMeasure {
  /** Fields, inline fragments and fragment spreads, with every fragment expanded where it is spread. */
  selections: number;
  /** Deepest field nesting outside introspection, root fields counting 1. */
  depth: number;
  /** Deepest nesting below `__schema` or `__type`, those counting 1. */
  introspectionDepth: number;
  /** Aliased fields. */
  aliases: number;
  /** Fields at the root other than `__typename`. */
  rootFields: number;
  /** Directives used on the operation and its selections. */
  directives: number;
  /** The most times one response key, or one fragment, appears in a single selection set. */
  repeats: number;
  /**
   * Estimated work: each field costs 1 plus its selection's cost times its multiplier, which is the length of
   * its longest list argument (inline or bound to a variable) or its `first`/`last`/`limit` argument, else
   * `assumedListSize` for a field returning a list, else 1. `__typename` and introspection cost nothing.
   */
  cost: number;
  /** Items in the longest list argument, inline or in variables. */
  longestList: number;
  /** AST selection nodes the measure visited (for the tests that prove the measure linear). */
  visited: number;
}

interface Summary {
  selections: number;
  depth: number;
  introspectionDepth: number;
  aliases: number;
  top: number;
  directives: number;
  repeats: number;
  cost: number;
  longestList: number;
}

const EMPTY: Summary = {
  selections: 0,
  depth: 0,
  introspectionDepth: 0,
  aliases: 0,
  top: 0,
  directives: 0,
  repeats: 0,
  cost: 0,
  longestList: 0,
};

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);

export interface MeasureOptions {
  /** The multiplier of a field that returns a list and has no list or page argument. Default 10. */
  assumedListSize?: number;
}

class Measurer {
  visited = 0;
  /** Whether a variable's value entered the measure (a list's length, a page size). */
  readVariables = false;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly summaries = new Map<string, Summary | 'measuring'>();
  private readonly assumedListSize: number;

  constructor(
    private readonly schema: GraphQLSchema | undefined,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
    options: MeasureOptions,
  ) {
    this.assumedListSize = options.assumedListSize ?? 10;
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION && !this.fragments.has(definition.name.value))
        this.fragments.set(definition.name.value, definition);
  }

  operation(operation: OperationDefinitionNode): OperationMeasure {
    const root = this.schema?.getRootType(operation.operation);
    const summary = this.selectionSet(operation.selectionSet, root ?? undefined);
    return {
      selections: summary.selections,
      depth: summary.depth,
      introspectionDepth: summary.introspectionDepth,
      aliases: summary.aliases,
      rootFields: summary.top,
      directives: summary.directives + (operation.directives?.length ?? 0),
      repeats: summary.repeats,
      cost: summary.cost,
      longestList: summary.longestList,
      visited: this.visited,
    };
  }

  private fragment(name: string): Summary {
    const known = this.summaries.get(name);
    if (known === 'measuring') return EMPTY;
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition) return EMPTY;
    this.summaries.set(name, 'measuring');
    const summary = this.selectionSet(definition.selectionSet, this.type(definition.typeCondition.name.value));
    summary.directives += definition.directives?.length ?? 0;
    this.summaries.set(name, summary);
    return summary;
  }

  private type(name: string | undefined): GraphQLNamedType | undefined {
    return name === undefined ? undefined : (this.schema?.getType(name) ?? undefined);
  }

  /** The selection set's summary, its own fields at level 1; inline fragments count with their parent's keys. */
  private selectionSet(selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined): Summary {
    const into: Summary = { ...EMPTY };
    const keys = new Map<string, number>();
    this.collect(selectionSet, type, into, keys);
    for (const count of keys.values()) into.repeats = Math.max(into.repeats, count);
    return into;
  }

  private collect(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    into: Summary,
    keys: Map<string, number>,
  ): void {
    for (const selection of selectionSet.selections) {
      this.visited += 1;
      into.selections += 1;
      into.directives += countDirectives(selection.directives);
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const key = selection.alias?.value ?? name;
        keys.set(key, (keys.get(key) ?? 0) + 1);
        if (selection.alias) into.aliases += 1;
        if (name !== '__typename') into.top += 1;
        const field = fieldOf(type, name);
        let multiplier = 1;
        for (const argument of selection.arguments ?? []) {
          const length = this.listLength(argument.value);
          into.longestList = Math.max(into.longestList, length);
          multiplier = Math.max(multiplier, length);
          if (PAGE_ARGUMENTS.has(argument.name.value)) multiplier = Math.max(multiplier, this.intValue(argument.value));
        }
        if (multiplier === 1 && field && isListType(getNullableType(field.type))) multiplier = this.assumedListSize;
        const introspection = INTROSPECTION_ROOTS.has(name);
        const child = selection.selectionSet
          ? this.selectionSet(selection.selectionSet, field ? getNamedType(field.type) : undefined)
          : EMPTY;
        into.selections += child.selections;
        into.aliases += child.aliases;
        into.directives += child.directives;
        into.repeats = Math.max(into.repeats, child.repeats);
        into.longestList = Math.max(into.longestList, child.longestList);
        if (introspection) {
          into.introspectionDepth = Math.max(into.introspectionDepth, child.introspectionDepth, 1 + child.depth);
        } else {
          into.depth = Math.max(into.depth, 1 + child.depth);
          into.introspectionDepth = Math.max(into.introspectionDepth, child.introspectionDepth);
          if (name !== '__typename') into.cost += 1 + multiplier * child.cost;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = this.type(selection.typeCondition?.name.value) ?? type;
        this.collect(selection.selectionSet, inner, into, keys);
      } else {
        const name = selection.name.value;
        const key = `...${name}`;
        keys.set(key, (keys.get(key) ?? 0) + 1);
        const fragment = this.fragment(name);
        into.selections += fragment.selections;
        into.depth = Math.max(into.depth, fragment.depth);
        into.introspectionDepth = Math.max(into.introspectionDepth, fragment.introspectionDepth);
        into.aliases += fragment.aliases;
        into.top += fragment.top;
        into.directives += fragment.directives;
        into.repeats = Math.max(into.repeats, fragment.repeats);
        into.cost += fragment.cost;
        into.longestList = Math.max(into.longestList, fragment.longestList);
      }
    }
  }

  private listLength(value: ValueNode): number {
    this.visited += 1;
    if (value.kind === Kind.LIST) {
      let longest = value.values.length;
      for (const item of value.values) longest = Math.max(longest, this.listLength(item));
      return longest;
    }
    if (value.kind === Kind.OBJECT) {
      let longest = 0;
      for (const field of value.fields) longest = Math.max(longest, this.listLength(field.value));
      return longest;
    }
    if (value.kind === Kind.VARIABLE) {
      this.readVariables = true;
      const bound = this.variables[value.name.value];
      return Array.isArray(bound) ? bound.length : 0;
    }
    return 0;
  }

  private intValue(value: ValueNode): number {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      this.readVariables = true;
      const bound = this.variables[value.name.value];
      return typeof bound === 'number' && Number.isFinite(bound) ? bound : 1;
    }
    return 1;
  }
}

function countDirectives(directives: readonly DirectiveNode[] | undefined): number {
  return directives?.length ?? 0;
}

function fieldOf(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

const unchanging = new WeakMap<DocumentNode, { schema: GraphQLSchema | undefined; measures: OperationMeasure[] }>();

/**
 * Measures every operation of a document; fragments are measured once for all of them. A document whose
 * measure reads no variable is measured once per schema and remembered.
 */
export function measureDocument(
  schema: GraphQLSchema | undefined,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  options: MeasureOptions = {},
): OperationMeasure[] {
  const known = unchanging.get(document);
  if (known && known.schema === schema && options.assumedListSize === undefined) return known.measures;
  const measurer = new Measurer(schema, document, variables, options);
  const measures = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => measurer.operation(operation));
  if (!measurer.readVariables && options.assumedListSize === undefined) unchanging.set(document, { schema, measures });
  return measures;
}
