import "server-only";
/** Thrown at once when the queue is full: callers answer "busy, retry shortly" instead of waiting. */
export class QueueFullError extends Error {
  constructor() {
    super("Too many tasks are waiting");
    this.name = "QueueFullError";
  }
}

/**
 * Runs at most `concurrency` tasks at a time, keeps up to `maxQueued` waiting in order, and
 * refuses the rest immediately. Unbounded queueing would only turn a flood into ever-longer waits
 * (and memory) for everyone; refusing keeps the wait of an admitted task below
 * (maxQueued / concurrency + 1) task durations.
 */
export class BoundedConcurrency {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
  ) {}

  /** True when a task offered now would be refused. */
  get full(): boolean {
    return this.running >= this.concurrency && this.waiting.length >= this.maxQueued;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueued) throw new QueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
