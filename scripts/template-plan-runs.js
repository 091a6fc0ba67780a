// The `generate` runs whose template plans the build ships beside the bundled CLI
// (scripts/bundle-cli.js): the common configurations, so that a CLI run of one of them reads its
// documents through plans instead of parsing each whole. test/shipped-template-plans.test.ts
// checks that the shipped plans are the ones these runs give.
const TOKEN = ['--agent-token', 'glagent-build-plans'];
// Each run must render: the build fails when one does not (a run that stops early ships no plans).
const KAS = ['--kas-address', 'wss://kas.example.com'];

/** @type {readonly (readonly string[])[]} */
export const TEMPLATE_PLAN_RUNS = [
  ['generate', ...TOKEN, ...KAS],
  ['generate', ...TOKEN, ...KAS, '--set', 'rbac.profile=least-privilege'],
  ['generate', '--set', 'config.secretName=gitlab-agent-token', ...KAS],
  // Receptive mode wants the key KAS's calls are signed with (any Ed25519 public key will do here).
  [
    'generate',
    ...TOKEN,
    '--set',
    'config.receptive.enabled=true',
    '--set',
    'config.api.jwtPublicKey=CoeJAaykehIyhDDDuSjcvGD5tib7ARJkr5nYP68AyHs=',
  ],
  ['generate', ...TOKEN, ...KAS, '--set', 'config.observability.enabled=true', '--set', 'serviceMonitor.enabled=true'],
  [
    'generate',
    ...TOKEN,
    ...KAS,
    '--set',
    'resources.requests.cpu=100m',
    '--set',
    'resources.limits.memory=256Mi',
    '--set',
    'nodeSelector.kubernetes\\.io/os=linux',
    '--set-json',
    'extraEnv=[{"name":"HTTPS_PROXY","value":"http://proxy:3128"},{"name":"NO_PROXY","value":".svc"}]',
    '--set-json',
    'tolerations=[{"key":"dedicated","operator":"Equal","value":"agents","effect":"NoSchedule"}]',
    '--set',
    'podLabels.team=platform',
  ],
];
