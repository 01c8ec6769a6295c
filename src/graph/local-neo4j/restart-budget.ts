/**
 * How many restarts a crashing server gets: at most `limit` within any `windowMs`. A server that dies
 * again and again (a full disk, a damaged store) is left down with a message instead of restarted forever.
 */
export class RestartBudget {
  private readonly times: number[] = [];
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** True, and counted, when one more restart fits in the window. */
  take(): boolean {
    const now = this.now();
    while (this.times.length > 0 && now - this.times[0]! >= this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}
