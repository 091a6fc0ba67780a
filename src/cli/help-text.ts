export const PROGRAM_NAME = 'gitlab-agent-manifests';

export const MAIN_HELP = `Render the Kubernetes manifests of the official gitlab/gitlab-agent Helm chart 2.15.0 without Helm.

Usage:
  ${PROGRAM_NAME} <command> [flags]

Commands:
  generate    print the manifests for the given values on standard output

Run '${PROGRAM_NAME} generate --help' for the flags.
`;

export const GENERATE_HELP = `Print the manifests of the gitlab-agent chart 2.15.0 as one YAML stream, ready for kubectl apply -f -.

Usage:
  ${PROGRAM_NAME} generate [flags]

Flags:
      --release-name NAME         Helm release name (default "gitlab-agent")
  -n, --namespace NS              namespace of every namespaced object (default "gitlab-agent")
      --create-namespace[=BOOL]   prepend a Namespace object (default: true, except for
                                  the namespaces "default" and "kube-*")
  -f, --values FILE               values file; repeatable or comma-separated; "-" reads stdin
      --set KEY=VAL               set values (typed: true, false, null, integers)
      --set-string KEY=VAL        set STRING values
      --set-json KEY=JSON         set JSON values
      --set-file KEY=PATH         set a value to the content of a file
      --set-literal KEY=VAL       set one literal STRING value (commas and backslashes kept)
  -h, --help                      show this help

Value flags behave as in Helm 3: chart defaults, then -f files in order, then --set-json,
--set, --set-string, --set-file and --set-literal (by kind, not by position; within one kind
the later flag wins). Every --set flag can be repeated and takes key1=val1,key2=val2.

Manifests go to standard output, diagnostics to standard error.
Exit status: 0 success, 1 invalid values or render error, 2 usage error.
`;
