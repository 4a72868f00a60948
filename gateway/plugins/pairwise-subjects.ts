import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { createLogger, errorFields } from '../../hub/log';
import { within } from '../../hub/within';
import { SubjectIdentifierKind, type PairwiseSubjects } from '../../policy/pairwise';
import type { RuleBook } from '../../policy/rule-book';
import { ErrorCode } from '../../schema/errors';
import { checkNik } from '../../schema/scalars/identity-number';
import type { GatewayContext } from '../context';
import { fragmentsOf } from '../operation-document';
import { subjectArguments } from '../pairwise-arguments';
import { pathsContaining, replaceSubjects, subjectPaths, type SubjectPaths } from '../subject-fields';

const log = createLogger('gateway');

/** The least time the identifiers' record is given, even when the request has spent its budget before it. */
const LEAST_WAIT_MS = 1_000;

export interface PairwiseSubjectsOptions {
  /** Each client's setting (NIK or PAIRWISE), from the steward's cached rules. */
  rules: RuleBook;
  /** The identifiers and their record. None: a client set to PAIRWISE is answered nothing personal (503). */
  pairwise?: PairwiseSubjects;
}

function withheld(response: GraphQLResponse, status: number, code: ErrorCode, message: string): void {
  response.body = { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } };
  response.http.status = status;
}

/**
 * For an officer whose client the steward set to PAIRWISE, the answer never holds a NIK:
 * - every value of a `NIK` field (any alias, any depth, any list) is replaced by the client's identifier of that
 *   person (policy/pairwise.ts), and every `NPWP` value that is a NIK (a resident's) likewise;
 * - the identifiers given are recorded before the answer leaves, so the client can ask by them at once
 *   (gateway/pairwise-arguments.ts translates them back); if they cannot be recorded, nothing is answered (503);
 * - then, failing closed, the whole answer (data, errors and extensions) is searched for the NIK of every person
 *   it is about (each person decided for this request, each NIK value replaced, each NIK the request named): one
 *   found anywhere (inside a JSON value, a free text, an error message) means a field carries a NIK the schema does
 *   not type as one, and the whole answer is refused with INTERNAL_SERVER_ERROR (HTTP 500), logged with its paths,
 *   never its value. Refusing the whole answer rather than nulling the field: the NIK may sit where no field can
 *   be nulled (an error, a non-null field, a key of a JSON object), and a partial answer would have to be proven
 *   clean again; it is a defect of the hub to be fixed, not a state a client should learn to work around.
 * The access log still records the real NIKs (the decisions are the hub's own), and the answer cache keeps the
 * answer as computed, with NIKs: the cache is keyed by the caller's client and this hook rewrites every answer
 * of such a client, hits included, after it was stored, so an answer is never served to the other kind.
 * Fires: willSendResponse. The cache and the input-status check read the body before their first await; this
 * hook replaces it only after its own, and never changes the stored answer in place.
 */
export function pairwiseSubjectsPlugin(options: PairwiseSubjectsOptions): ApolloServerPlugin<GatewayContext> {
  const { rules, pairwise } = options;
  const pathsOfOperation = new WeakMap<OperationDefinitionNode, SubjectPaths>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, document, schema, request }) {
          const caller = contextValue?.caller;
          if (caller?.role !== 'officer' || !caller.client) return;
          const client = caller.client;
          const original = response.body;
          let kind: SubjectIdentifierKind;
          try {
            kind = await rules.subjectIdentifiersFor(client);
          } catch (error) {
            log.error('subject identifier setting unavailable: answer withheld', errorFields(error));
            return withheld(
              response,
              503,
              ErrorCode.DATABASE_UNAVAILABLE,
              "The client's settings cannot be read: try again",
            );
          }
          if (kind === SubjectIdentifierKind.NIK) return;
          if (!pairwise)
            return withheld(
              response,
              503,
              ErrorCode.INTERNAL_SERVER_ERROR,
              'This gateway cannot issue pairwise subject identifiers, so it answers this client nothing',
            );
          if (original.kind !== 'single') {
            return withheld(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Incremental delivery is not offered');
          }
          const result = original.singleResult;
          let paths: SubjectPaths = {};
          if (operation && document) {
            paths = pathsOfOperation.get(operation) ?? {};
            if (!pathsOfOperation.has(operation)) {
              const root = schema.getRootType(operation.operation);
              if (root) subjectPaths(schema, root.name, operation.selectionSet, fragmentsOf(document), paths);
              pathsOfOperation.set(operation, paths);
            }
          }
          // The people this answer is about: decided for it, named in its NIK values, or named by the request.
          const known = new Set<string>();
          for (const decision of contextValue.decisions) if (decision.nik) known.add(decision.nik);
          if (document)
            for (const { value } of subjectArguments(schema, document, request.variables ?? {}))
              if (checkNik(value).ok) known.add(value);
          const given = new Set<string>();
          const data =
            result.data == null
              ? result.data
              : (replaceSubjects(result.data, paths, (scalar, value) => {
                  if (scalar === 'NPWP' && !checkNik(value).ok) return value;
                  known.add(value);
                  given.add(value);
                  return pairwise.subjectFor(client, value);
                }) as Record<string, unknown>);
          try {
            if (given.size > 0) {
              const waitMs = Math.max(contextValue.deadline - Date.now(), LEAST_WAIT_MS);
              await within(
                pairwise.issued(client, [...given]),
                waitMs,
                () => new Error(`the identifiers were not recorded within ${waitMs} ms`),
              );
            }
          } catch (error) {
            log.error('pairwise subject identifiers not recorded: answer withheld', errorFields(error));
            return withheld(
              response,
              503,
              ErrorCode.DATABASE_UNAVAILABLE,
              'The subject identifiers of this answer cannot be recorded, so it is withheld: try again',
            );
          }
          // Replaced meanwhile (the access log could not be written): that answer is checked as it stands.
          const answer = response.body === original ? { ...result, data } : response.body;
          const needles = [...known];
          const leaks = needles.length === 0 ? [] : pathsContaining(answer, needles);
          if (leaks.length > 0) {
            log.error('an answer to a client with pairwise identifiers held a NIK: withheld', { paths: leaks });
            return withheld(
              response,
              500,
              ErrorCode.INTERNAL_SERVER_ERROR,
              'The answer would reveal a NIK to a client that receives pairwise subject identifiers, so it is withheld',
            );
          }
          if (response.body === original) response.body = { kind: 'single', singleResult: { ...result, data } };
        },
      };
    },
  };
}
