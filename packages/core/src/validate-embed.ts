import { ConfigError } from './config-error';
import { CONFIG_SCHEMA } from './config-schema';
import { validateAgainst } from './validate-config';

/**
 * Entry of the lazily loaded `assent-validate.js`. Resolves when the config is valid; otherwise rejects with a
 * `ConfigError` naming every problem, whose words (`assent-messages.js`, beside this file) load only then.
 * assent.js loads this only when the browser has not yet validated the exact config text.
 */
export async function validate(config: unknown, text: string): Promise<void> {
  const issues = validateAgainst(config, CONFIG_SCHEMA);
  if (!issues.length) return;
  const { formatIssues }: typeof import('./config-messages') = await import(new URL('assent-messages.js', import.meta.url).href);
  throw new ConfigError(config === undefined
    ? [`#assent-config: expected a JSON object, got ${JSON.stringify(text.slice(0, 60))}`]
    : formatIssues(issues));
}
