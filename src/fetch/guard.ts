/**
 * SSRF guard: a URL from a feed must not make the job read internal services. Only public unicast
 * addresses are reached unless private ones are allowed. IP literals are checked before each hop;
 * names are checked in the socket's own DNS lookup, so the address checked is the address connected
 * to (no window for DNS rebinding), on every hop of every redirect chain.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** true if a connection to this IP address is allowed */
export type AddressPolicy = (address: string) => boolean;

/** public unicast only: not private, loopback, link-local, CGNAT, multicast, reserved, or such a v4 inside v6 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns ::ffff:10.0.0.1 into 10.0.0.1 so the v4 rules apply
  return ipaddr.process(address).range() === 'unicast';
}

export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => true : isPublicAddress;
}

export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(host === address ? `${address} is a private, loopback or link-local address` : `${host} resolves to ${address}, a private, loopback or link-local address`);
  }
}

/** throws BlockedAddressError if the URL names a forbidden IP address literally */
export function checkLiteralHost(url: URL, policy: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !policy(host)) throw new BlockedAddressError(host, host);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** a `lookup` for net.connect that resolves as usual and fails if any answer is forbidden */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      // one forbidden answer taints the name: a rebinding attacker controls the order of answers
      const blocked = addresses.find((answer) => !policy(answer.address));
      if (blocked) return callback(new BlockedAddressError(hostname, blocked.address) as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
