import { formatIssues } from './config-messages';
import { CONFIG_SCHEMA } from './config-schema';
import { validateAgainst } from './validate-config';

/**
 * Entry of the lazily loaded `assent-validate.js`: every problem of a config, one line each (empty when valid).
 * assent.js loads it only when this browser has not yet validated the exact config text.
 */
export const check = (config: unknown): string[] => formatIssues(validateAgainst(config, CONFIG_SCHEMA));
