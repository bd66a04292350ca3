import { ConfigError } from './config-error';
import { formatIssues } from './config-messages';
import { CONFIG_SCHEMA } from './config-schema';
import { validateAgainst } from './validate-config';
import type { AssentConfig } from './types';

/**
 * Validates a config. Returns it typed when valid; throws one `ConfigError` listing every bad field otherwise.
 * Never throws anything else, whatever the input.
 */
export function validateConfig(input: unknown): AssentConfig {
  const issues = validateAgainst(input, CONFIG_SCHEMA);
  if (issues.length) throw new ConfigError(formatIssues(issues));
  return input as AssentConfig;
}
