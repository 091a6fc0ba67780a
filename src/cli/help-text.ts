import { CHART_RELEASES, NEWEST_CHART_RELEASE } from '../chart/chart-releases.js';

export const PROGRAM_NAME = 'gitlab-agent-manifests';

/** The releases the tool renders, as the help names them: the default is the newest. */
const OLDEST_CHART_RELEASE = CHART_RELEASES[0]!;
const RELEASES_RENDERED =
  `chart ${NEWEST_CHART_RELEASE.version} (agentk ${NEWEST_CHART_RELEASE.appVersion}) by default, ` +
  `or any release back to ${OLDEST_CHART_RELEASE.version} with --chart-version or --gitlab-version`;

export interface HelpExample {
  readonly title: string;
  /** Arguments after the program name; the tests run each one. */
  readonly argv: readonly string[];
  /** Shell text after the command (a pipe), shown only. */
  readonly pipe?: string;
}

/** The examples of `generate --help`; test/cli-help.test.ts runs every one of them. */
export const GENERATE_EXAMPLES: readonly HelpExample[] = [
  {
    title: 'Quick start: install an agent registered on GitLab.com (token.txt holds its token)',
    argv: ['generate', '--agent-token-file', 'token.txt'],
    pipe: '| kubectl apply -f -',
  },
  {
    title: 'Self-managed GitLab whose KAS has a self-signed certificate',
    argv: [
      'generate',
      '--agent-token-file',
      'token.txt',
      '--kas-address',
      'wss://gitlab.example.com/-/kubernetes-agent/',
      '--set-file',
      'config.kasCaCert=ca.pem',
    ],
  },
  {
    title: 'Behind an HTTP proxy',
    argv: [
      'generate',
      '--agent-token-file',
      'token.txt',
      '--set',
      'extraEnv[0].name=HTTPS_PROXY,extraEnv[0].value=http://proxy.example.com:3128',
      '--set',
      'extraEnv[1].name=NO_PROXY,extraEnv[1].value=10.0.0.0/8\\,.svc\\,.cluster.local',
    ],
  },
  {
    title:
      'Receptive mode: KAS connects to the agent (jwt.pub holds the JWT public key from GitLab; private-api-jwt a secret ' +
      'made once with openssl rand -base64 48, so every render writes the same Secret)',
    argv: [
      'generate',
      '--agent-token-file',
      'token.txt',
      '--set',
      'config.receptive.enabled=true',
      '--set-file',
      'config.api.jwtPublicKey=jwt.pub',
      '--private-api-jwt-file',
      'private-api-jwt',
    ],
  },
  {
    title: 'Token in an existing Secret (key "token"), so the output holds no secret and can be committed',
    argv: ['generate', '--set', 'config.secretName=gitlab-agent-token', '--output-dir', 'deploy/gitlab-agent'],
  },
  {
    title: 'Install or upgrade as a kubectl ApplySet: objects the new output lacks are deleted (the namespace must exist)',
    argv: ['generate', '--agent-token-file', 'token.txt', '--applyset', 'gitlab-agent-applyset'],
    pipe: '| KUBECTL_APPLYSET=true kubectl apply --server-side -n gitlab-agent --prune --applyset=gitlab-agent-applyset -f -',
  },
  {
    title: 'Same flags as the former agentk generate command',
    argv: [
      'generate',
      '--agent-token-file',
      '-',
      '--kas-address',
      'wss://kas.gitlab.com',
      '--agent-version',
      'v19.6.0',
      '--namespace',
      'gitlab-agent',
    ],
    pipe: '< token.txt',
  },
];

/** Examples of `config validate --help` and `config init --help`; the tests run each of them. */
export const CONFIG_EXAMPLES: readonly HelpExample[] = [
  { title: "Check every agent's configuration of the project (run at its root)", argv: ['config', 'validate'] },
  {
    title: 'GitLab Code Quality report for a merge request, for the GitLab version in use',
    argv: ['config', 'validate', '--gitlab-version', '18.4', '--format', 'codequality'],
    pipe: '> gl-code-quality-report.json',
  },
  {
    title: 'Start the file of a new agent that deploys from the CI/CD jobs of a group',
    argv: ['config', 'init', '--agent-name', 'production', '--ci-access-group', 'my-group/apps', '--default-namespace', 'apps'],
  },
];

/** Examples of `validate --help`. */
export const VALIDATE_EXAMPLES: readonly HelpExample[] = [
  { title: 'Check a values file', argv: ['validate', '-f', 'values.yaml'] },
  {
    title: 'GitLab Code Quality report for a merge request',
    argv: ['validate', '-f', 'values.yaml', '--format', 'codequality'],
    pipe: '> gl-code-quality-report.json',
  },
];

/** Shell words as a user would type them: quoted only where the shell needs it. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Lines longer than this are continued with `\`, one flag and its value per line. */
const EXAMPLE_WIDTH = 100;

function formatExamples(examples: readonly HelpExample[]): string {
  return examples
    .map((example) => {
      const groups: string[] = [PROGRAM_NAME];
      example.argv.forEach((arg, index) => {
        const word = shellWord(arg);
        const previous = example.argv[index - 1];
        const isValue = previous !== undefined && previous.startsWith('-') && (arg === '-' || !arg.startsWith('-'));
        // The command words before the first flag (`config validate`) stay on the first line.
        const isCommandWord = example.argv.slice(0, index + 1).every((word) => !word.startsWith('-'));
        if (isValue || isCommandWord) groups[groups.length - 1] += ` ${word}`;
        else groups.push(word);
      });
      if (example.pipe) groups[groups.length - 1] += ` ${example.pipe}`;
      const oneLine = groups.join(' ');
      const command = oneLine.length + 2 <= EXAMPLE_WIDTH ? oneLine : groups.join(' \\\n      ');
      return `  # ${example.title}\n  ${command}`;
    })
    .join('\n\n');
}

const VALUE_FLAGS_HELP = `Values (as in Helm 3):
  -f, --values FILE               values file; repeatable or comma-separated; "-" reads stdin
      --set KEY=VAL               set values (typed: true, false, null, integers)
      --set-string KEY=VAL        set STRING values
      --set-json KEY=JSON         set JSON values
      --set-file KEY=PATH         set a value to the content of a file ("config.token=PATH"
                                  loses one trailing newline, as a token must have none)
      --set-literal KEY=VAL       set one literal STRING value (commas and backslashes kept)

Token, kept out of shell history and ps:
      --agent-token-file PATH     read config.token from a file ("-" reads stdin); one
                                  trailing newline is removed
      GITLAB_AGENT_TOKEN          environment variable: config.token, below every flag and file;
                                  not used when config.secretName names an existing Secret
      --allow-missing-token       render without config.token and config.secretName on purpose
                                  (a volume or patch of your own provides the token file);
                                  a Secret made elsewhere is named with config.secretName instead
      --private-api-jwt-file PATH receptive mode: the private API secret (32 or more printable
                                  characters), so every render writes the same Secret

Flags of the former agentk generate command:
      --agent-token TOKEN         config.token (visible in ps: prefer --agent-token-file)
      --kas-address URL           config.kasAddress
      --agent-version TAG         image.tag
      --name-prefix PREFIX        release name PREFIX without its trailing "-", so objects are
                                  named PREFIX-gitlab-agent...; not with --release-name
      --no-rbac                   rbac.create=false (no cluster-admin ClusterRoleBinding)
  A legacy flag and a --set* flag for the same key is an error; legacy flags beat -f files.

Release:
      --release-name NAME         Helm release name (default "gitlab-agent")
  -n, --namespace NS              namespace of every namespaced object (default "gitlab-agent")

Chart release (the version command lists them):
      --chart-version VERSION     render that chart release (default: the one matching
                                  --gitlab-version, else the newest, 2.34.0)
      --gitlab-version X.Y[.Z]    your GitLab's version: picks the release whose agentk GitLab
                                  supports, and warns when the agent version is skewed`;

const PRECEDENCE_HELP = `Value flags behave as in Helm 3: chart defaults, then -f files in order, then --set-json,
--set, --set-string, --set-file and --set-literal (by kind, not by position; within one kind
the later flag wins). Every --set flag can be repeated and takes key1=val1,key2=val2.`;

export const MAIN_HELP = `Render the Kubernetes manifests of the official gitlab/gitlab-agent Helm chart without Helm:
${RELEASES_RENDERED}.

Usage:
  ${PROGRAM_NAME} <command> [flags]

Commands:
  generate    print the manifests (YAML stream, JSON List, or a kustomize directory)
  validate    check values without printing manifests (text, JSON or GitLab Code Quality)
  values      print the effective values, chart defaults merged in, secrets redacted
  uninstall   name one agent's objects for kubectl delete -f -, its shared Namespace kept
  schema      print the JSON schema of the values, for editors and CI
  config      the agent configuration file (.gitlab/agents/<name>/config.yaml): validate, init, schema
  register    register an agent and create its token through GitLab's API
  bootstrap   config init, register and generate in one command, nothing committed or applied
  version     print the versions of this tool, the chart and agentk

Quick start (token.txt holds the agent token from GitLab):
  ${PROGRAM_NAME} generate --agent-token-file token.txt | kubectl apply -f -

Run '${PROGRAM_NAME} <command> --help' for the flags and examples of a command.
Exit status: 0 success, 1 invalid values or render error, 2 usage error.
`;

export const GENERATE_HELP = `Print the manifests of the gitlab-agent chart, ready for kubectl apply -f -:
${RELEASES_RENDERED}.

Usage:
  ${PROGRAM_NAME} generate [flags]

${VALUE_FLAGS_HELP}

Output:
      --create-namespace[=BOOL]   prepend a Namespace object (default: true, except for
                                  the namespaces "default" and "kube-*")
  -o, --output yaml|json          a YAML stream (default), or one JSON v1 List
      --output-dir DIR            write one file per object (<kind>-<name>.yaml) and a
                                  kustomization.yaml into DIR instead; DIR must be new, empty
                                  or an earlier output, which is replaced as a whole

Lifecycle (see the README's "Install, upgrade, roll back, uninstall"):
      --managed-by WHO            what app.kubernetes.io/managed-by and the agent's telemetry
                                  installation_method say: gitlab-agent-manifests (default),
                                  helm (the chart's own "Helm" and "helm-chart", byte for byte
                                  helm template's output), or helm-release (helm, plus the
                                  meta.helm.sh annotations helm upgrade needs to adopt them)
      --applyset REF              check the output for kubectl apply --prune --applyset=REF
                                  ([RESOURCE/]NAME, a Secret or a ConfigMap in the namespace),
                                  leave the Namespace out, and print the kubectl command

Fleet (many agents from one file; see the README's "Many agents: generate --fleet"):
      --fleet FILE                render every agent of the fleet file FILE into its own
                                  directory under --output-dir DIR (needed); no value flags
                                  (--managed-by applies to every agent)
      --workers N                 worker threads to render on (0: none; default: one per CPU
                                  but one, from 32 agents on and 3 CPUs up)

RBAC (with --set rbac.profile=least-privilege, our extension):
      --agent-config PATH         the agent configuration file (.gitlab/agents/<name>/config.yaml):
                                  its modules get the rules they need
      --explain-rbac              print each granted rule, its scope and why, not the manifests
  -h, --help                      show this help

From GitLab's API (GITLAB_TOKEN, or --gitlab-token-file, holds an access token with scope api):
      --gitlab-url URL            read the instance's metadata: config.kasAddress and the GitLab
                                  version, where not given (a disabled KAS is an error)
      --gitlab-token-file FILE    the access token from FILE (- for standard input)
      --ca-file FILE              PEM CA certificate(s) to trust for a self-signed instance

${PRECEDENCE_HELP}

Manifests go to standard output, warnings and notes to standard error. When the output holds
the token or a key, standard error says so: such output must not be committed.

Examples:
${formatExamples(GENERATE_EXAMPLES)}
`;

/** Examples of `uninstall --help`; the tests run each of them. */
export const UNINSTALL_EXAMPLES: readonly HelpExample[] = [
  {
    title: 'Remove one agent, keeping the namespace it may share with others',
    argv: ['uninstall', '--release-name', 'prod', '--namespace', 'gitlab-agent'],
    pipe: '| kubectl delete --ignore-not-found -f -',
  },
  {
    title: 'Remove an agent installed as an ApplySet, and the namespace it created alone',
    argv: ['uninstall', '--applyset', 'gitlab-agent-applyset', '--delete-namespace'],
    pipe: '| kubectl delete --ignore-not-found -f -',
  },
];

export const UNINSTALL_HELP = `Print the objects of one agent (apiVersion, kind, name and namespace only, no data) for
kubectl delete -f -, in the reverse of the install order. Give the flags generate was given:
the release name, namespace and values decide which objects there are. The Namespace is left
out unless --delete-namespace says this agent created it alone: deleting a namespace deletes
everything in it, other agents too.

Usage:
  ${PROGRAM_NAME} uninstall [flags]

${VALUE_FLAGS_HELP}

Uninstall:
      --delete-namespace          also delete the Namespace (never default or kube-*)
      --applyset REF              also delete the ApplySet parent kubectl created for
                                  generate --applyset REF
      --agent-config PATH         the agent configuration file, for rbac.profile=least-privilege
  -h, --help                      show this help

Examples:
${formatExamples(UNINSTALL_EXAMPLES)}
`;

export const VALIDATE_HELP = `Check values as generate would, without printing manifests: every problem at once, with its
values path, message and hint (did-you-mean for unknown keys), and the file and line that set it.

Usage:
  ${PROGRAM_NAME} validate [flags]

${VALUE_FLAGS_HELP}

Report:
      --format text|json|codequality
                                  text (default), a JSON report, or a GitLab Code Quality
                                  report (artifacts:reports:codequality); warnings included
      --strict                    warnings fail the run too (exit 1), e.g. the version skew
      --agent-config PATH         the agent configuration file, for rbac.profile=least-privilege
  -h, --help                      show this help

Exit status: 0 valid (warnings allowed unless --strict), 1 invalid, 2 usage error (with
--format json or codequality, standard output then still holds a valid, empty report).

Examples:
${formatExamples(VALIDATE_EXAMPLES)}
`;

export const VALUES_HELP = `Print the effective values as YAML: the chart defaults with every -f, --set* and legacy flag
merged in, as generate renders them. config.token, the TLS private keys and the JWT key are
shown as <redacted> unless --show-secrets is given. Problems and warnings go to standard
error; the exit status is 1 when the values would not render.

Usage:
  ${PROGRAM_NAME} values [flags]

${VALUE_FLAGS_HELP}

Output:
      --show-secrets              print secrets instead of <redacted>
  -h, --help                      show this help
`;

export const SCHEMA_HELP = `Print the JSON schema of a values file (draft-07), self-contained: the Kubernetes API
definitions of resources, tolerations, affinity, … are included, so editors check inside them
too. Editors that use the YAML language server read it from a comment at the top of a values file:

  ${PROGRAM_NAME} schema > values.schema.json
  # yaml-language-server: $schema=./values.schema.json

Usage:
  ${PROGRAM_NAME} schema [--chart-version VERSION]

Flags:
      --chart-version VERSION   the schema of that chart release (default: the newest, which accepts every value)
`;

export const VERSION_HELP = `Print the version of ${PROGRAM_NAME}, of the chart release it renders by default and of its
agentk, then every chart release it can render (chart → agentk) and whether each was verified
against the official chart's output or reconstructed.

Usage:
  ${PROGRAM_NAME} version
  ${PROGRAM_NAME} --version
`;

export const CONFIG_HELP = `Work with the agent configuration file, .gitlab/agents/<agent-name>/config.yaml in the agent's
GitLab project: which projects and groups may use the agent (ci_access, user_access), logging,
container scanning, workspaces and Flux. GitLab rejects the whole file for one unknown key or
wrong type, and the agent then runs without it; these commands catch that before a push.

Usage:
  ${PROGRAM_NAME} config <command> [flags]

Commands:
  validate    check configuration files as GitLab reads them (text, JSON or GitLab Code Quality)
  init        write a new, commented configuration file for an agent
  schema      print the JSON schema of the file, for editors and CI

Run '${PROGRAM_NAME} config <command> --help' for the flags and examples of a command.
`;

export const CONFIG_VALIDATE_HELP = `Check agent configuration files as GitLab reads them (YAML 1.1, unknown keys fatal) and report
every problem at once, each with its line and column, path, message and hint (did-you-mean for
misspelt keys, also when the key belongs at another level), plus warnings for what GitLab
accepts but ignores: entries that are not full paths, duplicates, settings of a newer version
or a higher tier, the removed gitops module, placeholders.

Usage:
  ${PROGRAM_NAME} config validate [PATH...] [flags]

PATH is a file, or "-" for standard input; without one, every .gitlab/agents/*/config.yaml
under the working directory (and any config.yml there, which GitLab never reads).

Flags:
      --format text|json|codequality
                                  text (default), a JSON report, or a GitLab Code Quality
                                  report (artifacts:reports:codequality); warnings included
      --gitlab-version VERSION    the GitLab version the file is for (16.0 or later, such as
                                  18.4): keys it lacks or has removed become warnings, and its
                                  limits apply (default: the newest version this tool knows)
      --tier free|premium|ultimate
                                  warn about settings of a higher tier
      --config-project PATH       full path of the agent's project, to warn about entries
                                  outside its top-level group (default: $CI_PROJECT_PATH)
      --agent-name NAME           the agent's name, for a file read from standard input
      --max-file-size BYTES       the instance's max_configuration_file_size (default 128KiB)
      --strict                    warnings fail the check too
  -h, --help                      show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error (with --format json or
codequality, standard output then still holds a valid, empty report).

Examples:
${formatExamples(CONFIG_EXAMPLES.filter((example) => example.argv[1] === 'validate'))}
`;

export const CONFIG_INIT_HELP = `Write .gitlab/agents/<agent-name>/config.yaml under the working directory (the root of the
agent's project): commented, valid, with the settings the flags give and commented-out examples
of the others. An existing file is kept unless --force is given.

Usage:
  ${PROGRAM_NAME} config init --agent-name NAME [flags]

Flags:
      --agent-name NAME           the agent's name: lower-case letters, digits and -, at most 63
      --ci-access-project PATH    a project whose CI/CD jobs may use the agent (repeatable)
      --ci-access-group PATH      a group whose CI/CD jobs may use the agent (repeatable)
      --default-namespace NS      the namespace of the jobs' kubecontext
      --access-as agent|ci_job|impersonate:USER
                                  the identity of the jobs' requests (ci_job and impersonate:
                                  Premium and Ultimate)
      --environment NAME          only jobs of this environment, * as wildcard (repeatable)
      --protected-branches-only   only jobs on protected branches and tags
      --user-access-project PATH  a project whose members may use the agent (repeatable)
      --user-access-group PATH    a group whose members may use the agent (repeatable)
      --user-access-as agent|user the identity of users' requests (user: Premium and Ultimate)
      --log-level info|debug|warn|error
                                  agentk's log level
      --container-scanning-cadence CRON
                                  scan the cluster on this schedule (Ultimate), such as '0 3 * * *'
      --container-scanning-namespace NS
                                  a namespace to scan (repeatable)
      --force                     replace an existing file
      --stdout                    print the file instead of writing it
  -h, --help                      show this help

Examples:
${formatExamples(CONFIG_EXAMPLES.filter((example) => example.argv[1] === 'init'))}
`;

export const CONFIG_SCHEMA_HELP = `Print the JSON schema of the agent configuration file (draft-07; it ships in the package).
Editors that use the YAML language server validate and complete the file against it:

  ${PROGRAM_NAME} config schema > .gitlab/agent-config.schema.json
  # yaml-language-server: $schema=../../agent-config.schema.json   (first line of each config.yaml)

Usage:
  ${PROGRAM_NAME} config schema
`;

export const REGISTER_HELP = `Register an agent with a GitLab project through GitLab's API (or reuse the agent of that
name), create a new agent token and write it to a file of mode 0600. Also reads the instance's
KAS address and version. The GitLab access token (scope api, role Maintainer on the project)
comes from GITLAB_TOKEN or --gitlab-token-file, never from an argument.

Usage:
  ${PROGRAM_NAME} register --gitlab-url URL --project PATH --agent-name NAME --agent-token-out FILE [flags]

Flags:
      --gitlab-url URL            the GitLab instance, such as https://gitlab.example.com
      --project PATH              the agent's configuration project, such as group/infra (or its id)
      --agent-name NAME           the agent's name: lower-case letters, digits and -, at most 63
      --agent-token-out FILE      where to write the agent token (mode 0600); - prints it on
                                  standard output alone (the summary then goes to standard error)
      --token-name NAME           the token's name (default gitlab-agent-manifests)
      --token-description TEXT    the token's description
      --gitlab-token-file FILE    read the GitLab access token from FILE (- for standard input)
                                  instead of GITLAB_TOKEN
      --ca-file FILE              PEM CA certificate(s) to trust for a self-signed instance
  -h, --help                      show this help

Example:
  GITLAB_TOKEN=... ${PROGRAM_NAME} register --gitlab-url https://gitlab.example.com --project group/infra --agent-name prod --agent-token-out token.txt
`;

export const BOOTSTRAP_HELP = `From nothing to manifests, in one command: write the agent's configuration file (unless it
exists), register the agent through GitLab's API (or reuse it) and create a token, read the KAS
address and GitLab version, and generate the manifests. Nothing is committed or applied: review
what was written, then commit and apply it yourself. Run it in the root of the agent's project.

Usage:
  ${PROGRAM_NAME} bootstrap --gitlab-url URL --project PATH --agent-name NAME [flags] [generate's flags]

Flags:
      --gitlab-url URL            the GitLab instance, such as https://gitlab.example.com
      --project PATH              the agent's configuration project, such as group/infra
      --agent-name NAME           the agent's name: lower-case letters, digits and -, at most 63
      --output-dir DIR            write the manifests into DIR (else they go to standard output)
      --secret-name NAME          keep the token out of the manifests: they name the Secret NAME,
                                  which you create with the kubectl command printed at the end
                                  (needs --agent-token-out)
      --agent-token-out FILE      also write the agent token to FILE (mode 0600)
      --token-name NAME           the token's name (default gitlab-agent-manifests)
      --token-description TEXT    the token's description
      --gitlab-token-file FILE    the GitLab access token from FILE instead of GITLAB_TOKEN
      --ca-file FILE              PEM CA certificate(s) to trust for a self-signed instance
  -h, --help                      show this help
Every flag of generate (-f, --set*, -n, --release-name, --chart-version...) works as there.

Example:
  GITLAB_TOKEN=... ${PROGRAM_NAME} bootstrap --gitlab-url https://gitlab.example.com --project group/infra --agent-name prod --output-dir deploy/agent
`;
