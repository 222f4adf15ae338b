// The official Web Chat page the bot serves, in headless Debian Chromium driven by Playwright: type a question into
// the real send box, read the answer bubble and its citations, and make sure nothing failed to send.
// Usage: node webchat.mjs <baseUrl> <screenshot.png>
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const question = 'When are the Geneva talks?';
const userDataDir = mkdtempSync(join(tmpdir(), 'newsbot-chromium-'));
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let context;
let exitCode = 0;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, args: flags, viewport: { width: 1000, height: 1100 }
  });
  const page = context.pages()[0] ?? await context.newPage();
  const origin = new URL(base).origin;
  const outside = [];
  const problems = [];
  page.on('request', request => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('ws://' + new URL(base).host) && !/^(data|blob):/.test(url)) {
      outside.push(url);
    }
  });
  page.on('pageerror', error => problems.push('page error: ' + error.message));

  await page.goto(base + '/', { waitUntil: 'load' });
  const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
  await botBubbles.first().waitFor({ timeout: 20000 });
  const welcome = (await botBubbles.first().innerText()).trim();

  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.click();
  await sendBox.fill(question);
  await sendBox.press('Enter');

  // The answer: a bot bubble after the user's, naming an outlet from its citations.
  const userBubble = page.locator('.webchat__bubble--from-user', { hasText: question });
  await userBubble.waitFor({ timeout: 20000 });
  await page.waitForFunction(() => {
    const bubbles = [...document.querySelectorAll('.webchat__bubble')];
    const asked = bubbles.findIndex(b => b.classList.contains('webchat__bubble--from-user'));
    return asked >= 0 && bubbles.slice(asked + 1).some(b => !b.classList.contains('webchat__bubble--from-user') && /January 10/.test(b.innerText));
  }, null, { timeout: 20000 });
  const answerBubble = botBubbles.filter({ hasText: 'January 10' }).first();
  const answerText = (await answerBubble.innerText()).trim();
  const citations = await page.locator('.webchat__link-definitions__list-item').allInnerTexts();
  const sourceCards = await page.locator('.ac-adaptiveCard').count();
  const suggested = await page.locator('.webchat__suggested-action').allInnerTexts();
  await page.waitForTimeout(500);
  const body = await page.locator('body').innerText();
  await page.screenshot({ path: screenshot, fullPage: true });

  if (/Send failed/i.test(body)) problems.push('the page shows "Send failed"');
  if (!/\[?1\]?/.test(answerText) && citations.length === 0) problems.push('the answer shows no citation: ' + answerText);
  if (citations.length === 0) problems.push('no citation list under the answer');
  if (!/(Mint|CNN|NPR|Reuters|AP|Associated Press|BBC|Guardian|Times|Post)/i.test(answerText + ' ' + citations.join(' '))) {
    problems.push('no outlet named in the answer or its citations');
  }
  if (outside.length > 0) problems.push('the page reached outside the bot: ' + outside.join(', '));
  if (welcome.length === 0) problems.push('no welcome');
  if (sourceCards === 0) problems.push('no source card (Adaptive Card) under the answer');
  if (suggested.length === 0) problems.push('no suggested follow-ups');

  console.log(JSON.stringify({ ok: problems.length === 0, welcome: welcome.slice(0, 80), answer: answerText.slice(0, 300), citations, sourceCards, suggested, problems }));
  if (problems.length > 0) {
    console.error('FAIL: ' + problems.join('; '));
    exitCode = 1;
  }
} catch (error) {
  console.error('FAIL: ' + (error && error.stack ? error.stack : String(error)));
  exitCode = 1;
} finally {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(exitCode);
