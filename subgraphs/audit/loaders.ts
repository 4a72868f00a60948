/**
 * Per-request loaders of the audit subgraph: none, because each of its fields is answered by one statement
 * already (a page of events, one breach-scope aggregate); kept so every subgraph has the same shape.
 */
export type AuditLoaders = Record<string, never>;

export function createAuditLoaders(): AuditLoaders {
  return {};
}
