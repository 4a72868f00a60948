/** `work`, or `late()` thrown when it has not settled within `ms` (the work itself is not stopped). */
export function within<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(late()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
