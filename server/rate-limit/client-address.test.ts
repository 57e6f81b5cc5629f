import { describe, expect, it } from "vitest";
import { clientAddressOf, normalizeAddress } from "./client-address.ts";

describe("clientAddressOf", () => {
  it("uses the socket address and ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientAddressOf("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddressOf("203.0.113.7", undefined, 1)).toBe("203.0.113.7");
  });

  it("with n trusted proxies takes the entry n from the right: what the outermost proxy saw", () => {
    // The client wrote "1.1.1.1" itself; our one proxy appended the real peer.
    expect(clientAddressOf("10.0.0.2", "1.1.1.1, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddressOf("10.0.0.2", "1.1.1.1, 198.51.100.9, 10.0.0.1", 2)).toBe("198.51.100.9");
    expect(clientAddressOf("10.0.0.2", ["1.1.1.1", "198.51.100.9"], 1)).toBe("198.51.100.9");
    // Fewer hops than proxies: the leftmost there is.
    expect(clientAddressOf("10.0.0.2", "198.51.100.9", 3)).toBe("198.51.100.9");
  });

  it("falls back to the socket when the forwarded entry is not an address", () => {
    expect(clientAddressOf("10.0.0.2", "1.1.1.1, not-an-ip", 1)).toBe("10.0.0.2");
  });
});

describe("normalizeAddress", () => {
  it("keys v4-mapped IPv6 as IPv4 and other IPv6 by their /64", () => {
    expect(normalizeAddress("::ffff:192.0.2.4")).toBe("192.0.2.4");
    expect(normalizeAddress("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(normalizeAddress("2001:DB8:aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
  });
});
