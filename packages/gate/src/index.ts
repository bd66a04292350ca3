export { gate } from './gate';
export type { Gate, GateOptions } from './gate-core';
export type { PlaceholderHost } from './placeholder';
export type { PlaceholderTextKey } from './placeholder-texts';
