import { GraphQLError } from 'graphql';
import { ErrorCode, inputError } from '../../schema/errors';
import { refusalError } from '../../policy/release';
import type { GraphClient } from './graph-client';

/** The graph's refusals of the applicant's data to the caller, as opposed to an agency that did not answer. */
const REFUSAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.FORBIDDEN,
  ErrorCode.CONSENT_REQUIRED,
  ErrorCode.CONSENT_EXPIRED,
  ErrorCode.PURPOSE_NOT_ALLOWED,
  ErrorCode.RATE_LIMITED,
]);

const reasonOf = (error: { message: string; extensions?: Record<string, unknown> }) =>
  typeof error.extensions?.reason === 'string' ? error.extensions.reason : error.message;

/** A GraphQL error as the gateway reports it. */
type GraphError = { message: string; extensions?: Record<string, unknown> };

/**
 * The error a request answers with when the graph did not give it what it needed: the graph's refusal to the
 * caller (CONSENT_REQUIRED, PURPOSE_NOT_ALLOWED, ...) with every reason in a stable order (the agencies answer in
 * any order), or SUBGRAPH_UNAVAILABLE naming the agencies that did not answer. `consequence` ends the message
 * (", nothing was submitted").
 */
export function graphFailure(errors: readonly GraphError[], subject: string, consequence: string): GraphQLError {
  const refused = errors
    .filter((e) => REFUSAL_CODES.has(String(e.extensions?.code)))
    .sort((a, b) => reasonOf(a).localeCompare(reasonOf(b)));
  if (refused.length > 0) {
    const reasons = [...new Set(refused.map(reasonOf))].join('; ');
    return refusalError({
      code: String(refused[0].extensions!.code),
      reason: `${subject} may not be read by this caller (${reasons}); ${consequence}`,
    });
  }
  const missing = [...new Set(errors.map((e) => (e.extensions?.serviceName as string | undefined) ?? 'graph'))];
  const Subject = subject[0].toUpperCase() + subject.slice(1);
  return new GraphQLError(`${Subject} could not be read from: ${missing.join(', ') || 'graph'}; ${consequence}`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
  });
}

/**
 * Reads what an application is filled with from the graph, as the request's caller, so that it is taken under
 * the caller's own rights (the citizen's own data, or an officer's rule and the citizen's consent). Nothing is
 * stored on any error it throws: no such citizen (`exists` false with no errors) is BAD_USER_INPUT; anything
 * else the graph did not give is its graphFailure.
 */
export async function prefillFromGraph<T>(
  graph: GraphClient,
  query: string,
  variables: Record<string, unknown>,
  check: { exists(data: T | null): boolean; complete(data: T): boolean },
): Promise<T> {
  const { data, errors } = await graph.query<T>(query, variables);
  if (errors.length === 0 && !check.exists(data))
    throw inputError('no citizen with this NIK is in the population register');
  if (!data || errors.length > 0 || !check.complete(data))
    throw graphFailure(errors, "the applicant's data", 'nothing was submitted');
  return data;
}

/** An address as the population register gives it, on one line (applications keep it so). */
export interface GraphAddress {
  street: string;
  rt: string;
  rw: string;
  village: {
    code?: string;
    name: string;
    district: { name: string; regency: { code?: string; name: string; province: { name: string } } };
  } | null;
}

export function addressLine(address: GraphAddress): string {
  const village = address.village;
  return [
    address.street,
    `RT ${address.rt}/RW ${address.rw}`,
    village?.name,
    village?.district.name,
    village?.district.regency.name,
    village?.district.regency.province.name,
  ]
    .filter(Boolean)
    .join(', ');
}
