import type { SubgraphDefinition } from '../subgraphs/host/subgraph';
import { audit } from '../subgraphs/audit/subgraph';
import { consent } from '../subgraphs/consent/subgraph';
import { insights } from '../subgraphs/insights/subgraph';
import { population } from '../subgraphs/population/subgraph';
import { health } from '../subgraphs/health/subgraph';
import { licensing } from '../subgraphs/licensing/subgraph';
import { regsosek } from '../subgraphs/regsosek/subgraph';
import { services } from '../subgraphs/services/subgraph';
import { tax } from '../subgraphs/tax/subgraph';

/**
 * Every subgraph the hub composes, in migration order, by the name rover.yaml gives it. Adding an agency
 * means a folder under subgraphs/, an entry in rover.yaml and an entry here.
 */
export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  population,
  regsosek,
  tax,
  health,
  licensing,
  consent,
  audit,
  insights,
  services,
];
