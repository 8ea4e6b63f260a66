import { test, expect, openApp, card, cards } from './fixtures';
test('probe', async ({ page }) => {
  await openApp(page);
  const html = await card(page, 'plat-membership').evaluate((el) => el.outerHTML);
  console.log(html.slice(0, 1500));
  console.log(await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform));
  for (const id of ['root','acquisition','plat-membership','ads-ops']) console.log(id, JSON.stringify(await card(page,id).boundingBox()));
  console.log(JSON.stringify(await page.locator('.react-flow').boundingBox()));
  await page.screenshot({ path: '/tmp/probe.png' });
});
