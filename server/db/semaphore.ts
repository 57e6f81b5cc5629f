import "server-only";
/**
 * A counting semaphore whose waiters give up after a while. (p-limit and the like queue without a
 * bound; a write that cannot start soon should be refused cleanly, not left to hit the request budget.)
 * Waiters are served first come, first served.
 */
export class Semaphore {
  private free: number;
  private readonly waiters: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  /** A release function once a slot is ours, or null when none came free within `timeoutMs`. */
  acquire(timeoutMs: number): Promise<(() => void) | null> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(null);
      }, timeoutMs);
      this.waiters.push(grant);
    });
  }

  private releaser() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, so no newcomer can jump the queue.
      const next = this.waiters.shift();
      if (next) next();
      else this.free++;
    };
  }
}
