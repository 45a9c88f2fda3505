/**
 * Drives the code-server workbench in headless Chromium: opens the test URL, relays the workbench's automation
 * log, answers screenshot requests from the test suite, and resolves with the exit code the tests report.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WorkbenchRun {
  /** http://127.0.0.1:PORT/?folder=…&payload=… */
  readonly url: string;
  /** The suite writes `<signalDir>/screenshot.request`; we answer with `screenshot.done`. */
  readonly signalDir: string;
  /** Where the screenshot goes. */
  readonly screenshotPath: string;
  readonly timeoutMs: number;
}

/** The workbench URL that makes code-server run extension tests (payload as in VS Code's web test runner). */
export function workbenchUrl(port: number, folder: string, developmentPath: string, testsPath: string): string {
  const remote = (file: string): string => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(testsPath)]];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Runs the workbench until the tests call codeAutomationExit(code); returns that code (1 on timeout). */
export async function runWorkbench(run: WorkbenchRun): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let finish: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => relayLog(args));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const stopAnswering = answerScreenshots(page, run);
    await page.goto(run.url);
    const timer = setTimeout(() => {
      console.error(`e2e: no result from the workbench after ${run.timeoutMs} ms`);
      finish(1);
    }, run.timeoutMs);
    const code = await exitCode;
    clearTimeout(timer);
    stopAnswering();
    return code;
  } finally {
    await browser.close();
  }
}

function relayLog(args: unknown): void {
  // The extension host forwards console calls unformatted: ("%d passing", 3).
  const parts: unknown[] = Array.isArray(args) ? args : [args];
  const text = format(...parts);
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Watches for screenshot requests from the suite; one at a time, each answered by a done file. An empty request
 * takes the workbench picture (after a hover has rendered); a request may also be JSON `{"name": "x.png",
 * "selector": "…"}`: the picture then goes next to the main one under that name, once the selector is visible.
 */
function answerScreenshots(page: Page, run: WorkbenchRun): () => void {
  const request = path.join(run.signalDir, 'screenshot.request');
  let busy = false;
  const timer = setInterval(() => {
    if (busy || !existsSync(request)) return;
    busy = true;
    const taken = `${request}.taken`;
    renameSync(request, taken);
    const asked = parseRequest(readFileSync(taken, 'utf8'));
    const target = asked.name ? path.join(path.dirname(run.screenshotPath), path.basename(asked.name)) : run.screenshotPath;
    void page.waitForSelector(asked.selector ?? '.monaco-hover-content', { state: 'visible', timeout: 5000 }).catch(() => undefined)
      .then(() => (asked.frameSelector ? waitInFrames(page, asked.frameSelector) : undefined))
      .then(() => page.screenshot({ path: target }))
      .then(() => console.log(`e2e: screenshot saved to ${target}`))
      .catch((error: unknown) => console.error(`e2e: screenshot failed: ${String(error)}`))
      .finally(() => {
        writeFileSync(path.join(run.signalDir, 'screenshot.done'), target);
        busy = false;
      });
  }, 100);
  return () => clearInterval(timer);
}

interface ScreenshotRequest {
  name?: string;
  selector?: string;
  /** Waits until some frame (a webview's content) shows this selector. */
  frameSelector?: string;
}

function parseRequest(text: string): ScreenshotRequest {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const text_ = (key: string): string | undefined => (typeof value[key] === 'string' ? value[key] as string : undefined);
    return { name: text_('name'), selector: text_('selector'), frameSelector: text_('frameSelector') };
  } catch {
    return {};
  }
}

/** Polls the page's frames (webviews are nested iframes) until one shows `selector`, for at most 5 s. */
async function waitInFrames(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return;
    }
    await page.waitForTimeout(100);
  }
}
