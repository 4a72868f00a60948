import { runSubgraph } from '../../hub/subgraph';
import { population } from './subgraph';

// The population subgraph as its own process: DATABASE_URL required, POPULATION_PORT (default 4001).
runSubgraph(population);
