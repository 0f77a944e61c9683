// @ts-check
// CommonJS: the production server (server/start.cjs) writes this header on every request,
// and the app's sign-in limits (app/api/_lib/auth-limits.ts) read it.
const { isIP } = require('node:net');

/** The header the server sets to the client's address, replacing any a client sent. */
const clientAddressHeader = 'x-client-address';

/** Proxies whose X-Real-IP is believed: this machine's own, where nginx runs. */
const defaultTrustedProxies = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** TRUSTED_PROXIES: a comma-separated list of addresses, or the default. */
function trustedProxies(setting = process.env.TRUSTED_PROXIES) {
  return setting ? setting.split(',').map((address) => address.trim()) : defaultTrustedProxies;
}

/**
 * The address a request came from: the socket's peer, or, when that peer is a trusted
 * proxy, the X-Real-IP it set (deploy/nginx.conf sets it to the address nginx saw). A
 * header from anyone else is ignored: a client cannot pick its own address.
 * @param {string | undefined} peer
 * @param {string | string[] | undefined} realIp
 * @param {string[]} trusted
 */
function clientAddress(peer, realIp, trusted) {
  const forwarded = typeof realIp === 'string' ? realIp.trim() : '';
  if (peer && trusted.includes(peer) && isIP(forwarded)) return forwarded;
  return peer ?? 'unknown';
}

module.exports = { clientAddressHeader, clientAddress, trustedProxies };
