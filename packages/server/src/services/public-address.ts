import dns from "node:dns";
import net from "node:net";

/*
 * Where FactDesk's own outgoing requests may go. Webhook endpoints (partners') and captured pages (reviewers') are
 * addresses someone else chose, so a request must not reach the desk's own network through them: private,
 * loopback, link-local (cloud metadata at 169.254.169.254) and unique-local addresses are refused, both when
 * written in a URL and after name resolution, where the connection is made (so a name that resolves differently
 * the second time cannot slip through).
 */

const blocked = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  blocked.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 96], // unspecified, and the deprecated IPv4-compatible ::a.b.c.d
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(address, prefix, "ipv6");

const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

// BlockList matches an IPv4-mapped IPv6 address (::ffff:10.0.0.1, ::ffff:a00:1) against the IPv4 rules.
const check = (list: net.BlockList, address: string) => {
  const family = net.isIP(address);
  return family === 4 ? list.check(address, "ipv4") : family === 6 ? list.check(address, "ipv6") : false;
};

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet (or not an IP). */
export function isPrivateAddress(address: string): boolean {
  return net.isIP(address) === 0 || check(blocked, address);
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  return check(loopback, address);
}

/** Which addresses an outgoing request may reach: public ones only, unless loosened for tests and labs. */
export interface AddressPolicy {
  /** Any address at all (FACTDESK_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
  /** Loopback too, but still no other private address (FACTDESK_CAPTURE_ALLOW_LOOPBACK, for tests). */
  allowLoopback?: boolean;
}

export function isRefusedAddress(address: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivate) return false;
  if (policy.allowLoopback && isLoopbackAddress(address)) return false;
  return isPrivateAddress(address);
}

/**
 * Whether the host of a URL is refused before any lookup: an address written in it that the policy refuses, or
 * `localhost`. Other names are checked when they are resolved (`guardedLookup`).
 */
export function isRefusedHost(hostname: string, policy: AddressPolicy): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) return isRefusedAddress(host, policy);
  const local = host === "localhost" || host.endsWith(".localhost");
  return local && !policy.allowPrivate && !policy.allowLoopback;
}

/** The error a refused lookup fails the request with: `code` tells it apart from a name that does not resolve. */
export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDADDRESS";
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to a private address (${address})`);
  }
}

/** A `lookup` for http(s).request that resolves a name and refuses it when any of its addresses is refused. */
export function guardedLookup(policy: AddressPolicy): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return (callback as (e: Error) => void)(error);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => isRefusedAddress(a.address, policy));
      if (refused) return (callback as (e: Error) => void)(new RefusedAddressError(hostname, refused.address));
      if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
    });
  };
}
