/**
 * How a subgraph's per-request DataLoaders load: batched (the only mode the hub runs in), or one key per
 * statement, each statement its own query (hub/orm.ts readAlone), which the benchmark uses to show what batching
 * saves (scenario S3).
 */
export interface LoaderOptions {
  readonly batch: boolean;
}

export const BATCHED: LoaderOptions = Object.freeze({ batch: true });
export const NAIVE: LoaderOptions = Object.freeze({ batch: false });
