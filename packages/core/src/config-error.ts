/** Thrown for an invalid config: lists every bad field by path with what was expected. */
export class ConfigError extends Error {
  /** One line per problem, e.g. `categories.analytics.services.ga4.cookies[1]: expected a cookie name or /regex/ string`. */
  declare readonly problems: string[];

  constructor(problems: string[]) {
    super(`[assent] invalid config (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
