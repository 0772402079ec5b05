import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExtractCli } from './extractCli.ts';

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'extract-'));
const article =
  'Unos 2.000 migrantes llegaron el martes a Huixtla, Chiapas, según la policía. Faltan 1.800 kilómetros hasta la frontera.';

function run(args: string[], data = dataDir) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExtractCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    dataDir: data,
    today: '2030-01-01',
  });
  return { code, out: out.join(''), err: err.join('\n') };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run extract', () => {
  it('prints proposed rows, writing nothing', () => {
    const result = run([file('ok.txt', article), '--published', '2018-10-24']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('2018-10-23-position-huixtla-proposed');
    expect(result.out).toContain('# Unos 2.000 migrantes');
    expect(result.err).toContain('Nothing was written');
  });

  it('reads Latin-1 text', () => {
    const result = run([
      file('latin1.txt', iconv.encode(article, 'latin1')),
      '--published',
      '2018-10-24',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('según la policía');
  });

  it.each([
    [['--published'], 1, 'needs a value'],
    [['a.txt', 'b.txt'], 1, 'exactly one'],
    [['x.txt', '--published', '2018-02-30'], 1, 'not a day'],
    [['x.txt', '--append'], 1, '--append needs --source-id'],
    [['/no/such/file.txt'], 2, 'cannot be read'],
  ])('refuses %j with exit %i', (args, code, message) => {
    const result = run(args);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
  });

  it('gives each bad file a clear message and exit code', () => {
    expect(run([file('empty.txt', '')])).toMatchObject({
      code: 4,
      err: expect.stringContaining('is empty'),
    });
    const binary = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
    expect(run([file('bin.dat', binary)])).toMatchObject({
      code: 2,
      err: expect.stringContaining('binary'),
    });
    const japanese = iconv.encode('移民のキャラバンは北へ歩いている。'.repeat(20), 'Shift_JIS');
    expect(run([file('sjis.txt', japanese)])).toMatchObject({
      code: 2,
      err: expect.stringContaining('UTF-8'),
    });
    const none = run([file('none.txt', 'The board approved the budget on Monday.')]);
    expect(none).toMatchObject({ code: 4, err: expect.stringContaining('nothing to propose') });
    const noPlace = run([file('noplace.txt', 'The caravan is 900 miles from the border.')]);
    expect(noPlace).toMatchObject({ code: 4, err: expect.stringContaining('no places') });
  });

  it('refuses a 10 MB file at once', () => {
    const big = file('big.txt', Buffer.alloc(10_000_000, 'a'));
    const started = performance.now();
    expect(run([big])).toMatchObject({ code: 3, err: expect.stringContaining('10.0 MB') });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('appends accepted rows once, to a copy of the log', () => {
    const data = mkdtempSync(join(tmpdir(), 'extract-data-'));
    for (const name of ['events.csv', 'places.csv', 'sources.csv'])
      copyFileSync(join(dataDir, name), join(data, name));
    const path = file('append.txt', article);
    const args = [path, '--published', '2018-10-24', '--source-id', 'seed-004', '--append'];
    const before = readFileSync(join(data, 'events.csv'), 'utf8');
    expect(run(args, data).code).toBe(0);
    const once = readFileSync(join(data, 'events.csv'), 'utf8');
    expect(once.length).toBeGreaterThan(before.length);
    const again = run(args, data);
    expect(readFileSync(join(data, 'events.csv'), 'utf8')).toBe(once);
    expect(again.err).toContain('in the log already');
    expect(run([path, '--source-id', 'nope', '--append'], data).code).toBe(1);
  });
});
