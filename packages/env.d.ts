/** Replaced at build time: true in development builds, false in the production script-tag bundle. */
declare const __DEV__: boolean;
/** The package version, replaced at build time. */
declare const __VERSION__: string;
