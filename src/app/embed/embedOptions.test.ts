import { describe, expect, it } from 'vitest';
import { embedOptions } from './embedOptions.ts';

describe('embedOptions', () => {
  it('reads the embed flag, a headline and the allowed origins', () => {
    const o = embedOptions(
      '?embed&headline=On%20the%20road&origins=https://news.example.org,http://127.0.0.1:4174',
    );
    expect(o).toEqual({
      embed: true,
      headline: 'On the road',
      allowedOrigins: ['https://news.example.org', 'http://127.0.0.1:4174'],
      warnings: [],
    });
  });

  it('is a full page without the flag', () => {
    expect(embedOptions('?t=2018-10-25').embed).toBe(false);
  });

  it('accepts only exact origins: no wildcard, path, null or script', () => {
    const o = embedOptions(
      '?origins=*,null,https://a.example.org/path,javascript:alert(1),https://*.example.org,https://b.example.org/',
    );
    expect(o.allowedOrigins).toEqual(['https://b.example.org']);
    expect(o.warnings).toHaveLength(5);
  });

  it('caps a headline’s length', () => {
    expect(embedOptions(`?headline=${'x'.repeat(500)}`).headline).toHaveLength(120);
  });
});
