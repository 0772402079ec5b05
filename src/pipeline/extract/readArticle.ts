import * as chardet from 'chardet';
import iconv from 'iconv-lite';
import { ArticleError, EXIT_NOTHING, EXIT_TOO_LARGE, EXIT_UNREADABLE } from './articleError.ts';

/** An article is a few thousand words; anything far larger is not one (and would be slow). */
export const MAX_ARTICLE_BYTES = 1_000_000;

// Single-byte Western encodings chardet names for Spanish or English text; others are refused.
const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);

/**
 * The text of a plain-text article from its bytes: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, or a Western single-byte encoding (Latin-1, Windows-1252). Throws an ArticleError with
 * a message a reporter can act on for a file that is empty, too large, binary or in another
 * encoding.
 */
export function readArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes.length);
  const text = decode(bytes, name).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new ArticleError(`${name}: is empty; there is nothing to extract`, EXIT_NOTHING);
  }
  if (controlRatio(text) > 0.02) throw binary(name);
  return text;
}

/** The error for a file over the size limit; the CLI raises it before reading the file. */
export function tooLarge(name: string, size: number): ArticleError {
  const mb = (size / 1_000_000).toFixed(1);
  return new ArticleError(
    `${name}: is ${mb} MB; an article is at most ${MAX_ARTICLE_BYTES / 1_000_000} MB of plain text (split it, or pass the article alone)`,
    EXIT_TOO_LARGE,
  );
}

function decode(bytes: Uint8Array, name: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return iconv.decode(Buffer.from(bytes), bom);
  if (bytes.includes(0)) throw binary(name);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  const detected = chardet.detect(bytes);
  if (detected && WESTERN.has(detected)) return iconv.decode(Buffer.from(bytes), detected);
  throw new ArticleError(
    `${name}: is not UTF-8 and looks like ${detected ?? 'an unknown encoding'}; save it as UTF-8 plain text`,
    EXIT_UNREADABLE,
  );
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of control characters other than tab, newline, carriage return and form feed. */
function controlRatio(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const control = code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13;
    if (control || code === 0x7f || code === 0xfffd) controls += 1;
  }
  return controls / text.length;
}

function binary(name: string): ArticleError {
  return new ArticleError(
    `${name}: looks binary (it holds NUL or control bytes); give a plain-text article`,
    EXIT_UNREADABLE,
  );
}
