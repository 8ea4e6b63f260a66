/**
 * Resolves in a new task, so work cut into slices lets the page draw and take input between
 * them. A message-channel task runs before timers are clamped, so slicing adds little latency.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
