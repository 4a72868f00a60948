/** Most tokens one map keeps: enough for every caller active in a minute, bounded against a flood of new ones. */
const KEPT_TOKENS = 10_000;

/**
 * Tokens signed or verified lately, each until a time (its expiry, or sooner): a bounded map whose oldest entry
 * goes first when it is full, and whose entries past their time are never returned.
 */
export class KeptTokens<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (entry && entry.until > Date.now()) return entry.value;
    if (entry) this.entries.delete(token);
    return undefined;
  }

  set(token: string, value: T, until: number): void {
    if (this.entries.size >= KEPT_TOKENS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { value, until });
  }

  delete(token: string): void {
    this.entries.delete(token);
  }
}
