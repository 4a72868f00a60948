import { runSubgraph } from '../../hub/subgraph';
import { tax } from './subgraph';

// The tax subgraph as its own process: DATABASE_URL required, TAX_PORT (default 4003).
runSubgraph(tax);
