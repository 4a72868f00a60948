import type { CheckpointRow } from '../entities/checkpoint.entity';
import type { LogCheckpoint } from '../entities/log.types';

/** A stored checkpoint as the API gives it out, with the public key to check it. */
export function checkpointOf(row: CheckpointRow, publicKey: string): LogCheckpoint {
  return {
    size: Number(row.size),
    root: row.root.toString('base64'),
    at: row.at,
    keyId: row.keyId,
    signature: row.signature.toString('base64'),
    publicKey,
  };
}
