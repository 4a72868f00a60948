import { GraphQLError } from 'graphql';
import type { Caller } from '../../auth/caller';
import { createLogger, errorFields } from '../../hub/log';
import { ErrorCode } from '../../schema/errors';
import type { RequestPolicy } from '../request-policy';
import type { AccessLog, SqlExecutor } from './access-log';
import { accessEvents } from './event';

const log = createLogger('access-log');

/**
 * Writes the request's decisions so far (the mutation's own) to the access log inside the mutation's
 * transaction, and takes them out of the report to the gateway. If the log cannot be written, the error rolls
 * the transaction back: the change and its record happen together or not at all (ACCESS_LOG_UNAVAILABLE,
 * HTTP 503 at the gateway).
 */
export async function recordWithin(
  execute: SqlExecutor,
  context: { caller: Caller; requestId: string; policy: RequestPolicy; accessLog: AccessLog },
): Promise<void> {
  const decisions = context.policy.settle();
  if (decisions.length === 0) return;
  try {
    await context.accessLog.appendWithin(execute, accessEvents(context.caller, context.requestId, decisions));
  } catch (error) {
    // Back in the report: the gateway tries to record the attempt too (and answers 503 if it cannot either).
    for (const decision of decisions) context.policy.record(decision);
    log.error('access log unavailable: the change is not made', errorFields(error));
    throw new GraphQLError('The access log cannot be written, so nothing was changed; try again later', {
      extensions: { code: ErrorCode.ACCESS_LOG_UNAVAILABLE },
    });
  }
}
