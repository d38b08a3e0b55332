import { createHash } from 'node:crypto'

/**
 * The page's only stylesheet and script. Both are inline and allowed by hash in the page's
 * Content-Security-Policy, which forbids everything else: no network requests, no other
 * scripts, no inline event handlers, no style attributes — so even a slip in escaping could
 * not run code or load anything.
 */
export const css = `
:root {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --bg: #ffffff;
  --named: #1a7f37; --named-bg: #dafbe1;
  --document: #0969da; --document-bg: #ddf4ff;
  --anonymous: #bc4c00; --anonymous-bg: #ffe7d1;
  --vague: #8250df; --vague-bg: #f1e7ff;
  --agentless: #57606a; --agentless-bg: #e6eaef;
  --quote-bg: #fff8c5; --hedge: #bf3989; --unsourced: #cf222e;
  --error: #cf222e; --warning: #9a6700; --info: #0969da;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; }
header.page { padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); display: flex; gap: 1rem; align-items: baseline; }
header.page h1 { font-size: 1.1rem; margin: 0; }
header.page .tool { color: var(--muted); font-size: .9rem; }
nav.index { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
nav.index table { border-collapse: collapse; }
nav.index td, nav.index th { padding: .2rem .75rem .2rem 0; text-align: left; }
section.report { padding: 1rem 1.5rem 3rem; border-bottom: 1px solid var(--line); }
section.report > h2 { font-size: 1.05rem; margin: 0 0 .75rem; color: var(--muted); font-weight: 600; word-break: break-all; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 26rem; gap: 2rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
article.article { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; font-size: 1.06rem; max-width: 46rem; }
article.article .blk { position: relative; }
article.article .ln { position: absolute; left: -2.6rem; width: 2.2rem; text-align: right; color: var(--muted);
  font: .7rem/2.2 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; user-select: none; }
article.article { padding-left: 2.6rem; }
article.article h2, article.article h3, article.article h4, article.article h5, article.article h6 { line-height: 1.3; }
article.article ul { padding-left: 1.4rem; }
article.article li .ln { left: -4rem; }
article.article blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--line); }
article.article .caption { font-size: .9rem; color: var(--muted); }
article.article .empty { color: var(--muted); font-style: italic; }
.seg { border-radius: 2px; cursor: pointer; }
.seg:focus { outline: 2px solid var(--document); outline-offset: 1px; }
.ct-named { background: var(--named-bg); }
.ct-document { background: var(--document-bg); }
.ct-anonymous { background: var(--anonymous-bg); }
.ct-vague { background: var(--vague-bg); }
.ct-agentless { background: var(--agentless-bg); }
.quote { font-style: italic; }
.quote.ct-none { background: var(--quote-bg); }
.src { font-weight: 700; box-shadow: inset 0 -2px 0 currentColor; }
.src-named { color: var(--named); }
.src-document { color: var(--document); }
.src-anonymous { color: var(--anonymous); }
.src-vague { color: var(--vague); }
.cue { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.hedge { outline: 1.5px dotted var(--hedge); outline-offset: 1px; }
.hedge-quoted { outline-style: dashed; outline-color: #d4a0bd; }
.unsourced { text-decoration: underline wavy var(--unsourced); text-decoration-skip-ink: none; text-underline-offset: 4px; }
.msg-error { border-bottom: 2px solid var(--error); }
.msg-warning { border-bottom: 2px solid var(--warning); }
.msg-info { border-bottom: 1px dashed var(--info); }
.seg.active { box-shadow: 0 0 0 2px #0969da55; }
aside.panel { position: sticky; top: 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem; font-size: .9rem; max-height: calc(100vh - 2rem); overflow: auto; }
aside.panel h3 { font-size: .95rem; margin: 1.25rem 0 .4rem; }
aside.panel h3:first-child { margin-top: 0; }
.scorebox { display: flex; gap: 1rem; align-items: center; }
.scorebox .meta { color: var(--muted); }
.grade { font-size: 1.5rem; font-weight: 700; }
.grade-good { color: var(--named); } .grade-mid { color: var(--warning); } .grade-bad { color: var(--error); }
table.parts, table.ledger, table.msgs { width: 100%; border-collapse: collapse; }
table.parts td, table.ledger td, table.ledger th, table.msgs td { padding: .2rem .3rem; border-top: 1px solid var(--line); vertical-align: top; }
table.ledger th { text-align: left; font-weight: 600; color: var(--muted); border-top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.pts { color: var(--error); }
td.zero { color: var(--muted); }
table.ledger tr[data-refs] { cursor: pointer; }
table.ledger tr[data-refs]:hover, table.ledger tr[data-refs]:focus { background: #eaeef2; }
.kind { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .8rem; }
.kind-named { background: var(--named-bg); color: var(--named); }
.kind-document { background: var(--document-bg); color: var(--document); }
.kind-anonymous { background: var(--anonymous-bg); color: var(--anonymous); }
.kind-vague { background: var(--vague-bg); color: var(--vague); }
.lacks { color: var(--anonymous); font-size: .8rem; }
ul.deductions { list-style: none; padding: 0; margin: 0; }
ul.deductions > li { padding: .35rem 0; border-top: 1px solid var(--line); }
ul.deductions .pts { color: var(--error); font-weight: 700; font-variant-numeric: tabular-nums; }
ul.deductions .std { color: var(--muted); font-size: .8rem; }
ul.deductions .where a { font-size: .8rem; margin-right: .35rem; }
ul.legend { list-style: none; padding: 0; margin: .4rem 0 0; display: grid; grid-template-columns: 1fr 1fr; gap: .1rem .75rem; font-size: .8rem; }
ul.legend svg { vertical-align: -2px; margin-right: .3rem; }
ul.keys { list-style: none; padding: 0; margin: 0; font-size: .85rem; }
ul.keys li { margin: .15rem 0; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.details { display: none; }
#onrecord-popover { position: absolute; z-index: 10; max-width: 26rem; background: #fff; border: 1px solid var(--line);
  border-radius: 6px; box-shadow: 0 8px 24px #1f232833; padding: .5rem .75rem; font-size: .85rem; }
#onrecord-popover[hidden] { display: none; }
#onrecord-popover .detail + .detail { border-top: 1px solid var(--line); margin-top: .4rem; padding-top: .4rem; }
.detail .dt { font-weight: 700; }
.detail .dd { color: var(--muted); }
.muted { color: var(--muted); }
.anchor { scroll-margin-top: 4rem; }
:target + .seg, :target + span { background: #fff8c5; }
`

export const js = `
(function () {
  'use strict';
  var pop = document.getElementById('onrecord-popover');
  if (!pop) return;
  var pinned = null;
  var current = null;
  function refsOf(el) {
    return (el.getAttribute('data-refs') || '').split(' ').filter(function (r) { return r !== ''; });
  }
  function clearActive() {
    var active = document.querySelectorAll('.active');
    for (var i = 0; i < active.length; i++) active[i].classList.remove('active');
  }
  function hide() {
    pop.hidden = true;
    while (pop.firstChild) pop.removeChild(pop.firstChild);
    clearActive();
    current = null;
  }
  function show(el) {
    var section = el.closest('section.report');
    if (!section) return;
    var refs = refsOf(el);
    while (pop.firstChild) pop.removeChild(pop.firstChild);
    clearActive();
    for (var i = 0; i < refs.length; i++) {
      var detail = section.querySelector('.details [data-detail="' + refs[i] + '"]');
      if (detail) pop.appendChild(detail.cloneNode(true));
    }
    if (!pop.firstChild) { hide(); return; }
    var group = refs[0];
    var related = section.querySelectorAll('.seg');
    for (var j = 0; j < related.length; j++)
      if (refsOf(related[j]).indexOf(group) !== -1) related[j].classList.add('active');
    pop.hidden = false;
    var rect = el.getBoundingClientRect();
    var top = window.scrollY + rect.bottom + 6;
    var left = window.scrollX + rect.left;
    var width = pop.offsetWidth;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    pop.style.top = top + 'px';
    pop.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + 'px';
    current = el;
  }
  function target(event) {
    var node = event.target;
    if (!node || !node.closest) return null;
    return node.closest('[data-refs]');
  }
  document.addEventListener('mouseover', function (event) {
    if (pinned) return;
    var el = target(event);
    if (el && el !== current) show(el);
  });
  document.addEventListener('mouseout', function (event) {
    if (pinned) return;
    var el = target(event);
    var to = event.relatedTarget && event.relatedTarget.closest ? event.relatedTarget.closest('[data-refs]') : null;
    if (el && to !== el && !pop.contains(event.relatedTarget)) hide();
  });
  document.addEventListener('click', function (event) {
    var el = target(event);
    if (el) {
      if (pinned === el) { pinned = null; hide(); }
      else { pinned = el; show(el); }
      return;
    }
    if (!pop.contains(event.target)) { pinned = null; hide(); }
  });
  document.addEventListener('focusin', function (event) {
    var el = target(event);
    if (el && !pinned && el !== current) show(el);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { pinned = null; hide(); return; }
    if (event.key === 'Enter' || event.key === ' ') {
      var el = target(event);
      if (!el) return;
      event.preventDefault();
      if (pinned === el) { pinned = null; hide(); }
      else { pinned = el; show(el); }
    }
  });
})();
`

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The Content-Security-Policy of the page: only the inline stylesheet and script above. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${sha256(css)}`,
  `script-src ${sha256(js)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
