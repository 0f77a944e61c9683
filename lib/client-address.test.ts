import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address.js';

describe('the client address the limits count', () => {
  const trusted = trustedProxies(undefined);

  it('is the X-Real-IP a local proxy (nginx) set', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.7', trusted)).toBe('198.51.100.7');
    expect(clientAddress('::1', '2001:db8::1', trusted)).toBe('2001:db8::1');
  });

  it('ignores an X-Real-IP sent by anyone else: a client cannot pick its own address', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.7', trusted)).toBe('203.0.113.9');
  });

  it('ignores an X-Real-IP that is not an address, or sent twice', () => {
    expect(clientAddress('127.0.0.1', 'anything', trusted)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ['198.51.100.7', '198.51.100.8'], trusted)).toBe('127.0.0.1');
  });

  it('trusts the proxies TRUSTED_PROXIES names instead of this machine', () => {
    const mine = trustedProxies('10.0.0.2, 10.0.0.3');
    expect(clientAddress('10.0.0.3', '198.51.100.7', mine)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '198.51.100.7', mine)).toBe('127.0.0.1');
  });
});
