import { describe, expect, it } from 'vitest';
import { EEA, OPT_IN_REGIONS, regimeFor, US_PRIVACY_LAW_STATES } from '@assent/core';

describe('regimeFor', () => {
  it('built-in lists: EEA, GB, CH opt-in; the whole US opt-out; no region or an unlisted one opt-in', () => {
    for (const code of ['DE', 'FR', 'NO', 'IS', 'LI', 'GB', 'CH', 'RE', 'FR-75', 'ES-CN']) expect(regimeFor(code)).toBe('opt-in');
    for (const code of ['US', 'US-CA', 'US-VA', 'US-FL', 'US-NY']) expect(regimeFor(code)).toBe('opt-out');
    expect(regimeFor(undefined)).toBe('opt-in');
    expect(regimeFor('JP')).toBe('opt-in');
    expect(regimeFor('JP', { default: 'notice' })).toBe('notice');
    expect(regimeFor('DE', { default: 'notice' })).toBe('opt-in'); // the EEA stays opt-in whatever the default
    expect(OPT_IN_REGIONS).toEqual([...EEA, 'GB', 'CH']);
  });

  it('a site list replaces the built-in list of its regime and wins over the others at equal specificity', () => {
    const lawsOnly = { optOut: US_PRIVACY_LAW_STATES, notice: ['US'] };
    expect(regimeFor('US-CA', lawsOnly)).toBe('opt-out');
    expect(regimeFor('US-TX', lawsOnly)).toBe('opt-out');
    expect(regimeFor('US-FL', lawsOnly)).toBe('notice');
    expect(regimeFor('US', { notice: ['US'] })).toBe('notice'); // beats the built-in opt-out list
    expect(regimeFor('US-CA', { notice: ['US'] })).toBe('notice');
    expect(regimeFor('GB', { optIn: ['DE'], notice: ['GB'] })).toBe('notice');
    expect(regimeFor('FR', { optIn: ['DE'] })).toBe('opt-in'); // unlisted → the default, opt-in
    expect(regimeFor('FR', { optIn: ['DE'], default: 'notice' })).toBe('notice');
    expect(regimeFor('US-CA', { optIn: ['US-CA'] })).toBe('opt-in'); // the more specific code wins
  });

  it('US_PRIVACY_LAW_STATES lists the 19 states with a comprehensive law in force', () => {
    expect(US_PRIVACY_LAW_STATES).toHaveLength(19);
    expect(US_PRIVACY_LAW_STATES).toContain('US-CA');
  });
});
