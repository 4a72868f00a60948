import { createHash } from 'node:crypto';

/**
 * A trusted document's id: the SHA-256 of its text in lower-case hex, as Apollo's persisted-query manifest and
 * `extensions.persistedQuery.sha256Hash` carry it. The consent subgraph checks manifests with it, the gateway
 * looks operations up by it.
 */
export const DOCUMENT_ID = /^[0-9a-f]{64}$/;

export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
