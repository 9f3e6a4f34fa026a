// Checks the rendered page's layout and writes one finding per line into a text/plain
// script element with the id ds-findings, which `chromium --dump-dom` then prints.
// Lines: "info<TAB>key<TAB>value" or "<kind><TAB>description" for a problem.
(function () {
  'use strict';
  const TOLERANCE = 1;      // px of overlap or overflow forgiven
  const MIN_FONT = 11;      // px, rendered
  const lines = [];
  const clean = s => String(s).replace(/\s+/g, ' ').trim().replace(/</g, '\u2039').slice(0, 80);
  const describe = el => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    const cls = el.getAttribute('class');
    if (cls) name += '.' + cls.trim().split(/\s+/).join('.');
    return name;
  };
  const box = r => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}]`;

  function run() {
    const W = window.innerWidth;
    const texts = [];   // {label, rect}

    // SVG text: one box per <text> element, scaled by the SVG's current transform.
    for (const t of document.querySelectorAll('svg text')) {
      const r = t.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      const label = `svg text "${clean(t.textContent)}" in ${describe(t.closest('svg'))}`;
      if (size < MIN_FONT - 0.05) {
        lines.push(`small\t${label} renders at ${size.toFixed(1)} px`);
      }
      texts.push({label, rect: r, owner: t});
    }

    // HTML text: the line boxes of every text node outside SVG, script and style.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.nodeValue.trim()) continue;
      const parent = n.parentElement;
      if (!parent || parent.closest('svg, script, style, title')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      const label = `${describe(parent)} "${clean(n.nodeValue)}"`;
      if (size < MIN_FONT - 0.05) {
        lines.push(`small\t${label} renders at ${size.toFixed(1)} px`);
      }
      for (const r of rects) texts.push({label, rect: r, owner: n});
    }

    // Overlaps between text boxes of different owners.
    texts.sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i];
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j];
        if (b.rect.top >= a.rect.bottom - TOLERANCE) break;
        if (a.owner === b.owner) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > TOLERANCE && h > TOLERANCE) {
          lines.push(`overlap\t${a.label} ${box(a.rect)} overlaps ${b.label} ${box(b.rect)}`);
        }
      }
    }

    // Horizontal overflow: the page must not scroll sideways, and anything wider than the
    // viewport must sit in a box that scrolls horizontally.
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > W + TOLERANCE) {
      lines.push(`overflow\tthe page is ${scrollWidth} px wide in a ${W} px viewport`);
    }
    // Nor may anything stick out of the page's column (main) unless it can scroll.
    const main = document.querySelector('main') || document.body;
    const column = main.getBoundingClientRect();
    const right = Math.min(W, column.right);
    const scrolls = el => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll') && p !== document.documentElement
            && p !== document.body) return true;
      }
      return false;
    };
    const reported = new Set();   // report the outermost element, not all its descendants
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      if ((r.right > right + TOLERANCE || r.left < -TOLERANCE) && !scrolls(el)) {
        reported.add(el);
        if (reported.has(el.parentElement)) continue;
        lines.push(`overflow\t${describe(el)} "${clean(el.textContent)}" ${box(r)} sticks out`
            + ` of the ${W} px viewport or the page's column (right edge ${Math.round(right)})`
            + ' without a horizontal scroll container');
      }
    }

    // Every SVG has an accessible name.
    let svgs = 0;
    for (const svg of document.querySelectorAll('svg')) {
      svgs++;
      const title = svg.querySelector(':scope > title');
      const named = (svg.getAttribute('aria-label') || '').trim()
          || (title && title.textContent.trim())
          || (svg.getAttribute('aria-labelledby') || '').trim();
      if (svg.getAttribute('role') !== 'img' || !named) {
        lines.push(`unnamed\t${describe(svg)} #${svgs} has no role="img" with an aria-label`
            + ' or <title>');
      }
    }

    lines.unshift(`info\tinnerWidth\t${W}`, `info\ttexts\t${texts.length}`,
        `info\tsvgs\t${svgs}`, `info\tdone\t1`);
    const out = document.createElement('script');
    out.type = 'text/plain';
    out.id = 'ds-findings';
    out.textContent = '\n' + lines.join('\n') + '\n';
    document.body.appendChild(out);
    // In the test's harness page the report runs in an iframe of the exact viewport size
    // (headless Chromium's windows are at least 500 px wide); the harness keeps the findings.
    if (window.parent !== window) window.parent.postMessage(out.textContent, '*');
  }

  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run);
})();
