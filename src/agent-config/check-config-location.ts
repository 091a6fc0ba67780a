/**
 * Where the file is: GitLab reads exactly `.gitlab/agents/<agent-name>/config.yaml` of the
 * configuration project, and an agent name is an RFC 1123 DNS label of at most 63 characters
 * (lower-case letters, digits and `-`, starting and ending with a letter or digit). A file
 * anywhere else in `.gitlab/agents/` (`config.yml`, a subfolder) is never read: the agent runs
 * with an empty configuration and nothing says so. A file outside `.gitlab/agents/` is
 * checked for its content only.
 */
import type { Finding } from './check-against-schema.js';
import { DNS_LABEL } from './check-value-formats.js';

export const AGENT_CONFIG_FILE = 'config.yaml';
export const AGENTS_FOLDER = '.gitlab/agents';
const MAX_AGENT_NAME_LENGTH = 63;

export interface ConfigLocation {
  /** The agent name, from the folder or as given, when it is one. */
  readonly agentName: string | undefined;
  readonly findings: readonly Finding[];
}

/** `path` as the user gave it (relative or absolute); `agentName` when no path names the agent. */
export function checkConfigLocation(path: string | undefined, agentName: string | undefined): ConfigLocation {
  const file = path?.split('\\').join('/');
  const inAgents = file === undefined ? null : /(?:^|\/)\.gitlab\/agents\/(.*)$/s.exec(file);
  if (file === undefined || inAgents === null) {
    if (agentName !== undefined) return checkAgentName(agentName, 'the agent name is not valid');
    if (file === undefined) return { agentName: undefined, findings: [] };
    return {
      agentName: undefined,
      findings: [
        fileFinding(
          'warning',
          'outside-agents-folder',
          `the file is not in ${AGENTS_FOLDER}/<agent-name>/, so GitLab does not read it as an agent's configuration; only its content was checked`,
          `GitLab reads ${AGENTS_FOLDER}/<agent-name>/${AGENT_CONFIG_FILE} on the default branch of the agent's project`,
        ),
      ],
    };
  }
  const parts = (inAgents[1] ?? '').split('/');
  if (parts.length === 2 && parts[1] === AGENT_CONFIG_FILE)
    return checkAgentName(parts[0] ?? '', 'the folder name is not a valid agent name');
  if (parts.length === 2 && parts[1] === 'config.yml') {
    return {
      agentName: undefined,
      findings: [
        fileFinding(
          'error',
          'file-not-read',
          'the file is never read: GitLab reads config.yaml, not config.yml, and runs the agent with an empty configuration',
          `rename it to ${AGENT_CONFIG_FILE}`,
        ),
      ],
    };
  }
  return {
    agentName: undefined,
    findings: [
      fileFinding(
        'error',
        'file-not-read',
        `the file is not where GitLab reads an agent's configuration: it reads only ${AGENTS_FOLDER}/<agent-name>/${AGENT_CONFIG_FILE}`,
        `move it to ${AGENTS_FOLDER}/<agent-name>/${AGENT_CONFIG_FILE}`,
      ),
    ],
  };
}

export function isAgentName(name: string): boolean {
  return name.length <= MAX_AGENT_NAME_LENGTH && DNS_LABEL.test(name);
}

function checkAgentName(name: string, problem: string): ConfigLocation {
  if (isAgentName(name)) return { agentName: name, findings: [] };
  return {
    agentName: undefined,
    findings: [
      fileFinding(
        'error',
        'invalid-agent-name',
        `${problem}, so no agent can read this file`,
        `an agent name has at most ${MAX_AGENT_NAME_LENGTH} lower-case letters, digits and -, and starts and ends with a letter or digit, such as my-agent`,
      ),
    ],
  };
}

function fileFinding(severity: Finding['severity'], code: Finding['code'], message: string, hint: string): Finding {
  return { severity, code, segments: [], message, hint, at: 'key', keyword: 'location' };
}
