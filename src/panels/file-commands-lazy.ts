import type * as FileCommands from './file-commands';

// Saving to and opening files load on first use (initial JS budget). The chunk is local and
// small, so the picker still opens well within the click's or key's user activation.
const commands = () => import('./file-commands');

export const saveToFile = async (...args: Parameters<typeof FileCommands.saveToFile>) =>
  (await commands()).saveToFile(...args);

export const openFromFile = async (...args: Parameters<typeof FileCommands.openFromFile>) =>
  (await commands()).openFromFile(...args);
