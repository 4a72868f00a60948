import { runSubgraph } from '../../hub/subgraph';
import { consent } from './subgraph';

// The consent subgraph as its own process: DATABASE_URL, HUB_INTERNAL_SECRET, REDIS_URL, CONSENT_PORT (default 4006).
runSubgraph(consent);
