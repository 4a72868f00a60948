import { runSubgraph } from '../../hub/subgraph';
import { regsosek } from './subgraph';

// The regsosek subgraph as its own process: DATABASE_URL required, REGSOSEK_PORT (default 4002).
runSubgraph(regsosek);
