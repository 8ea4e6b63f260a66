import { createMemoryBackend, createMemoryRepo } from '../../../../src/store/repo/memory-repo';
import { repositoryContract } from './repo-contract';

repositoryContract('memory', () => {
  const backend = createMemoryBackend();
  return {
    open: () => createMemoryRepo(backend),
    tamper: async (key, value) => {
      if (value === undefined) backend.data.delete(key);
      else backend.data.set(key, value);
    },
    fillUp: () => {
      backend.fault = (_key, write) => (write ? new DOMException('full', 'QuotaExceededError') : null);
    },
  };
});
