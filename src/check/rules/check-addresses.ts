/**
 * Network addresses the API server validates and the chart prints as given: the Service's
 * `loadBalancerIP` and `loadBalancerSourceRanges` (when the type is LoadBalancer, the only case
 * the chart prints them) and the pod's `hostAliases` IPs and host names.
 */
import { isIP } from '../../util/ip-address.js';
import type { ValuesProblem } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { getValueAt, type PathSegment } from '../../helm/format-values-path.js';
import { createProblem } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';

const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** `192.0.2.0/24` or `2001:db8::/32`: an address and a prefix length its family allows. */
export function isCidr(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const family = isIP(text.slice(0, slash));
  const prefix = text.slice(slash + 1);
  if (family === 0 || !/^(0|[1-9][0-9]{0,2})$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

function problem(segments: readonly PathSegment[], message: string, hint: string): ValuesProblem {
  return createProblem({ code: 'invalid-value', segments, message, hint });
}

export function checkAddresses(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  if (getValueAt(values, ['service', 'type']) === 'LoadBalancer') {
    const ip = getValueAt(values, ['service', 'loadBalancerIP']);
    if (typeof ip === 'string' && ip !== '' && isIP(ip) === 0) {
      problems.push(problem(['service', 'loadBalancerIP'], 'is not an IP address', 'give an IPv4 or IPv6 address such as 192.0.2.10'));
    }
    const ranges = getValueAt(values, ['service', 'loadBalancerSourceRanges']);
    if (Array.isArray(ranges)) {
      ranges.forEach((range: unknown, index) => {
        if (typeof range === 'string' && !isCidr(range.trim())) {
          problems.push(problem(['service', 'loadBalancerSourceRanges', index], 'is not an IP range', 'give a CIDR such as 192.0.2.0/24'));
        }
      });
    }
  }
  const aliases = getValueAt(values, ['hostAliases']);
  if (Array.isArray(aliases)) {
    aliases.forEach((alias: unknown, index) => {
      if (!isMap(alias)) return;
      if (typeof alias['ip'] === 'string' && isIP(alias['ip']) === 0) {
        problems.push(problem(['hostAliases', index, 'ip'], 'is not an IP address', 'give an IPv4 or IPv6 address such as 192.0.2.10'));
      }
      const hostnames = alias['hostnames'];
      if (!Array.isArray(hostnames)) return;
      hostnames.forEach((hostname: unknown, position) => {
        if (typeof hostname === 'string' && (hostname.length > 253 || !DNS_1123_SUBDOMAIN.test(hostname))) {
          problems.push(
            problem(
              ['hostAliases', index, 'hostnames', position],
              'is not a valid host name',
              'use a lower-case DNS name such as gitlab.example.internal',
            ),
          );
        }
      });
    });
  }
  return problems;
}
