/**
 * How fast a tooltip and a finder filter answer, in Chromium with the CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate). Real (trusted) mouse, keyboard and click input; the browser's
 * own Event Timing API gives each interaction's latency from the input to the next paint (what
 * Interaction to Next Paint counts). Events faster than 16 ms are not reported by the API and
 * are counted as 16 ms. Used by `npm run bench`; runs alone too (after a build):
 * `node scripts/bench-interaction.ts`.
 */
import type { Page } from 'playwright-core';
import { loadavg } from 'node:os';
import { launch, serveDist } from './dist-tools.ts';

export interface Latency {
  name: string;
  url: string;
  interactions: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  handlerMaxMs: number;
  /** The finder only: from an input to its rows drawn (its "finder-update" measures), p90 and max. */
  update?: { p90Ms: number; maxMs: number; n: number };
}

const OBSERVE = `window.__et = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__et.push({ name: e.name, id: e.interactionId, d: e.duration, h: e.processingEnd - e.processingStart }); })
  .observe({ type: 'event', durationThreshold: 16, buffered: true });`;

async function tooltips(p: Page): Promise<number> {
  const marks = p.locator('svg.kc-plot [data-focus]').locator('visible=true');
  const n = await marks.count();
  for (let i = 0; i < n; i++) {
    const m = marks.nth(i);
    await m.scrollIntoViewIfNeeded();
    const box = (await m.boundingBox())!;
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.locator('#kc-tip:not([hidden])').waitFor();
    // A click (pins the tooltip): an interaction the Event Timing API records.
    await p.mouse.down();
    await p.mouse.up();
  }
  // Keyboard: focus the first mark, then arrow across.
  await marks.first().focus();
  for (let i = 1; i < n; i++) await p.keyboard.press('ArrowRight');
  return n * 1 + (n - 1);
}

// `delay`: ms between keys. 100 ms is a fast typist (about 120 words a minute); 0 sends the keys
// as fast as the machine can, bursts no hand types, which the finder draws once per frame.
const finder =
  (delay: number) =>
  async (p: Page): Promise<number> => {
    let count = 0;
    await p.locator('#f-q').click();
    count++;
    for (const word of ['dao tao', 'dong nai', 'ke hoach']) {
      await p.keyboard.type(word, { delay });
      count += word.length;
      for (let i = 0; i < word.length; i++) await p.keyboard.press('Backspace', { delay });
      count += word.length;
    }
    for (const col of [1, 1, 0, 3]) {
      await p.locator(`#f-table th[data-col="${col}"] button`).click();
      count++;
    }
    await p.locator('#f-src').focus();
    for (let i = 0; i < 3; i++) {
      await p.keyboard.press('ArrowDown');
      count++;
    }
    return count;
  };

/**
 * Wait (at most two minutes) for the machine to be quiet: right after a build or Lighthouse,
 * their processes still hold the CPU for a while, and on a small machine that doubles the
 * latencies measured here. Returns the load average the measurement starts at.
 */
async function settle(): Promise<number[]> {
  for (let waited = 0; loadavg()[0]! > 1 && waited < 120_000; waited += 5000)
    await new Promise((r) => setTimeout(r, 5000));
  return loadavg();
}

export async function measureInteraction(rate = 4, only = ''): Promise<{ load: number[]; results: Latency[] }> {
  const load = await settle();
  const { server, origin } = await serveDist();
  const results: Latency[] = [];
  try {
    const cases: [string, string, (p: Page) => Promise<number>, number][] = [
      ['tooltip (hover, click, arrow keys), page with three charts', '/vung/', tooltips, 1280],
      ['tooltip, embed at 375 px', '/embed/tra-vinh-2016-2020/', tooltips, 375],
      ['tooltip, slides', '/trinh-chieu/#slide-3', tooltips, 1280],
      ['figure finder: typing a key every 100 ms, sorting, filters, 375 px', '/tra-cuu/', finder(100), 375],
      ['figure finder: keys at machine speed (bursts), sorting, filters, 375 px', '/tra-cuu/', finder(0), 375],
    ];
    for (const [name, url, run, width] of cases) {
      if (only && !name.includes(only)) continue;
      // Each case in a browser of its own: the processes of the one before (closing, collecting
      // garbage) would otherwise share the CPU with it.
      const browser = await launch();
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      await ctx.addInitScript(OBSERVE);
      const page = await ctx.newPage();
      await page.goto(origin + url, { waitUntil: 'load' });
      // A reader's first input comes a moment after the page has loaded, not in the same instant.
      await page.waitForTimeout(1000);
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const interactions = await run(page);
      await page.waitForTimeout(300);
      const entries: { name: string; id: number; d: number; h: number }[] = await page.evaluate('window.__et');
      // One latency per interaction: its slowest event (keydown, input, pointerup, click…).
      const per = new Map<number, { d: number; h: number }>();
      for (const e of entries)
        if (e.id) per.set(e.id, { d: Math.max(e.d, per.get(e.id)?.d ?? 0), h: Math.max(e.h, per.get(e.id)?.h ?? 0) });
      const ms = [...per.values()].map((v) => v.d);
      while (ms.length < interactions) ms.push(16);
      ms.sort((a, b) => a - b);
      const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * f))]!;
      const updates: number[] = (
        await page.evaluate(() => performance.getEntriesByName('finder-update').map((m) => m.duration))
      ).sort((a, b) => a - b);
      results.push({
        ...(updates.length && {
          update: {
            n: updates.length,
            p90Ms: Math.round(updates[Math.min(updates.length - 1, Math.floor(updates.length * 0.9))]!),
            maxMs: Math.round(updates[updates.length - 1]!),
          },
        }),
        name,
        url,
        interactions: ms.length,
        medianMs: q(0.5),
        p90Ms: q(0.9),
        maxMs: ms[ms.length - 1]!,
        handlerMaxMs: Math.max(0, ...[...per.values()].map((v) => v.h)),
      });
      await browser.close();
    }
  } finally {
    server.close();
  }
  return { load, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node scripts/bench-interaction.ts finder` measures only the cases whose name holds "finder".
  const { load, results } = await measureInteraction(4, process.argv[2] ?? '');
  console.log(`load average ${load.map((x) => x.toFixed(1)).join(' ')}`);
  for (const l of results)
    console.log(
      `${l.name} ${l.url}: median ${l.medianMs} ms, p90 ${l.p90Ms} ms, max ${l.maxMs} ms over ${l.interactions}; slowest handler ${l.handlerMaxMs.toFixed(0)} ms${l.update ? `; rows drawn after p90 ${l.update.p90Ms} ms, max ${l.update.maxMs} ms (${l.update.n} updates)` : ''}`,
    );
}
