import type { zhScreens } from './screens';

/** English strings of this area, loaded only when the UI is in English (see strings.ts). */
export const enScreens: Record<keyof typeof zhScreens, string> = {
  matchesCount_one: '{n} match',
  deleteQuestion_one: '“{title}” has {n} descendant. What should happen to it?',
  nodeCount_one: '{n} node',
  selectionCount_one: '{n} node selected',
  headcountInvalid: 'Headcount must be a whole number from 0 to 1,000,000; not saved.',
  importWhereNodeField: 'in the {field} field of node “{node}”',
  importWhereNode: 'at node “{node}”',
  importWhereField: 'in the {field} field',
  importCheckFile: 'check that this is a JSON, PNG or SVG file exported by OpsChart',
  resetTitle: 'Reset to template?',
  resetQuestion:
    'The chart goes back to the template as it was; all your edits are replaced (you can still undo).',
  resetConfirm: 'Reset',
  hintTitle: 'Getting started',
  hintText:
    'Click a card for its details · double-click or F2 to rename · drag a card to move it · Tab adds a child',
  hintDismiss: 'Got it',
  more: 'More',
  on: 'on',
  legendToggleTip: 'Show or hide the legend',
  minimapToggleTip: 'Show or hide the minimap',
  dropAsChild: 'Drop as child',
  dropBefore: 'Drop before',
  dropAfter: 'Drop after',
  openOrImport: 'Open or import',
  untitledChart: 'Untitled chart',
};
