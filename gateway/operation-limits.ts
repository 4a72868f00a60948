import type { HTTPGraphQLRequest } from '@apollo/server';
import { BREAK, getOperationAST, GraphQLError, parse, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode, requestError } from '../schema/errors';
import { stringsIn, UNTYPEABLE } from '../schema/text';
import { measureDocument, type OperationMeasure } from './operation-measure';

export interface OperationLimits {
  /** Bytes of the operation document, checked before it is parsed. Default 32,768. */
  maxDocumentBytes: number;
  /** Lexical tokens of the operation document, counted while parsing. Default 4,000. */
  maxTokens: number;
  /**
   * Selections with every fragment expanded where it is spread (Apollo Router's `max_recursive_selections`).
   * Default 5,000 (30 aliased Citizen 360 profiles need about 2,200).
   */
  maxSelections: number;
  /**
   * Deepest field nesting, root fields counting 1. Default 12 (the Citizen 360 query needs 7). What is below
   * `__schema` or `__type` is not counted here but by maxIntrospectionDepth, so the standard introspection query
   * of GraphiQL, graphql-codegen and Apollo's tools (15 levels, every option on) passes.
   */
  maxDepth: number;
  /** Deepest nesting below `__schema` or `__type` (the explorer's introspection needs 15). Default 16. */
  maxIntrospectionDepth: number;
  /** Aliased fields in one operation. Default 30 (an officer may read a few dozen profiles at once). */
  maxAliases: number;
  /** Fields at the root of one operation. Default 30. */
  maxRootFields: number;
  /** Directives in one operation. Default 20. */
  maxDirectives: number;
  /** Times one field (by response key) or one fragment may appear in a single selection set. Default 3. */
  maxRepeatedFields: number;
  /**
   * Estimated cost (OperationMeasure.cost: a list argument multiplies what is selected below it, a list field
   * without one counts 10). Default 50,000: the README profile costs about 400, 100 of them in one
   * `citizens(niks:)` about 40,000.
   */
  maxCost: number;
  /** Items in any one list argument, inline or in variables. Default 100. */
  maxListItems: number;
  /** Characters in any one string, inline or in variables (fields set lower limits of their own). Default 10,000. */
  maxStringLength: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDocumentBytes: 32_768,
  maxTokens: 4_000,
  maxSelections: 5_000,
  maxDepth: 12,
  maxIntrospectionDepth: 16,
  maxAliases: 30,
  maxRootFields: 30,
  maxDirectives: 20,
  maxRepeatedFields: 3,
  maxCost: 50_000,
  maxListItems: 100,
  maxStringLength: 10_000,
};

/** The default limits with the configured changes (OPERATION_LIMITS); an unknown name stops the start. */
export function operationLimits(overrides: Readonly<Record<string, number>>): OperationLimits {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in limits))
      throw new Error(`OPERATION_LIMITS: there is no limit ${name}; the limits are ${Object.keys(limits).join(', ')}`);
    limits[name as keyof OperationLimits] = value;
  }
  return limits;
}

/** Too long a list or string is bad input (BAD_USER_INPUT); the other limits are about the operation's size. */
export function limitError(limit: keyof OperationLimits | 'maxBodyBytes' | 'maxHeaders', message: string) {
  const code =
    limit === 'maxListItems' || limit === 'maxStringLength'
      ? ErrorCode.BAD_USER_INPUT
      : ErrorCode.OPERATION_LIMIT_EXCEEDED;
  return new GraphQLError(message, { extensions: { code, limit, http: { status: 400 } } });
}

/** The first limit an operation's measure exceeds, as the error to answer with. */
function overLimit(found: OperationMeasure, limits: OperationLimits): GraphQLError | undefined {
  const n = (value: number) =>
    Number.isSafeInteger(value)
      ? value.toLocaleString('en-US')
      : `more than ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}`;
  const checks: [keyof OperationLimits, number, (value: string, max: string) => string][] = [
    [
      'maxSelections',
      found.selections,
      (v, max) => `the operation has ${v} selections with its fragments expanded; at most ${max} are allowed`,
    ],
    ['maxDirectives', found.directives, (v, max) => `the operation has ${v} directives; at most ${max} are allowed`],
    ['maxRootFields', found.rootFields, (v, max) => `the operation has ${v} root fields; at most ${max} are allowed`],
    ['maxDepth', found.depth, (v, max) => `the operation is ${v} levels deep; at most ${max} are allowed`],
    [
      'maxIntrospectionDepth',
      found.introspectionDepth,
      (v, max) => `the introspection is ${v} levels deep; at most ${max} are allowed`,
    ],
    ['maxAliases', found.aliases, (v, max) => `the operation has ${v} aliases; at most ${max} are allowed`],
    [
      'maxRepeatedFields',
      found.repeats,
      (v, max) => `a field or fragment appears ${v} times in one selection; at most ${max} are allowed`,
    ],
    ['maxListItems', found.longestList, (v, max) => `a list argument has ${v} items; at most ${max} are allowed`],
    ['maxCost', found.cost, (v, max) => `the operation's estimated cost is ${v}; at most ${max} is allowed`],
  ];
  for (const [limit, value, message] of checks)
    if (value > limits[limit]) return limitError(limit, message(n(value), n(limits[limit])));
  return undefined;
}

/** A refusal the HTTP layer sends as it is, before Apollo sees the request. */
export interface Refusal {
  status: number;
  errors: { message: string; extensions: Record<string, unknown> }[];
}

export function refuse(status: number, error: GraphQLError): Refusal {
  const { code, limit, reason } = error.extensions;
  const extensions: Record<string, unknown> = { code };
  if (limit !== undefined) extensions.limit = limit;
  if (reason !== undefined) extensions.reason = reason;
  return { status, errors: [{ message: error.message, extensions }] };
}

const refusal = (error: GraphQLError) => refuse(400, error);

function stringProblem(value: string, maxLength: number): { reason: string; limit?: 'maxStringLength' } | undefined {
  if (value.length > maxLength)
    return {
      reason: `a string argument is longer than ${maxLength.toLocaleString('en-US')} characters`,
      limit: 'maxStringLength',
    };
  if (UNTYPEABLE.test(value))
    return { reason: 'a string argument contains a NUL character or half of a surrogate pair' };
  return undefined;
}

const documentStrings = new WeakMap<DocumentNode, { reason: string; limit?: 'maxStringLength' } | null>();

/** The first string in the document's literals or in the variables that no field accepts, if any. */
function checkedStrings(document: DocumentNode, variables: Record<string, unknown>, maxLength: number) {
  let found = documentStrings.get(document);
  if (found === undefined) {
    found = null;
    visit(document, {
      StringValue(node) {
        found = stringProblem(node.value, maxLength) ?? null;
        return found ? BREAK : undefined;
      },
    });
    documentStrings.set(document, found);
  }
  if (found) return found;
  for (const value of stringsIn(variables)) {
    const problem = stringProblem(value, maxLength);
    if (problem) return problem;
  }
  return undefined;
}

interface RequestedOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

/**
 * The GraphQL-over-HTTP fields of a request (a POST body, or GET parameters with variables and extensions
 * parsed), or undefined when they cannot be read (Apollo answers a malformed request itself).
 */
export function requestFields(request: HTTPGraphQLRequest): Record<string, unknown> | undefined {
  if (request.method !== 'GET') return isRecord(request.body) ? request.body : undefined;
  const params = new URLSearchParams(request.search);
  try {
    return {
      query: params.get('query'),
      operationName: params.get('operationName') ?? undefined,
      variables: JSON.parse(params.get('variables') ?? '{}'),
      extensions: JSON.parse(params.get('extensions') ?? '{}'),
    };
  } catch {
    return undefined;
  }
}

/** The operation a GraphQL-over-HTTP request carries (POST body or GET parameters), or undefined if none. */
function operationOf(request: HTTPGraphQLRequest): RequestedOperation | undefined {
  const fields = requestFields(request);
  if (!fields || typeof fields.query !== 'string') return undefined;
  return {
    query: fields.query,
    variables: isRecord(fields.variables) ? fields.variables : {},
    operationName: typeof fields.operationName === 'string' ? fields.operationName : undefined,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Bounds the work one request can cause, before any of it is done and before Apollo sees the request (so
 * before any validation rule runs):
 * - the document's size in bytes, then its token count while it is parsed;
 * - the document measured with its fragments expanded but each measured once (gateway/operation-measure.ts,
 *   linear in the document): for every operation in it, expanded selections, directives, root fields, depth,
 *   introspection depth, aliases, repeated fields, list arguments (with this request's variables) and
 *   estimated cost. A document that doubles its work with every fragment is refused in milliseconds instead
 *   of freezing the process in graphql-js's validation.
 * Over a limit: HTTP 400 OPERATION_LIMIT_EXCEEDED (BAD_USER_INPUT for a list argument) with `extensions.limit`.
 * Documents that fail to parse for another reason are left to Apollo, which answers
 * GRAPHQL_PARSE_FAILED. Parsed documents are
 * kept (up to `cacheSize` distinct texts), so a repeated operation is measured without parsing it again.
 */
export function createOperationAdmission(
  schema: () => GraphQLSchema | undefined,
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
  cacheSize = 1_000,
): (request: HTTPGraphQLRequest) => Refusal | undefined {
  const documents = new Map<string, DocumentNode | 'tokens' | null>();
  const parsed = (query: string): DocumentNode | 'tokens' | null => {
    const known = documents.get(query);
    if (known !== undefined) return known;
    let document: DocumentNode | 'tokens' | null;
    try {
      document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
    } catch (error) {
      // graphql-js words it "more that N tokens" in some versions: matched loosely.
      document = /Document contains more tha[nt] \d+ tokens/.test(String(error)) ? 'tokens' : null;
    }
    if (documents.size >= cacheSize) documents.delete(documents.keys().next().value as string);
    documents.set(query, document);
    return document;
  };
  return (request) => {
    const operation = operationOf(request);
    if (!operation) return undefined;
    const bytes = Buffer.byteLength(operation.query, 'utf8');
    if (bytes > limits.maxDocumentBytes)
      return refusal(
        limitError(
          'maxDocumentBytes',
          `the operation document has ${bytes.toLocaleString('en-US')} bytes; at most ` +
            `${limits.maxDocumentBytes.toLocaleString('en-US')} are allowed`,
        ),
      );
    const document = parsed(operation.query);
    if (document === 'tokens')
      return refusal(
        limitError(
          'maxTokens',
          `the operation document has more than ${limits.maxTokens.toLocaleString('en-US')} tokens; at most ` +
            `${limits.maxTokens.toLocaleString('en-US')} are allowed`,
        ),
      );
    if (!document) return undefined;
    for (const measure of measureDocument(schema(), document, operation.variables)) {
      const error = overLimit(measure, limits);
      if (error) return refusal(error);
    }
    const text = checkedStrings(document, operation.variables, limits.maxStringLength);
    if (text) return refuse(400, text.limit ? limitError(text.limit, text.reason) : requestError(text.reason));
    const selected = getOperationAST(document, operation.operationName);
    if (!selected)
      return refuse(
        400,
        new GraphQLError(
          operation.operationName === undefined
            ? 'the document has several operations: name the one to run in operationName'
            : 'the document has no operation of the name given in operationName',
          { extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE } },
        ),
      );
    if (selected.operation === 'subscription')
      return refuse(
        400,
        new GraphQLError('subscriptions are not served: send a query or a mutation', {
          extensions: { code: ErrorCode.BAD_REQUEST },
        }),
      );
    return undefined;
  };
}
