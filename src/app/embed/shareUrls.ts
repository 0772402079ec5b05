import { type UrlState, writeUrlState } from '../urlState.ts';

/** The link to this view, and the embed code for it, from the page's own address. */
export function shareUrls(href: string, state: UrlState, defaults: UrlState, title: string) {
  const base = href.split(/[?#]/)[0] as string;
  const query = writeUrlState(state, defaults);
  const link = `${base}${query}`;
  const embed = `${base}?embed${query ? `&${query.slice(1)}` : ''}`;
  const pymScript = new URL('pym.v1.min.js', base).href;
  const code = `<div data-pym-src="${escapeAttribute(embed)}"><a href="${escapeAttribute(link)}">${escapeText(title)}</a></div>\n<script src="${escapeAttribute(pymScript)}"></script>`;
  return { link, embed, code };
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;');
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
