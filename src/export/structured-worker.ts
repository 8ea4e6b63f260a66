/// <reference lib="webworker" />
import { readStructuredFile } from './structured-input';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Unzipping and parsing a 20,000-row workbook takes a second or more: off the main thread.
scope.onmessage = (event: MessageEvent<{ bytes: Uint8Array; name: string }>) => {
  scope.postMessage(readStructuredFile(event.data.bytes, event.data.name));
};
