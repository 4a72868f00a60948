import { runSubgraph } from '../../hub/subgraph';
import { audit } from './subgraph';

// The audit subgraph as its own process: DATABASE_URL, HUB_INTERNAL_SECRET, AUDIT_KEY_FILE, AUDIT_PORT (default 4007).
runSubgraph(audit);
