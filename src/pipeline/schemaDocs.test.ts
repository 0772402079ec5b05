import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocs } from './schemaDocs.ts';

const README = 'data/README.md';
const BEGIN =
  '<!-- fields:begin (generated from src/core/schema.ts: UPDATE_GOLDEN=1 npm run test:unit) -->';
const END = '<!-- fields:end -->';

describe('data/README.md', () => {
  it('documents every field of the schema, as the schema describes it', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start, `${README} needs the ${BEGIN} marker`).toBeGreaterThan(-1);
    const generated = `${BEGIN}\n${schemaDocs()}${END}`;
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(README, text.slice(0, start) + generated + text.slice(end + END.length));
      return;
    }
    expect(text.slice(start, end + END.length)).toBe(generated);
  });
});
