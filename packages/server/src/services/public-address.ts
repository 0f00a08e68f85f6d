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
  // Reserved for documentation (RFC 5737), so never a public page; a lab or a cloud may still number its own hosts there.
  ["192.0.2.0", 24],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
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
  ["64:ff9b:1::", 48], // NAT64 for a network's own use (RFC 8215): whatever it translates to is that network's
  ["2001:db8::", 32], // documentation (RFC 3849)
  ["2001::", 32], // Teredo: a tunnel whose IPv4 end is hidden in the address, nothing a page or endpoint needs
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

/** The 16 bytes of an IPv6 address (valid, as net.isIP says), dotted IPv4 tail and zone included. */
function ipv6Bytes(address: string): number[] {
  const [head = "", tail = ""] = address.replace(/%.*$/, "").split("::");
  const groups = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((group) =>
        group.includes(".") ? group.split(".").map(Number) : [Number.parseInt(group, 16) >> 8, Number.parseInt(group, 16) & 255],
      );
  const before = groups(head);
  const after = address.includes("::") ? groups(tail) : [];
  return [...before, ...new Array(16 - before.length - after.length).fill(0), ...after];
}

/**
 * The IPv4 address an IPv6 address carries to an IPv4 network, where a gateway would deliver it: NAT64's
 * well-known prefix 64:ff9b::/96 (RFC 6052; DNS64 on an IPv6-only network hands these out for any name) and 6to4's
 * 2002::/16 (RFC 3056). 64:ff9b::a00:1 reaches 10.0.0.1 through the network's NAT64 gateway.
 */
function embeddedIpv4(address: string): string | null {
  const bytes = ipv6Bytes(address);
  const at = (start: number) => bytes.slice(start, start + 4).join(".");
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && bytes.slice(4, 12).every((b) => b === 0)) {
    return at(12);
  }
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return at(2);
  return null;
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet (or not an IP). */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0 || check(blocked, address)) return true;
  const carried = family === 6 ? embeddedIpv4(address) : null;
  return carried !== null && check(blocked, carried);
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

/** A URL's host without the brackets an IPv6 address is written in ("[::1]" → "::1"). */
const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

/**
 * Whether the host of a URL is refused before any lookup: an address written in it that the policy refuses, or
 * `localhost`. Other names are checked when they are resolved (`guardedLookup`).
 */
export function isRefusedHost(hostname: string, policy: AddressPolicy): boolean {
  const host = bareHost(hostname);
  if (net.isIP(host)) return isRefusedAddress(host, policy);
  const local = host === "localhost" || host.endsWith(".localhost");
  return local && !policy.allowPrivate && !policy.allowLoopback;
}

/**
 * The first refused address a host name resolves to now, or null (none refused, or no answer within `timeoutMs`: the
 * name may resolve later, and is checked again by `guardedLookup` whenever a connection is made).
 */
export async function refusedAddressOf(hostname: string, policy: AddressPolicy, timeoutMs = 2_000): Promise<string | null> {
  const host = bareHost(hostname);
  if (net.isIP(host) || policy.allowPrivate) return null;
  let timer: NodeJS.Timeout | undefined;
  const unanswered = new Promise<[]>((resolve) => {
    timer = setTimeout(() => resolve([]), timeoutMs);
  });
  try {
    const addresses = await Promise.race([dns.promises.lookup(host, { all: true }), unanswered]);
    return addresses.find((a) => isRefusedAddress(a.address, policy))?.address ?? null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
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
