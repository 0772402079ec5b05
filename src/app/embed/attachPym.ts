import pym from 'pym.js';

/**
 * Auto-height for the article: as a pym.js child, the map tells the parent page its
 * height whenever its layout changes, growing or shrinking, so pym's parent script (or
 * any page that speaks pym's protocol) sizes the iframe.
 */
export function attachPym(): () => void {
  if (window.parent === window) return () => {};
  const child = new pym.Child({ polling: 0 });
  const observer = new ResizeObserver(() => child.sendHeight());
  observer.observe(document.body);
  return () => observer.disconnect();
}
