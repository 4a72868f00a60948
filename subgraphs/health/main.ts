import { runSubgraph } from '../../hub/subgraph';
import { health } from './subgraph';

// The health subgraph as its own process: DATABASE_URL required, HEALTH_PORT (default 4004).
runSubgraph(health);
