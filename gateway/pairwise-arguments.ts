import type { HTTPGraphQLRequest } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from '../auth/caller';
import { createLogger, errorFields } from '../hub/log';
import { PAIRWISE_SUBJECT, SubjectIdentifierKind, type PairwiseSubjects } from '../policy/pairwise';
import type { RuleBook } from '../policy/rule-book';
import { ErrorCode, inputError } from '../schema/errors';
import { checkNik } from '../schema/scalars/identity-number';
import { GraphQLError } from 'graphql';
import { isRecord, refuse, requestFields, type Refusal } from './operation-limits';
import { isSubjectScalar, type SubjectScalar } from './subject-fields';

const log = createLogger('gateway');

/** A NIK or NPWP value a request sends, in a variable or written in the document. */
export interface SubjectArgument {
  readonly scalar: SubjectScalar;
  readonly value: string;
}

/** Every string a NIK or NPWP argument of the document takes: written in it, or in the variables. */
export function subjectArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): SubjectArgument[] {
  const found: SubjectArgument[] = [];
  rewriteSubjectArguments(schema, document, variables, (scalar, value) => {
    found.push({ scalar, value });
    return value;
  });
  return found;
}

/** Each string value of this input type in `value`, replaced as `replace` says (a copy; `value` is not changed). */
function rewriteInput(
  type: GraphQLInputType,
  value: unknown,
  replace: (scalar: SubjectScalar, value: string) => string,
): unknown {
  if (isNonNullType(type)) return rewriteInput(type.ofType, value, replace);
  if (value === null || value === undefined) return value;
  if (isListType(type))
    return Array.isArray(value)
      ? value.map((item) => rewriteInput(type.ofType, item, replace))
      : rewriteInput(type.ofType, value, replace);
  if (isInputObjectType(type)) {
    if (!isRecord(value)) return value;
    const fields = type.getFields();
    const copy: Record<string, unknown> = { ...value };
    for (const [name, field] of Object.entries(fields))
      if (name in copy) copy[name] = rewriteInput(field.type, copy[name], replace);
    return copy;
  }
  const named = getNamedType(type).name;
  return isSubjectScalar(named) && typeof value === 'string' ? replace(named, value) : value;
}

/**
 * The document and variables with every NIK or NPWP argument value replaced as `replace` says: string literals
 * typed NIK or NPWP where they are written (in lists, input objects and variable defaults too), and the variables
 * by their declared types. The document returned is the one given when no literal changed.
 */
function rewriteSubjectArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  replace: (scalar: SubjectScalar, value: string) => string,
): { document: DocumentNode; variables: Record<string, unknown> } {
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        const type = typeInfo.getInputType();
        if (!type) return undefined;
        const named = getNamedType(type).name;
        if (!isSubjectScalar(named)) return undefined;
        const value = replace(named, node.value);
        if (value === node.value) return undefined;
        changed = true;
        return { ...node, value, block: false };
      },
    }),
  );
  const newVariables: Record<string, unknown> = { ...variables };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type && name in newVariables) newVariables[name] = rewriteInput(type, newVariables[name], replace);
    }
  }
  return { document: changed ? rewritten : document, variables: newVariables };
}

const SEND_IDENTIFIERS =
  'this client receives pairwise subject identifiers in place of NIKs: ask about a person by the identifier the ' +
  'hub gave it (ps-...), not by a NIK';

interface PairwiseArgumentsOptions {
  /** The API schema, once the gateway has loaded it. */
  schema: () => GraphQLSchema | undefined;
  rules: RuleBook;
  pairwise?: PairwiseSubjects;
  /** The parser's token limit (the operation limits' maxTokens): the document is parsed before they are measured. */
  maxTokens: number;
}

/**
 * An officer of a client set to PAIRWISE asks about people by the identifiers the hub gave its client: before the
 * operation is parsed by Apollo (whose NIK scalar would refuse `ps-...`), each NIK or NPWP argument holding one is
 * put back to the NIK it stands for, from the record of identifiers given to that client (policy/pairwise.ts).
 * - an identifier not given to this client (another client's, made up, of another key): 400 BAD_USER_INPUT
 *   "unknown subject identifier", the same whether the person exists or not;
 * - a NIK (or an NPWP that is a NIK): 400 BAD_USER_INPUT, saying to use the identifiers;
 * - anything else (a malformed value, a legacy NPWP) goes on, to be judged by the scalars as for anyone.
 * Requests of every other caller pass unchanged and unparsed.
 */
export function pairwiseArguments(
  options: PairwiseArgumentsOptions,
): (caller: Caller | undefined, request: HTTPGraphQLRequest) => Promise<HTTPGraphQLRequest | Refusal> {
  const { rules, pairwise } = options;
  return async (caller, request) => {
    if (caller?.role !== 'officer' || !caller.client) return request;
    const client = caller.client;
    try {
      if ((await rules.subjectIdentifiersFor(client)) === SubjectIdentifierKind.NIK) return request;
    } catch (error) {
      log.error('subject identifier setting unavailable', errorFields(error));
      return refuse(
        503,
        new GraphQLError("The client's settings cannot be read: try again", {
          extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        }),
      );
    }
    const schema = options.schema();
    const fields = requestFields(request);
    if (!schema || !fields || typeof fields.query !== 'string') return request;
    let document: DocumentNode;
    try {
      document = parse(fields.query, { maxTokens: options.maxTokens });
    } catch {
      // Apollo parses it again and answers the syntax error.
      return request;
    }
    const variables = isRecord(fields.variables) ? fields.variables : {};
    const sent = subjectArguments(schema, document, variables);
    if (sent.length === 0) return request;
    if (sent.some(({ value }) => !PAIRWISE_SUBJECT.test(value) && checkNik(value).ok))
      return refuse(400, inputError(SEND_IDENTIFIERS));
    const subjects = sent.map(({ value }) => value).filter((value) => PAIRWISE_SUBJECT.test(value));
    if (subjects.length === 0) return request;
    if (!pairwise)
      return refuse(
        503,
        new GraphQLError('This gateway cannot read pairwise subject identifiers', {
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        }),
      );
    let niks: ReadonlyMap<string, string>;
    try {
      niks = await pairwise.resolve(client, subjects);
    } catch (error) {
      log.error('pairwise subject identifiers unavailable', errorFields(error));
      return refuse(
        503,
        new GraphQLError('The subject identifiers cannot be read: try again', {
          extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        }),
      );
    }
    if (subjects.some((subject) => !niks.has(subject))) return refuse(400, inputError('unknown subject identifier'));
    const rewritten = rewriteSubjectArguments(schema, document, variables, (_, value) => niks.get(value) ?? value);
    const query = rewritten.document === document ? fields.query : print(rewritten.document);
    return withOperation(request, fields, query, rewritten.variables);
  };
}

/** The request with this operation text and these variables. */
function withOperation(
  request: HTTPGraphQLRequest,
  fields: Record<string, unknown>,
  query: string,
  variables: Record<string, unknown>,
): HTTPGraphQLRequest {
  const hasVariables = isRecord(fields.variables);
  if (request.method !== 'GET')
    return { ...request, body: { ...fields, query, ...(hasVariables ? { variables } : {}) } };
  const params = new URLSearchParams(request.search);
  params.set('query', query);
  if (hasVariables) params.set('variables', JSON.stringify(variables));
  return { ...request, search: `?${params.toString()}` };
}
