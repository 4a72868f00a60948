import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import type { CheckpointRow } from './entities/checkpoint.entity';
import { inclusionProofs } from './log-reader';

/** An entry's inclusion proof with the checkpoint it leads to. */
export interface LoadedInclusion {
  checkpoint: CheckpointRow;
  leafHash: Buffer;
  path: Buffer[];
}

/**
 * Per-request loaders of the audit subgraph. Most fields are one statement already (a page of events, one
 * breach-scope aggregate); the inclusion proofs of a page of entries are read together, against one checkpoint.
 */
export interface AuditLoaders {
  inclusion: DataLoader<number, LoadedInclusion | null>;
}

export function createAuditLoaders(em: EntityManager, options: LoaderOptions = BATCHED): AuditLoaders {
  return {
    inclusion: new DataLoader(async (positions) => {
      const inclusions = await inclusionProofs(em, positions);
      return positions.map((position) => {
        const proof = inclusions?.proofs.get(position);
        return inclusions && proof ? { checkpoint: inclusions.checkpoint, ...proof } : null;
      });
    }, options),
  };
}
