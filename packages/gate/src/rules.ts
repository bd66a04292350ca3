/** One declared host: the host (lower case, without the leading dot), whether subdomains match, and its owner. */
export type HostRule = [host: string, subdomains: boolean, category: string, service: string];

/** One service of the config: category, service name and its (unvalidated) declaration. */
export type ServiceEntry = [category: string, service: string, spec: Record<string, unknown>];

/**
 * Every service of a config, read defensively: while the engine is locked the config may be anything, and reading it
 * must never throw (fail closed).
 */
export function servicesOf(config: unknown): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  try {
    // for…in over a primitive, null or undefined lists nothing (or indices) and never throws.
    const categories = (config as any).categories;
    for (const category in categories) {
      const services = categories[category]?.services;
      for (const service in services) out.push([category, service, Object(services[service])]);
    }
  } catch {
    // A config too odd to read declares nothing.
  }
  return out;
}

/** The declared hosts of every service (from `servicesOf`). A leading `.` matches subdomains too. */
export function hostRules(services: ServiceEntry[]): HostRule[] {
  const out: HostRule[] = [];
  for (const [category, service, spec] of services) {
    for (const raw of ([] as unknown[]).concat(spec.hosts || [])) {
      const host = String(raw).toLowerCase();
      const bare = host.replace(/^\./, '');
      if (bare) out.push([bare, host != bare, category, service]);
    }
  }
  return out;
}

/**
 * The rule owning a URL, or the first owned URL of a `srcset`, resolved against the document's base URL. Splitting at
 * commas is harmless for a plain URL: its host is in the first part.
 */
export function ruleFor(rules: HostRule[], value: unknown): HostRule | undefined {
  let rule: HostRule | undefined;
  if (value != null) {
    for (const candidate of String(value).split(',')) {
      try {
        // A trailing dot names the same host ("example.com." is "example.com").
        const host = new URL(candidate.trim().split(' ')[0]!, document.baseURI).hostname.replace(/\.$/, '');
        rule ||= rules.find(([h, sub]) => host === h || (sub && host.endsWith('.' + h)));
      } catch {
        // Not a URL: nothing is fetched from it.
      }
    }
  }
  return rule;
}
