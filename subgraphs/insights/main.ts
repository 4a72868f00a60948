import { runSubgraph } from '../../hub/subgraph';
import { insights } from './subgraph';

// The insights subgraph as its own process: DATABASE_URL, HUB_INTERNAL_SECRET, INSIGHTS_KEY_FILE, INSIGHTS_PORT (default 4008).
runSubgraph(insights);
