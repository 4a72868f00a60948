import { INTERNAL_TOKEN_HEADER } from '../../auth/internal-token';
import { BUDGET_HEADER, REQUEST_ID_HEADER } from '../../hub/http';
import { ErrorCode } from '../../schema/errors';

/** A GraphQL error as the gateway reports it. */
export interface GraphErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * How a subgraph reads the rest of the graph through the gateway, e.g. licensing taking an applicant's
 * identity, tax and health status at submission. It calls on behalf of the request's caller: it presents the
 * internal token the gateway gave this request, so the gateway treats it as that caller, never as more.
 */
export class GraphClient {
  /** `url` is read per call because, in one process, the gateway starts after the subgraphs. */
  constructor(
    private readonly url: () => string,
    private readonly request: { requestId: string; internalToken: string; deadline: number },
  ) {}

  /**
   * Within what is left of the request's budget (the gateway is told it too); a graph that does not answer in
   * that time, or at all, is an error entry like the gateway's own (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE).
   */
  async query<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data: T | null; errors: GraphErrorEntry[] }> {
    const budgetMs = Math.floor(this.request.deadline - Date.now());
    const failed = (code: string, message: string) => ({
      data: null,
      errors: [{ message, extensions: { code, serviceName: 'graph' } }],
    });
    if (budgetMs <= 0) return failed(ErrorCode.SUBGRAPH_TIMEOUT, 'The request budget is spent');
    try {
      const response = await fetch(this.url(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [REQUEST_ID_HEADER]: this.request.requestId,
          [INTERNAL_TOKEN_HEADER]: this.request.internalToken,
          [BUDGET_HEADER]: String(budgetMs),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(budgetMs),
      });
      const body = (await response.json()) as { data?: T | null; errors?: GraphErrorEntry[] };
      return { data: body.data ?? null, errors: body.errors ?? [] };
    } catch (error) {
      return (error as Error).name === 'TimeoutError'
        ? failed(ErrorCode.SUBGRAPH_TIMEOUT, 'The graph did not answer in time')
        : failed(ErrorCode.SUBGRAPH_UNAVAILABLE, 'The graph is unavailable');
    }
  }
}
