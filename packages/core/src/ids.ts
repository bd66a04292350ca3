/** A random base64url ID of `bytes` random bytes (16 → 22 characters, 128 bits). Works outside secure contexts. */
export const randomId = (bytes = 16): string =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))))
    .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
