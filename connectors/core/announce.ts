import type { ChangeFeed } from '../../hub/change-feed';
import { createLogger, errorFields } from '../../hub/log';
import type { Epochs } from '../../policy/epochs';
import type { Connector, MappedRecord, Outcome } from './connector';

const log = createLogger('import');

/**
 * What follows a committed batch: cached answers about the people whose records changed are invalidated
 * (their change counters move, so no cache serves the old value again), and the population changes it applied
 * are told on the change feed. The batch is committed whatever happens here: a failure is logged, not raised.
 */
export function announceCommitted(connector: Connector, services: { epochs: Epochs; feed: ChangeFeed }) {
  return async (records: readonly MappedRecord[], outcomes: readonly Outcome[]): Promise<void> => {
    const people = new Set(records.flatMap((record, i) => (outcomes[i] === 'unchanged' ? [] : (record.people ?? []))));
    try {
      if (people.size > 0) await services.epochs.peopleChanged([...people]);
      const notices = connector.notices?.(records) ?? [];
      if (notices.length > 0) await services.feed.publish(notices);
    } catch (error) {
      log.error('a committed batch could not be announced (caches may serve the old value until they expire)', {
        source: connector.source,
        ...errorFields(error),
      });
    }
  };
}
