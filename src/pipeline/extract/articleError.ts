/** Exit codes of `npm run extract`, one per kind of failure. */
export const EXIT_USAGE = 1;
export const EXIT_UNREADABLE = 2;
export const EXIT_TOO_LARGE = 3;
export const EXIT_NOTHING = 4;

/** Why an article could not be used, with the exit code the CLI gives it. */
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
