import { describe, expect, it } from "vitest";
import { isPrivateAddress, isRefusedAddress, isRefusedHost } from "./public-address.js";

describe("public addresses", () => {
  it("refuses private, loopback, link-local and unique-local addresses, IPv4-mapped ones too", () => {
    for (const address of [
      "10.0.0.1",
      "127.0.0.1",
      "169.254.169.254",
      "172.16.5.4",
      "192.168.1.1",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "::ffff:10.0.0.1",
      "::ffff:a00:1",
      "::ffff:127.0.0.1",
      "::ffff:a9fe:a9fe",
      // IPv4 behind a gateway: NAT64's well-known prefix and 6to4 carry the IPv4 address they reach.
      "64:ff9b::a00:1",
      "64:ff9b::10.0.0.1",
      "64:ff9b::7f00:1",
      "64:ff9b::a9fe:a9fe",
      "2002:a00:1::1",
      "2002:7f00:1::",
      "64:ff9b:1::a00:1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2",
      // Documentation ranges: a lab may number its own hosts there (this machine's interface is 192.0.2.2).
      "192.0.2.2",
      "198.51.100.7",
      "203.0.113.9",
      "2001:db8::1",
      "not an address",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of [
      "93.184.215.14",
      "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
      "::ffff:93.184.215.14",
      "64:ff9b::5db8:d70e",
      "2002:5db8:d70e::1",
      "2001:db9::1",
    ])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it("lets tests reach loopback and nothing else private", () => {
    const policy = { allowLoopback: true };
    expect(isRefusedAddress("127.0.0.1", policy)).toBe(false);
    expect(isRefusedAddress("::1", policy)).toBe(false);
    expect(isRefusedAddress("::ffff:127.0.0.1", policy)).toBe(false);
    expect(isRefusedAddress("10.0.0.1", policy)).toBe(true);
    expect(isRefusedAddress("169.254.169.254", policy)).toBe(true);
    expect(isRefusedHost("localhost", policy)).toBe(false);
    expect(isRefusedHost("localhost", {})).toBe(true);
    expect(isRefusedHost("[::1]", {})).toBe(true);
    expect(isRefusedHost("example.org", {})).toBe(false);
    expect(isRefusedAddress("10.0.0.1", { allowPrivate: true })).toBe(false);
  });
});
