// End-to-end test of /dashboard in headless Chromium, run by DashboardIT against a packaged service with the sample data.
// Usage: node dashboard.mjs <base URL> <admin token> <screenshot folder>
import { chromium } from 'playwright-core';

const [base, token, shots] = process.argv.slice(2);
const WAIT = 15000;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
function check(condition, message) {
  if (!condition) throw new Error(message);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, locale: 'ru-RU' });
  // everything must come from the service itself: no CDN, works offline
  const foreign = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(base)) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });

  await page.goto(base + '/dashboard?metric=press_releases&year=2023');
  const total = page.locator('#total-sum');
  await total.filter({ hasText: /^4 945$/ }).waitFor({ timeout: WAIT });
  check(await page.locator('#metric').inputValue() === 'press_releases', 'the metric comes from the URL');
  check(await page.locator('#year').inputValue() === '2023', 'the year comes from the URL');
  check((await page.locator('#metric option:checked').textContent()) === 'Пресс-релизы', 'labels are the catalog\'s nameRu');
  const ranking = await page.locator('#ranking-list li').allTextContents();
  const blag = ranking.findIndex((t) => t.includes('Благовещенск'));
  const bratsk = ranking.findIndex((t) => t.includes('Братск'));
  check(blag >= 0 && bratsk > blag, 'Благовещенск ranks before Братск: ' + JSON.stringify(ranking));
  check(ranking[0] === '1. Благовещенск — 3 415', 'numbers in Russian format: ' + ranking[0]);
  for (const id of ['ranking', 'series']) {
    check(await page.locator('#' + id + ' canvas').count() > 0, 'chart ' + id + ' is drawn');
  }
  check((await page.locator('#owners-note').textContent()).includes('Нет разбивки'), 'press releases have no owners');
  check(await page.locator('#coverage tbody tr').count() === 2, 'coverage lists both cities');
  await page.screenshot({ path: shots + '/dashboard.png', fullPage: true });

  await page.selectOption('#metric', 'subscribers');
  await total.filter({ hasText: /^≥ 60 716$/ }).waitFor({ timeout: WAIT });
  check(page.url().includes('metric=subscribers') && page.url().includes('year=2023'), 'the view is in the URL: ' + page.url());
  check((await page.locator('#owners-note').textContent()).includes('≈ 15 000'), 'the unattributed part shows its qualifier');
  for (const id of ['owners', 'platforms']) {
    check(await page.locator('#' + id + ' canvas').count() > 0, 'chart ' + id + ' is drawn');
  }
  await page.screenshot({ path: shots + '/dashboard-subscribers.png', fullPage: true });

  await page.goBack();
  await total.filter({ hasText: /^4 945$/ }).waitFor({ timeout: WAIT });
  check(await page.locator('#metric').inputValue() === 'press_releases', 'back goes to the previous view');

  // a change through the API shows without a reload, well before the next poll (30 s): the change stream
  await page.evaluate(() => { window.notReloaded = true; });
  const url = base + '/api/v1/cities/bratsk/reports/2023';
  const report = await (await fetch(url, { headers: { Accept: 'application/json' } })).json();
  const figure = report.figures.find((f) => f.metric === 'press_releases' && !f.owner && !f.platform);
  figure.value += 100;
  const started = Date.now();
  const put = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify(report),
  });
  check(put.status === 200, 'the PUT was accepted: ' + put.status + ' ' + await put.text());
  await total.filter({ hasText: /^5 045$/ }).waitFor({ timeout: 10000 });
  console.log('update shown ' + (Date.now() - started) + ' ms after the PUT');
  check(await page.evaluate(() => window.notReloaded === true), 'the page was not reloaded');
  await page.screenshot({ path: shots + '/dashboard-updated.png', fullPage: true });

  check(foreign.length === 0, 'requests outside the service: ' + foreign.join(', '));
  check(problems.length === 0, problems.join('\n'));
  console.log('dashboard e2e: ok');
} finally {
  await browser.close();
}
