import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { EXAMPLE_QUERIES } from '../gateway/explorer/examples';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startProcess, type RunningProcess } from './support/processes';

const CHROMIUM = '/usr/bin/chromium';
// Skipped without Debian's chromium: this test drives the explorer in a real browser.
const describeWithBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

describeWithBrowser('explorer in a browser', () => {
  let database: TestDatabase;
  let planning: RunningProcess;
  let gateway: RunningProcess;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('explorer_planning');
    planning = await startProcess('planning', 'subgraphs/planning/main.js', {
      DATABASE_URL: database.url,
    });
    gateway = await startProcess('gateway', 'gateway/main.js', {
      PLANNING_URL: `${planning.url}/graphql`,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await planning?.stop();
    await database?.drop();
  }, 60_000);

  it('loads from the gateway alone and runs a query', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(gateway.url)) outside.push(request.url());
    });

    await page.goto(`${gateway.url}/`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await result
      .getByText('Basra', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 });

    expect(outside).toEqual([]);
    expect(await page.locator('.graphiql-tab').count()).toBe(
      EXAMPLE_QUERIES.length,
    );
    expect(await result.innerText()).toContain('"governorate"');
  }, 90_000);
});
