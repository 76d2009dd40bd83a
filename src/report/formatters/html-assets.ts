/**
 * The HTML report's style sheet and script, inlined into the page (no network, works from
 * file://). The page's Content-Security-Policy allows exactly these two by their hashes, so
 * nothing an article holds can run or load, even if it were not escaped.
 */

export const HTML_STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --dim: #59636e; --line: #d1d9e0; --card: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --mark: #fff8c5; --bar: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --dim: #9198a1; --line: #3d444d; --card: #151b23;
    --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --mark: #5a4a00; --bar: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 4rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.4rem; margin: 0.5rem 0 0; } h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
.dim, .source { color: var(--dim); } .source { font-size: 0.85rem; }
code { font: 0.85rem ui-monospace, SFMono-Regular, Menlo, monospace; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.3rem 0.6rem;
  border-bottom: 1px solid var(--line); } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center;
  padding: 0.6rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters input[type=search] { min-width: 16rem; padding: 0.25rem 0.5rem; } .filters select { max-width: 22rem; }
.finding { margin: 1rem 0; padding: 0.8rem 1rem; border: 1px solid var(--line); border-left: 6px solid var(--info);
  border-radius: 6px; background: var(--card); }
.finding:focus { outline: 2px solid var(--info); outline-offset: 2px; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.badge { display: inline-block; min-width: 4.5rem; font-weight: 600; text-transform: uppercase; font-size: 0.75rem; }
.error .badge { color: var(--error); } .warning .badge { color: var(--warning); } .info .badge { color: var(--info); }
.message { font-weight: 600; }
.camps { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0.8rem; margin-top: 0.6rem; }
.camp { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.7rem; background: var(--bg); }
.camp h3 { font-size: 1rem; margin: 0 0 0.3rem; }
.camp ul { list-style: none; margin: 0; padding: 0; } .camp li { margin: 0.5rem 0; }
blockquote { margin: 0; } mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
mark:target { outline: 2px solid var(--info); }
svg.line { display: block; width: 100%; max-width: 46rem; height: auto; margin: 0.6rem 0 0.2rem; }
svg.line text { fill: var(--fg); font: 12px system-ui, sans-serif; } svg.line .axis { stroke: var(--dim); }
svg.line .bar { fill: var(--bar); fill-opacity: 0.55; } svg.line .soft { fill-opacity: 0.25; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.5rem 1rem;
  border-left: 3px solid var(--line); }
details summary { cursor: pointer; } [hidden] { display: none !important; }
/* what a link or j/k moves to stays below the sticky filters; long paths wrap, never widen the page */
.finding, section.story, mark, #stories { scroll-margin-top: 7rem; }
code, .source, summary, h2, .message { overflow-wrap: anywhere; }
@media (max-width: 40rem) { body { padding: 0.5rem; } .filters { position: static; } .keys { display: none; } }
@media print { .filters, .keys { display: none; } .finding { break-inside: avoid; } details { display: block; }
  body { max-width: none; } }
`;

export const HTML_SCRIPT = `
(() => {
  const cards = [...document.querySelectorAll('.finding')];
  const sections = [...document.querySelectorAll('section.story')];
  const severities = [...document.querySelectorAll('input[name=severity]')];
  const rule = document.getElementById('rule');
  const story = document.getElementById('story');
  const search = document.getElementById('search');
  const shown = document.getElementById('shown');
  function apply() {
    const on = new Set(severities.filter((i) => i.checked).map((i) => i.value));
    const words = search.value.trim().toLowerCase();
    let n = 0;
    for (const card of cards) {
      const visible = on.has(card.dataset.severity) && (!rule.value || card.dataset.rule === rule.value) &&
        (!story.value || card.dataset.story === story.value) &&
        (!words || card.textContent.toLowerCase().includes(words));
      card.hidden = !visible;
      if (visible) n++;
    }
    for (const section of sections) section.hidden = !section.querySelector('.finding:not([hidden])');
    shown.textContent = n + ' of ' + cards.length + ' findings shown';
  }
  for (const input of [...severities, rule, story]) input.addEventListener('change', apply);
  search.addEventListener('input', apply);
  function openTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target) return;
    const details = target.closest('details');
    if (details) details.open = true;
    target.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    if (event.key !== 'j' && event.key !== 'k') return;
    const visible = cards.filter((c) => !c.hidden);
    const at = visible.indexOf(document.activeElement);
    const next = visible[event.key === 'j' ? at + 1 : at < 0 ? visible.length - 1 : at - 1];
    if (next) { next.focus(); next.scrollIntoView({ block: 'start' }); }
  });
  apply();
})();
`;
