import { expect, it } from 'vitest';
import { ArticleError, EXIT_TOO_LARGE } from './articleError.ts';

it('carries its exit code', () => {
  const error = new ArticleError('too big', EXIT_TOO_LARGE);
  expect(error).toBeInstanceOf(Error);
  expect(error.exitCode).toBe(3);
});
