import { isIP } from "node:net";

/**
 * The address a rate limit is keyed on. Without a trusted proxy it is the socket's peer: headers
 * are the client's to write. With TRUST_PROXY=n (n reverse proxies in front that each append to
 * X-Forwarded-For), the entry n places from the right is the one our outermost proxy saw, and the
 * entries left of it are the client's own claims, so they are never used.
 * IPv6 clients are keyed by their /64: one host usually holds a whole /64 and could rotate through it.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string | undefined {
  let address = socketAddress;
  if (trustProxy > 0 && forwardedFor) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const hop = hops[Math.max(0, hops.length - trustProxy)];
    if (hop && isIP(stripZone(hop))) address = hop;
  }
  return address ? normalizeAddress(address) : undefined;
}

function stripZone(address: string): string {
  return address.replace(/%.*$/, "");
}

/** The form addresses are keyed and compared in: v4-mapped IPv6 as IPv4, other IPv6 as their /64. */
export function normalizeAddress(raw: string): string {
  const address = stripZone(raw).toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}

function ipv6Prefix64(address: string): string {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
