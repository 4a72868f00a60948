import { runSubgraph } from '../../hub/subgraph';
import { licensing } from './subgraph';

// The licensing subgraph as its own process: DATABASE_URL and GATEWAY_URL, LICENSING_PORT (default 4005).
runSubgraph(licensing);
