import os from 'node:os';

/** Share of all CPU time that was idle over the next `ms`, 0–1. */
export async function idleShare(ms = 1000) {
  const total = (cpus) => cpus.reduce((a, c) => a + Object.values(c.times).reduce((x, y) => x + y, 0), 0);
  const idle = (cpus) => cpus.reduce((a, c) => a + c.times.idle, 0);
  const before = os.cpus();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = os.cpus();
  const spent = total(after) - total(before);
  return spent > 0 ? (idle(after) - idle(before)) / spent : 0;
}

/**
 * Waits (at most `maxMs`) until the machine is at least `threshold` idle, because other work on a
 * 2-core machine lands directly in frame times. Returns the last idle share seen.
 */
export async function waitForIdle(threshold, maxMs, log) {
  const deadline = Date.now() + maxMs;
  let share = await idleShare();
  while (share < threshold && Date.now() < deadline) {
    log?.(`    waiting for a quieter machine (${Math.round(share * 100)}% idle) …`);
    share = await idleShare(3000);
  }
  return share;
}

/** CPU time (user + system) this process spends in `fn`, which on a busy machine is steadier than wall time. */
export function cpuTimeOf(fn) {
  const before = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(before);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
