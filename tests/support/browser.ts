import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readConfig, type HubConfig } from '../../hub/config';

/** Debian's headless Chromium (never a browser download), with the flags STACK.md gives. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The hub as `npm start` wires it in development, on a free loopback port over this database, with 300 citizens,
 * keys of its own and no Redis: what the browser tests open.
 */
export function developmentHubConfig(databaseUrl: string, env: Record<string, string> = {}): HubConfig {
  const keys = mkdtempSync(join(tmpdir(), 'citizen360-browser-'));
  return readConfig({
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED_CITIZENS: '300',
    OIDC_ISSUER: '',
    DEV_ISSUER_KEY_FILE: join(keys, 'dev-issuer.jwk'),
    AUDIT_KEY_FILE: join(keys, 'audit-signing.pem'),
    INSIGHTS_KEY_FILE: join(keys, 'insights.key'),
    PAIRWISE_KEY_FILE: join(keys, 'pairwise.key'),
    HUB_INTERNAL_SECRET: '',
    REDIS_URL: '',
    METRICS_PORT: '',
    ...env,
  });
}

/** axe-core finds no serious or critical violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help}`),
  ).toEqual([]);
}
