import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import type { AddressRange } from '../config.js';
import type { AppEnv } from './context.js';

const lists = new WeakMap<readonly AddressRange[], BlockList>();

function trustedList(ranges: readonly AddressRange[]): BlockList {
  let list = lists.get(ranges);
  if (!list) {
    list = new BlockList();
    for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family);
    lists.set(ranges, list);
  }
  return list;
}

/** `::ffff:192.0.2.1` → `192.0.2.1`, so one client has one address whatever the socket's family. */
function plain(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/** An address as proxies write it in X-Forwarded-For: bare, `[v6]:port` or `v4:port`; null if it is none. */
function hop(entry: string): string | null {
  let a = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  return isIP(a) ? plain(a) : null;
}

const isTrusted = (list: BlockList, address: string) =>
  list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** The address of the direct peer, or undefined for a request made inside the process. */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  return address ? plain(address) : undefined;
}

/** The direct peer when it is one of TRUSTED_PROXIES, whose forwarding headers are then believed. */
function trustedPeer(c: Context<AppEnv>): { list: BlockList } | null {
  const ranges = c.get('app').config.TRUSTED_PROXIES;
  const peer = peerAddress(c);
  if (!peer || ranges.length === 0) return null;
  const list = trustedList(ranges);
  return isTrusted(list, peer) ? { list } : null;
}

/**
 * The client's address, for rate limits. X-Forwarded-For is read only when the direct peer is a
 * trusted proxy, and then from the right: each trusted proxy appends the address it saw, so the
 * first address from the right that is not a trusted proxy is the client (anything to its left
 * was written by the client itself). A request made inside the process (no socket) is `local`.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const peer = peerAddress(c);
  const trusted = trustedPeer(c);
  const forwarded = trusted ? c.req.header('x-forwarded-for') : undefined;
  if (!peer) return 'local';
  if (!trusted || !forwarded) return peer;
  let client = peer;
  for (const entry of forwarded.split(',').reverse()) {
    const address = hop(entry);
    // A trusted proxy wrote this entry; if it is not an address, trust ends at that proxy.
    if (!address) return client;
    client = address;
    if (!isTrusted(trusted.list, address)) return address;
  }
  return client;
}

/**
 * The scheme the client used: X-Forwarded-Proto from a trusted proxy (the entry its nearest proxy
 * wrote, the last one), else the request's own.
 */
export function clientProtocol(c: Context<AppEnv>): 'https' | 'http' {
  if (trustedPeer(c)) {
    const said = c.req.header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
    if (said === 'https' || said === 'http') return said;
  }
  return new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
}
