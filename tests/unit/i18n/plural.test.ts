import { describe, expect, it } from 'vitest';
import { pluralKey, translate } from '../../../src/i18n/strings';

describe('plural forms through Intl.PluralRules', () => {
  it.each([
    ['en', 'matchesCount', 0, '0 matches'],
    ['en', 'matchesCount', 1, '1 match'],
    ['en', 'matchesCount', 2, '2 matches'],
    ['en', 'nodeCount', 1, '1 node'],
    ['en', 'nodeCount', 21, '21 nodes'],
    ['en', 'selectionCount', 1, '1 node selected'],
    ['zh-CN', 'matchesCount', 1, '1 个匹配'],
    ['zh-CN', 'matchesCount', 5, '5 个匹配'],
  ] as const)('%s %s with n=%d reads “%s”', (locale, key, n, text) => {
    expect(translate(locale, key, { n })).toBe(text);
  });

  it('speaks of one descendant in the singular', () => {
    expect(translate('en', 'deleteQuestion', { title: 'Ads', n: 1 })).toBe(
      '“Ads” has 1 descendant. What should happen to it?',
    );
    expect(translate('en', 'deleteQuestion', { title: 'Ads', n: 3 })).toBe(
      '“Ads” has 3 descendants. What should happen to them?',
    );
  });

  it('keeps the base string when no plural form is written or n is not a number', () => {
    expect(pluralKey('en', 'levelN', 1)).toBe('levelN');
    expect(pluralKey('en', 'matchesCount', '1')).toBe('matchesCount');
    expect(translate('en', 'levelN', { n: 1 })).toBe('Level 1');
  });
});
