import { INTERNAL_TOKEN_HEADER } from '../../auth/internal-token';
import { REQUEST_ID_HEADER } from '../../hub/http';

/** A GraphQL error as the gateway reports it. */
interface GraphErrorEntry {
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
    private readonly request: { requestId: string; internalToken: string },
  ) {}

  async query<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data: T | null; errors: GraphErrorEntry[] }> {
    const response = await fetch(this.url(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: this.request.requestId,
        [INTERNAL_TOKEN_HEADER]: this.request.internalToken,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphErrorEntry[] };
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }
}
