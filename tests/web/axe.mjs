// Accessibility check of Loa's web pack: every HTML page of <web-dir> in Debian's Chromium
// (headless, through playwright-core), with axe-core (WCAG 2.0/2.1/2.2 A and AA rules), a
// keyboard walk (Tab through the page: each focused element must be visible and show a focus
// indicator), a reflow check at 320 CSS pixels, and a full-page screenshot.
//
// Every request that is not file:// is blocked and counted as a failure: the pack must work
// offline. Prints a JSON summary {pages, violations, requests} to stdout; exits 1 when anything
// is wrong, 2 when the check itself cannot run.
//
// Usage: node tests/web/axe.mjs <web-dir> <screenshot-dir>
// Needs: `npm ci` in tests/web (axe-core, playwright-core) and /usr/bin/chromium
// (Debian package `chromium`); CHROMIUM=<path> overrides the browser.

import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

function fail(message) {
  process.stderr.write(`axe.mjs: ${message}\n`);
  process.exit(2);
}

const [webDir, shotDir] = process.argv.slice(2);
if (!webDir || !shotDir) fail("usage: node tests/web/axe.mjs <web-dir> <screenshot-dir>");
if (!existsSync(webDir) || !statSync(webDir).isDirectory()) fail(`${webDir} is not a folder`);

let chromium, axePath;
try {
  ({ chromium } = require("playwright-core"));
  axePath = require.resolve("axe-core/axe.min.js");
} catch (e) {
  fail(`the runner's packages are missing (${e.message.split("\n")[0]}); run \`npm ci\` in tests/web`);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath}: install the Debian package \`chromium\` (apt-get install -y chromium)`);

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const MAX_TABS = 400;

function htmlPages(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

// Runs in the page: describes the focused element and whether it can be seen.
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  let hidden = cs.visibility === "hidden" || cs.display === "none";
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.opacity === "0" || s.display === "none") hidden = true;
  }
  const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const media = el.tagName === "VIDEO" || el.tagName === "AUDIO";
  const indicator = media || (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== "none";
  const id = el.id ? `#${el.id}` : "";
  const text = (el.textContent || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 60);
  const sel = [];
  for (let e = el; e && e.parentElement; e = e.parentElement) sel.unshift(`${e.tagName.toLowerCase()}:nth-child(${[...e.parentElement.children].indexOf(e) + 1})`);
  return {
    sel: sel.join(">"),
    target: `${el.tagName.toLowerCase()}${id}`,
    text,
    visible: !hidden && inViewport,
    indicator,
    rect: [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)],
  };
}

const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--lang=vi"] }).catch((e) =>
  fail(`cannot start ${executablePath}: ${e.message.split("\n")[0]}`),
);
const summary = { pages: [], violations: [], requests: [] };
mkdirSync(shotDir, { recursive: true });

for (const file of htmlPages(webDir)) {
  const rel = path.relative(webDir, file).split(path.sep).join("/");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    summary.requests.push({ page: rel, url });
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });

  // axe-core (its own console messages are not the page's).
  page.removeAllListeners("console");
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"], preload: false });
    const slim = (v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 160), summary: n.failureSummary })) });
    return { violations: r.violations.map(slim), incomplete: r.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.length })) };
  }, TAGS);
  for (const v of result.violations) summary.violations.push({ page: rel, ...v });

  // Keyboard: Tab through everything once.
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const focused = [];
  let first = null;
  let stops = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(focusState);
    if (!state) {
      if (focused.length > 0) break; // left the page (focus went to the browser)
      continue;
    }
    if (first !== null && state.sel === first && focused.length > 1) break; // wrapped around
    if (first === null) first = state.sel;
    stops++;
    if (!focused.length || focused.at(-1).sel !== state.sel) {
      focused.push({ sel: state.sel, target: state.target, text: state.text });
      if (!state.visible || !state.indicator) {
        summary.violations.push({
          page: rel,
          id: state.visible ? "keyboard-focus-indicator" : "keyboard-focus-visible",
          impact: "serious",
          help: state.visible ? "A focused element must show a focus indicator" : "A focused element must be visible on screen",
          nodes: [{ target: state.target, html: state.text, summary: `rect ${state.rect.join(",")}` }],
        });
      }
    }
  }
  if (focused.length === 0) {
    summary.violations.push({ page: rel, id: "keyboard-nothing-focusable", impact: "serious", help: "Tab reaches no element", nodes: [] });
  }

  // Screenshot, then reflow at 320 CSS pixels (WCAG 1.4.10).
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const shot = path.join(shotDir, rel.replace(/\//g, "_").replace(/\.html$/, ".png"));
  await page.screenshot({ path: shot, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) {
    summary.violations.push({ page: rel, id: "reflow-320", impact: "serious", help: "Content must fit 320 CSS pixels without horizontal scrolling", nodes: [{ target: "html", html: `${overflow}px too wide`, summary: "" }] });
  }
  for (const e of consoleErrors) summary.violations.push({ page: rel, id: "console-error", impact: "minor", help: e, nodes: [] });

  summary.pages.push({
    page: rel,
    violations: summary.violations.filter((v) => v.page === rel).length,
    requests: summary.requests.filter((r) => r.page === rel).length,
    focusable: focused.length,
    tab_stops: stops,
    incomplete: result.incomplete,
    screenshot: shot,
  });
  await context.close();
}
await browser.close();

if (summary.pages.length === 0) summary.violations.push({ page: webDir, id: "no-pages", impact: "critical", help: "no .html file found", nodes: [] });
process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
process.exit(summary.violations.length || summary.requests.length ? 1 : 0);
