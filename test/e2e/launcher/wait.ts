/** Waiting on conditions (never on fixed delays) for the launcher side of the e2e tests. */

/** Polls check() until it returns a value other than undefined, or rejects after timeoutMs. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    // Back off from 50 ms to 500 ms between polls.
    await new Promise((resolve) => setTimeout(resolve, Math.min(500, 50 * (attempt + 1))));
  }
}
