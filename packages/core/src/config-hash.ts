/**
 * A 64-bit string hash (two 32-bit multiplicative hashes), to remember which config text this browser validated.
 * Not cryptographic: a collision would only skip re-validating an edited config.
 */
export function hashText(text: string): string {
  let a = 7, b = 11;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 2654435761);
    b = Math.imul(b ^ text.charCodeAt(i), 1597334677);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
