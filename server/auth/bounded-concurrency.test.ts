import { describe, expect, it } from "vitest";
import { BoundedConcurrency, QueueFullError } from "./bounded-concurrency.ts";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("BoundedConcurrency", () => {
  it("runs at most `concurrency` tasks at once, in arrival order, and refuses past the queue", async () => {
    const slots = new BoundedConcurrency(1, 2);
    let active = 0;
    let maxActive = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await tick();
      order.push(n);
      active--;
      return n;
    };
    const admitted = [slots.run(task(1)), slots.run(task(2)), slots.run(task(3))];
    await expect(slots.run(task(4))).rejects.toBeInstanceOf(QueueFullError);
    expect(await Promise.all(admitted)).toEqual([1, 2, 3]);
    expect(order).toEqual([1, 2, 3]);
    expect(maxActive).toBe(1);
    // Once drained, it admits again.
    expect(await slots.run(task(5))).toBe(5);
  });

  it("frees the slot when a task fails", async () => {
    const slots = new BoundedConcurrency(1, 0);
    await expect(slots.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => "ok")).toBe("ok");
  });
});

describe("BoundedConcurrency.full", () => {
  it("is true exactly when the next task would be refused", async () => {
    const slots = new BoundedConcurrency(1, 1);
    expect(slots.full).toBe(false);
    let release!: () => void;
    const running = slots.run(() => new Promise<void>((r) => (release = r)));
    expect(slots.full).toBe(false);
    const queued = slots.run(async () => {});
    expect(slots.full).toBe(true);
    release();
    await Promise.all([running, queued]);
    expect(slots.full).toBe(false);
  });
});
