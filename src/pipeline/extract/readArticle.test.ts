import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { EXIT_NOTHING, EXIT_TOO_LARGE, EXIT_UNREADABLE } from './articleError.ts';
import { MAX_ARTICLE_BYTES, readArticle } from './readArticle.ts';

const spanish =
  'La caravana llegó a Tapachula el 21 de octubre; según la policía, más de 7.200 personas caminarán mañana hacia el norte.';

function codeOf(bytes: Uint8Array): number | undefined {
  try {
    readArticle(bytes, 'a.txt');
    return undefined;
  } catch (error) {
    return (error as { exitCode?: number }).exitCode;
  }
}

describe('readArticle', () => {
  it('reads UTF-8, with or without BOM, and folds line ends', () => {
    expect(readArticle(Buffer.from('Hola\r\nmundo'), 'a.txt')).toBe('Hola\nmundo');
    expect(readArticle(Buffer.from(`\ufeff${spanish}`), 'a.txt')).toBe(spanish);
  });

  it('decodes Latin-1 and UTF-16 Spanish text', () => {
    expect(readArticle(iconv.encode(spanish, 'latin1'), 'a.txt')).toBe(spanish);
    expect(readArticle(iconv.encode(spanish, 'utf16le', { addBOM: true }), 'a.txt')).toBe(spanish);
  });

  it('refuses empty, binary, foreign and oversized input with its exit code', () => {
    expect(codeOf(Buffer.from('  \n '))).toBe(EXIT_NOTHING);
    expect(codeOf(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 20, 0, 8, 0]))).toBe(EXIT_UNREADABLE);
    expect(codeOf(Buffer.from(`abc${'\u0001\u0002'.repeat(20)}`))).toBe(EXIT_UNREADABLE);
    const japanese = iconv.encode(
      '移民のキャラバンは十月二十一日にタパチュラに到着した。約七千人が北へ歩いている。'.repeat(4),
      'Shift_JIS',
    );
    expect(codeOf(japanese)).toBe(EXIT_UNREADABLE);
    expect(codeOf(new Uint8Array(MAX_ARTICLE_BYTES + 1))).toBe(EXIT_TOO_LARGE);
  });
});
