import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../../src/lib/csp.ts';

describe('the Content-Security-Policy', () => {
  it('hashes an inline script as the browser does: SHA-256 of its exact text, in base64', () => {
    // The digest of "" is well known; a browser compares the script's text byte for byte.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const script = "try{localStorage.getItem('ia-theme')}catch{}";
    expect(scriptHash(script)).toBe(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(scriptHash(`${script} `)).not.toBe(scriptHash(script));
  });

  it('lets only the named inline scripts run, and loads nothing from another origin', () => {
    const policy = contentSecurityPolicy(['a()', 'b()']);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('a()')} ${scriptHash('b()')}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(contentSecurityPolicy([])).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
  });
});
