/** The hub itself: it answers for what it keeps (consents, the access log) and makes the copies of data. */
export const HUB = 'Citizen 360 hub';

/**
 * The agency behind each subgraph: where a datum comes from when its record names no source, and who answers a
 * correction of it (UU PDP Pasal 6: the controller that holds the data corrects it).
 */
export const SUBGRAPH_AGENCY: Readonly<Record<string, string>> = {
  population: 'Dukcapil (Kemendagri)',
  regsosek: 'BPS',
  tax: 'DJP (Kemenkeu)',
  health: 'BPJS Kesehatan',
  licensing: 'Kemenkes',
  services: 'Mal Pelayanan Publik',
  consent: HUB,
  audit: HUB,
};

/** The subgraphs whose data are an agency's register, which a citizen may ask that agency to correct. */
export const REGISTERS: ReadonlySet<string> = new Set(['population', 'regsosek', 'tax', 'health', 'licensing']);
