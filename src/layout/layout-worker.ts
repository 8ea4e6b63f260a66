/// <reference lib="webworker" />
import { runLayoutRequest, type LayoutRequest } from './layout-message';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Only the newest request matters: requests that arrive while one is waiting replace
// it, so a burst of edits costs one layout, not one per keystroke.
let latest: LayoutRequest | null = null;
let scheduled = false;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  latest = event.data;
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const request = latest;
    latest = null;
    if (request) scope.postMessage(runLayoutRequest(request));
  }, 0);
};
