// Generated from schemas/values.schema.json and chart/templates by `npm run codegen` (scripts/codegen/generate-secret-values.js). Do not edit.

/** The kinds of `x-secret`: see SECRET_KINDS in scripts/codegen/generate-values-validator.js. */
export type SecretKind = "credential" | "public-key";

export interface SecretValue {
  /** The values path; `*` stands for any key of a map or item of a list. */
  readonly path: readonly string[];
  /** `credential`: a token or private key. `public-key`: public, but hidden all the same. */
  readonly kind: SecretKind;
  /** The data keys of the chart's Secrets that the templates store it under. */
  readonly secretDataKeys: readonly string[];
}

/** Every value the schema marks `x-secret`, in schema order. */
export const SECRET_VALUES: readonly SecretValue[] = [
  { path: ["config","token"], kind: "credential", secretDataKeys: ["token"] },
  { path: ["config","observability","tls","key"], kind: "credential", secretDataKeys: ["tls.key"] },
  { path: ["config","api","jwtPublicKey"], kind: "public-key", secretDataKeys: ["api-jwt"] },
  { path: ["config","api","tls","key"], kind: "credential", secretDataKeys: ["tls.key"] },
  { path: ["config","privateApi","tls","key"], kind: "credential", secretDataKeys: ["private-api-tls-key"] },
];
