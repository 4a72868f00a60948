// How a frontend uses the generated code: the typed document carries its result and variable types, so any
// GraphQL client (or plain fetch, as here) gets a typed answer. Type-checked with the project; not run by tests.
import { print } from 'graphql';
import { Citizen360Document, type Citizen360Query, type Citizen360QueryVariables } from './generated/graphql';

/** The body of a POST to the hub's /graphql for one citizen's profile. */
export function citizen360Request(nik: string): { query: string; variables: Citizen360QueryVariables } {
  return { query: print(Citizen360Document), variables: { nik } };
}

/**
 * The same request by the operation's hash (trusted documents): once a steward has registered
 * `generated/persisted-documents.json` for the app's client, the app sends the hash instead of the text, and a client
 * held to its registered operations can send nothing else.
 */
export function citizen360PersistedRequest(nik: string): {
  variables: Citizen360QueryVariables;
  extensions: { persistedQuery: { version: 1; sha256Hash: string } };
} {
  const { hash } = (Citizen360Document as { __meta__?: { hash: string } }).__meta__!;
  return { variables: { nik }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

/** One line about a profile: its name, region, welfare decile and JKN status, as far as the caller may see. */
export function summarise(data: Citizen360Query): string {
  const citizen = data.citizen;
  if (!citizen) return 'no such citizen';
  const regency = citizen.address?.village?.district?.regency?.name ?? 'region withheld';
  const decile = citizen.household?.welfareDecile ?? '?';
  const jkn = citizen.bpjsMembership?.status ?? '?';
  return `${citizen.fullName ?? '(name withheld)'}, ${regency}, decile ${decile}, JKN ${jkn}`;
}
