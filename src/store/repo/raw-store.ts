/**
 * The few key/value operations a repository needs from its backend. `swap` is the one
 * atomic step: it reads a key and writes in the same transaction, so two tabs can never
 * both believe they replaced the same revision.
 */
export type RawStore = {
  get: (key: string) => Promise<unknown>;
  keys: () => Promise<string[]>;
  /** Reads `key`; if `decide` returns entries they are written in the same transaction. */
  swap: (key: string, decide: (current: unknown) => [string, unknown][] | null) => Promise<boolean>;
  put: (entries: [string, unknown][]) => Promise<void>;
  del: (keys: string[]) => Promise<void>;
};

/** Tells other tabs (or other stores on the same backend) that a chart changed. */
export type ChangeChannel = {
  post: (message: { id: string; revision: number | null }) => void;
  subscribe: (listener: (message: { id: string; revision: number | null }) => void) => () => void;
};

export function broadcastChannel(name: string): ChangeChannel {
  const listeners = new Set<(m: { id: string; revision: number | null }) => void>();
  let channel: BroadcastChannel | null = null;
  const open = () => {
    if (channel || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent) => {
      const data = event.data as { id?: unknown; revision?: unknown } | null;
      if (!data || typeof data.id !== 'string') return;
      const revision = typeof data.revision === 'number' ? data.revision : null;
      for (const l of listeners) l({ id: data.id, revision });
    };
    return channel;
  };
  return {
    post: (message) => open()?.postMessage(message),
    subscribe: (listener) => {
      open();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
