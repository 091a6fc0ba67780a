/**
 * `config.kasAddress`, the URL agentk dials. agentk accepts the schemes grpc, grpcs, ws and wss
 * (anything else fails at start-up), and Go's url.Parse refuses control characters anywhere
 * and spaces in the host. A common mistake is the GitLab URL itself (`https://gitlab.example.com`),
 * so the hint spells out the address of a self-managed instance. The address is not quoted in
 * messages: it may carry credentials (`wss://user:password@host`).
 */
import type { ValuesProblem } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { createProblem } from '../create-diagnostic.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';

const SEGMENTS = ['config', 'kasAddress'];
/** The chart's default address, GitLab.com's KAS, which passes (test/check-kas-address.test.ts). */
const DEFAULT_ADDRESS = getValueAt(DEFAULT_VALUES, SEGMENTS);
const KAS_SCHEMES = new Set(['grpc', 'grpcs', 'ws', 'wss']);
const HINT = 'use wss://kas.gitlab.com for GitLab.com, or wss://<gitlab host>/-/kubernetes-agent/ for a self-managed instance';

/** `scheme://authority rest`; the authority ends at the first `/`, `?` or `#`, as in RFC 3986. */
const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s;
/** Registered-name and IPv4 characters Go accepts in a host (unreserved, sub-delims, %-escapes). */
const HOST_NAME = /^[A-Za-z0-9._~!$&'()*+,;=%-]+$/;
const IP_LITERAL = /^\[[0-9A-Fa-f:.]+(?:%25[^\]]+)?\]$/;
const PORT = /^[0-9]{1,5}$/;
// Go's url.Parse refuses ASCII control characters anywhere in the URL.
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;

function invalid(message: string): ValuesProblem {
  return createProblem({ code: 'invalid-value', segments: SEGMENTS, message, hint: HINT });
}

/** Checks kasAddress where agentk uses it: outside receptive mode, where `--kas-address` is passed. */
export function checkKasAddress(values: ValuesTree): ValuesProblem[] {
  if (isGoTruthy(getValueAt(values, ['config', 'receptive', 'enabled']))) return [];
  const address = getValueAt(values, SEGMENTS);
  if (typeof address !== 'string' || address === DEFAULT_ADDRESS) return [];
  const problem = describeKasAddressProblem(address);
  return problem === undefined ? [] : [invalid(problem)];
}

/** What is wrong with `address` as agentk's KAS address, or undefined when nothing is. */
export function describeKasAddressProblem(address: string): string | undefined {
  if (address === '') return 'is empty';
  if (CONTROL_CHARACTER.test(address)) return 'contains a control character (a line break or a tab, perhaps)';
  const parts = URL_PARTS.exec(address);
  if (!parts) return 'is not a URL with a scheme and a host';
  const scheme = (parts[1] as string).toLowerCase();
  if (!KAS_SCHEMES.has(scheme)) return `has the scheme ${scheme}, but agentk only connects with grpc, grpcs, ws or wss`;
  const authority = parts[2] as string;
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portStart = hostAndPort.startsWith('[') ? hostAndPort.indexOf(']:') + 1 : hostAndPort.lastIndexOf(':');
  const host = portStart > 0 ? hostAndPort.slice(0, portStart) : hostAndPort;
  const port = portStart > 0 ? hostAndPort.slice(portStart + 1) : undefined;
  if (host === '') return 'has no host';
  if (!HOST_NAME.test(host) && !IP_LITERAL.test(host)) return 'has a host with characters no host name can have';
  if (port !== undefined && port !== '' && (!PORT.test(port) || Number(port) > 65535)) return 'has an invalid port';
  return undefined;
}
