import { describe, expect, it } from 'vitest';
import { shownTitle, withoutBidiControls } from '../../../src/model/plain-title';

describe('titles as shown', () => {
  it('drops bidi controls, so a title cannot pose as another file name', () => {
    expect(withoutBidiControls('report\u202Egnp.exe')).toBe('reportgnp.exe');
  });

  it.each([
    ['运营分工', '运营分工'],
    ['  padded  ', 'padded'],
    ['\u202E', '未命名图表'],
    ['\u2066 \u2069', '未命名图表'],
    ['', '未命名图表'],
  ])('%j → %j', (title, shown) => {
    expect(shownTitle(title, '未命名图表')).toBe(shown);
  });
});
