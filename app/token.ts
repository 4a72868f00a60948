import { ConfigError, readConfig } from '../hub/config';
import { checkNik } from '../schema/scalars/identity-number';
import { ROLES, type Role } from '../auth/caller';
import { loadDevIssuer } from '../auth/dev-issuer';
import { commandOptions } from './command-options';

const USAGE = `Usage: npm run token -- --role <${ROLES.join('|')}> [--nik NIK] [--client ID] [--purpose CODE] [--ttl 1h]

Prints a bearer token from the development issuer that the running hub (outside production) accepts:
  curl -H "Authorization: Bearer $(npm run -s token -- --role citizen --nik <NIK>)" ...

  --role     the caller's role (required)
  --nik      the citizen's NIK (required for --role citizen; it becomes the token subject)
  --client   the registered service the caller uses (default: dev-console)
  --purpose  purpose-of-use code, e.g. LICENSE_APPLICATION
  --ttl      lifetime: a number with s, m, h or d (default 1h, at most 24h)
`;

class UsageError extends Error {}

export function parseTtl(ttl: string): number {
  const match = /^([0-9]+)(s|m|h|d)$/.exec(ttl);
  if (!match) throw new UsageError('--ttl must be a number followed by s, m, h or d, e.g. 30m');
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  if (seconds < 1 || seconds > 86400) throw new UsageError('--ttl must be between 1s and 24h');
  return seconds;
}

async function main(): Promise<number> {
  const values = commandOptions(USAGE, {
    role: { type: 'string' },
    nik: { type: 'string' },
    client: { type: 'string' },
    purpose: { type: 'string' },
    ttl: { type: 'string' },
  });
  if (typeof values === 'number') return values;
  try {
    const role = values.role as Role | undefined;
    if (!role || !(ROLES as readonly string[]).includes(role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (role === 'citizen') {
      if (!values.nik) throw new UsageError('--nik is required for a citizen token');
      const nik = checkNik(values.nik);
      if (!nik.ok) throw new UsageError(`--nik is not valid: ${nik.reason}`);
    }
    if (values.purpose && !/^[A-Z][A-Z0-9_]{1,63}$/.test(values.purpose))
      throw new UsageError('--purpose must be an upper-case code such as LICENSE_APPLICATION');
    const ttlSeconds = parseTtl(values.ttl ?? '1h');
    const config = readConfig();
    if (config.authentication.kind !== 'dev')
      throw new UsageError(
        'the development issuer is off (production, or OIDC_ISSUER is set): get tokens from the identity provider',
      );
    const issuer = await loadDevIssuer(config.authentication.keyFile);
    const claims: Record<string, unknown> = { role, client_id: values.client ?? 'dev-console' };
    if (values.purpose) claims.purpose = values.purpose;
    const token = await issuer.mint(claims, {
      subject: role === 'citizen' ? values.nik! : `dev-${role}`,
      audience: config.authentication.audience,
      ttlSeconds,
    });
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
