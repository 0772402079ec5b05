import { describe, expect, it } from 'vitest';
import type { UrlState } from '../urlState.ts';
import { shareUrls } from './shareUrls.ts';

const defaults: UrlState = { time: 0, hiddenGroups: [], language: 'en', units: 'mi' };

describe('shareUrls', () => {
  it('links to the current view and embeds it with pym.js from the same place', () => {
    const state = {
      ...defaults,
      time: Date.parse('2018-10-25T12:00:00Z'),
      language: 'es' as const,
    };
    const urls = shareUrls(
      'https://news.example.org/graphics/caravan/?t=x#top',
      state,
      defaults,
      'The caravan',
    );
    expect(urls.link).toBe('https://news.example.org/graphics/caravan/?t=2018-10-25T12&lang=es');
    expect(urls.embed).toBe(
      'https://news.example.org/graphics/caravan/?embed&t=2018-10-25T12&lang=es',
    );
    expect(urls.code).toBe(
      '<div data-pym-src="https://news.example.org/graphics/caravan/?embed&amp;t=2018-10-25T12&amp;lang=es"><a href="https://news.example.org/graphics/caravan/?t=2018-10-25T12&amp;lang=es">The caravan</a></div>\n' +
        '<script src="https://news.example.org/graphics/caravan/pym.v1.min.js"></script>',
    );
  });

  it('escapes the title', () => {
    expect(shareUrls('https://a.example.org/', defaults, defaults, '<b>"x"</b>').code).toContain(
      '&lt;b&gt;"x"&lt;/b&gt;',
    );
  });
});
