// Writes src/generated/kubernetes-definitions.ts: the JSON-schema definitions of every Kubernetes
// type a Kubernetes-typed value (`x-kubernetes-type`) can hold, at any depth, with the API's own
// field sets (`additionalProperties: false`). They are read from kubernetes-models, the package
// whose validators already check these values: its type declarations are generated from the
// Kubernetes OpenAPI spec, one interface per definition, so each interface's properties, their
// optionality (`required`), element types (lists, maps) and references to other definitions are
// the spec's. The strict field check (src/check/schema/kubernetes-fields.ts) walks them, and the
// `schema` command puts them into the values schema, so editors check inside these values too.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { KUBERNETES_TYPE_KEYWORD } from './generate-values-validator.js';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';
import { APIMACHINERY_ROOT, MODELS_ROOT, loadKubernetesModelsValidator } from './kubernetes-models-validators.js';

/**
 * @import { SchemaNode } from './read-values-schema.js'
 * @typedef {Record<string, unknown>} JsonSchema
 * @typedef {{ instancePath: string, keyword: string, params: Record<string, unknown> }} KubernetesValidationError
 * @typedef {((data: unknown, context: { instancePath: string }) => boolean) & { errors?: KubernetesValidationError[] | null }} KubernetesValidator
 */

const OUTPUT_PATH = 'src/generated/kubernetes-definitions.ts';
/**
 * The Kubernetes release kubernetes-models' definitions follow: its changelog of 4.5.0 says
 * "Update schema version to v1.33.0". Codegen refuses another major or minor version of the
 * package, so this line is looked at again when the package is upgraded.
 */
const KUBERNETES_VERSION = '1.33';
const KUBERNETES_MODELS_VERSION = /^4\.5\./;

/**
 * `IoK8sApiCoreV1Toleration` -> the definition `io.k8s.api.core.v1.Toleration`, given its short name.
 *
 * @param {string} identifier
 * @param {string} shortName
 * @returns {string}
 */
function toDefinitionName(identifier, shortName) {
  if (!identifier.endsWith(shortName)) throw new Error(`cannot name ${identifier} (${shortName})`);
  const prefix = identifier.slice(0, -shortName.length).match(/[A-Z][a-z0-9]*/g) ?? [];
  return [...prefix.map((part) => part.toLowerCase()), shortName].join('.');
}

/**
 * The declaration file kubernetes-models ships for a definition, from the definition's name.
 *
 * @param {string} definitionName
 * @returns {string}
 */
function declarationFile(definitionName) {
  const parts = definitionName.split('.');
  const shortName = String(parts.at(-1));
  const packagePath = parts.slice(0, -1);
  if (packagePath.slice(0, 3).join('.') === 'io.k8s.apimachinery') {
    // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta -> @kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta
    return join(APIMACHINERY_ROOT, ...packagePath.slice(4), `${shortName}.d.ts`);
  }
  if (packagePath.slice(0, 3).join('.') === 'io.k8s.api') {
    // io.k8s.api.core.v1.Toleration -> kubernetes-models/v1/Toleration; other groups by their folder
    const [group = '', version = ''] = packagePath.slice(3);
    return join(MODELS_ROOT, ...(group === 'core' ? [] : [group]), version, `${shortName}.d.ts`);
  }
  throw new Error(`no kubernetes-models declaration for ${definitionName}`);
}

/**
 * The declarations of one definition: its interface or type alias, and where each imported
 * identifier (another definition) comes from.
 *
 * @param {string} definitionName
 * @returns {{ declaration: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, imports: Map<string, string> }}
 */
function readDeclarations(definitionName) {
  const file = declarationFile(definitionName);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {Map<string, string>} identifier -> definition name */
  const imports = new Map();
  /** @type {ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined} */
  let declaration;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      if (specifier === '@kubernetes-models/base') continue;
      // The module's file name is the definition's short name (`./Affinity`, `…/resource/Quantity`).
      const shortName = String(specifier.split('/').at(-1));
      const bindings = statement.importClause?.namedBindings;
      for (const element of bindings && ts.isNamedImports(bindings) ? bindings.elements : []) {
        imports.set(element.name.text, toDefinitionName(element.name.text.replace(/^I/, ''), shortName));
      }
    } else if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && !declaration) {
      declaration = statement;
    }
  }
  if (!declaration) throw new Error(`${relative(process.cwd(), file)} declares no type`);
  return { declaration, imports };
}

/**
 * The JSON schema of one TypeScript type of a declaration file. `references` collects the
 * definitions it refers to.
 *
 * @param {ts.TypeNode} node
 * @param {{ imports: Map<string, string>, references: Set<string>, integer: boolean }} context
 * @returns {JsonSchema}
 */
function toSchema(node, context) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: context.integer ? 'integer' : 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return {};
    default:
      break;
  }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: toSchema(node.elementType, context) };
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.flatMap((type) =>
      ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? [type.literal.text] : [],
    );
    if (literals.length === node.types.length) return { type: 'string', enum: literals };
    const kinds = node.types.map((type) => toSchema(type, context)['type']);
    if (kinds.every((kind) => typeof kind === 'string')) return { type: [...new Set(kinds)].sort() };
    throw new Error(`unsupported union type ${node.getText()}`);
  }
  if (ts.isTypeLiteralNode(node)) {
    const [index] = node.members;
    if (node.members.length === 1 && index && ts.isIndexSignatureDeclaration(index) && index.type) {
      return { type: 'object', additionalProperties: toSchema(index.type, context) };
    }
    throw new Error(`unsupported type literal ${node.getText()}`);
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const [element] = node.typeArguments ?? [];
    if (name === 'Array' && element && node.typeArguments?.length === 1) return { type: 'array', items: toSchema(element, context) };
    const definition = context.imports.get(name);
    if (!definition) throw new Error(`unknown type ${name}`);
    context.references.add(definition);
    return { $ref: `#/definitions/${definition}` };
  }
  throw new Error(`unsupported type ${node.getText()}`);
}

/**
 * Whether kubernetes-models' validator wants an integer in `property` (the declarations say
 * `number` for int32, int64 and double alike): it is asked about a fraction there.
 *
 * @param {string} definitionName
 * @param {string} property
 * @returns {boolean}
 */
function wantsInteger(definitionName, property) {
  const validate = loadKubernetesModelsValidator(definitionName);
  validate({ [property]: 0.5 }, { instancePath: '' });
  return (validate.errors ?? []).some(
    (error) => error.instancePath === `/${property}` && error.keyword === 'type' && error.params.type === 'integer',
  );
}

/**
 * Optional fields may be null, as in the API (and kubernetes-models' validators): null means unset.
 *
 * @param {JsonSchema} schema
 * @returns {JsonSchema}
 */
function allowNull(schema) {
  if (Array.isArray(schema['enum'])) return { ...schema, type: [schema['type'], 'null'], enum: [...schema['enum'], null] };
  if (typeof schema['type'] === 'string') return { ...schema, type: [schema['type'], 'null'] };
  if (Array.isArray(schema['type'])) return { ...schema, type: [...schema['type'], 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

/**
 * @param {string} definitionName
 * @returns {{ schema: JsonSchema, references: Set<string> }}
 */
function buildDefinition(definitionName) {
  const { declaration, imports } = readDeclarations(definitionName);
  /** @type {Set<string>} */
  const references = new Set();
  if (ts.isTypeAliasDeclaration(declaration)) {
    const validate = loadKubernetesModelsValidator(definitionName);
    // IntOrString holds an int32: its validator refuses a fraction, Quantity's takes one.
    const integer = !validate(0.5, { instancePath: '' }) && (validate.errors ?? []).some((error) => error.params.type === 'integer');
    return { schema: toSchema(declaration.type, { imports, references, integer }), references };
  }
  // An interface without properties is a free-form object in the spec (FieldsV1, RawExtension).
  if (declaration.members.length === 0) return { schema: { type: 'object' }, references };
  /** @type {Record<string, JsonSchema>} */
  const properties = {};
  /** @type {string[]} */
  const required = [];
  for (const member of declaration.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) {
      throw new Error(`unsupported member in ${definitionName}: ${member.getText()}`);
    }
    const name = member.name.text;
    const integer = member.type.kind === ts.SyntaxKind.NumberKeyword && wantsInteger(definitionName, name);
    const schema = toSchema(member.type, { imports, references, integer });
    if (member.questionToken) properties[name] = allowNull(schema);
    else {
      properties[name] = schema;
      required.push(name);
    }
  }
  return {
    schema: { type: 'object', additionalProperties: false, properties, ...(required.length > 0 ? { required } : {}) },
    references,
  };
}

/**
 * @param {SchemaNode} node
 * @returns {string[]}
 */
function findKubernetesTypes(node) {
  const typeName = node[KUBERNETES_TYPE_KEYWORD];
  const found = typeof typeName === 'string' ? [typeName] : [];
  for (const child of Object.values(node.properties ?? {})) found.push(...findKubernetesTypes(child));
  if (typeof node.additionalProperties === 'object') found.push(...findKubernetesTypes(node.additionalProperties));
  if (typeof node.items === 'object') found.push(...findKubernetesTypes(node.items));
  return found;
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateKubernetesDefinitions() {
  const { version } = JSON.parse(readFileSync(join(MODELS_ROOT, 'package.json'), 'utf8'));
  if (!KUBERNETES_MODELS_VERSION.test(version)) {
    throw new Error(`kubernetes-models ${version}: check the Kubernetes version its definitions follow, then update KUBERNETES_VERSION`);
  }
  const roots = [...new Set(findKubernetesTypes(await readValuesSchema()))].sort();
  /** @type {Record<string, JsonSchema>} */
  const definitions = {};
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (definitions[name]) continue;
    const { schema, references } = buildDefinition(name);
    definitions[name] = schema;
    pending.push(...[...references].filter((reference) => !definitions[reference]));
  }
  const sorted = Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((name) => [name, definitions[name]]),
  );
  const content = [
    formatBanner({ sources: [SCHEMA_PATH, 'node_modules/kubernetes-models'], generator: import.meta.url }),
    `// From kubernetes-models ${version}.`,
    '',
    '/** The Kubernetes release whose API field sets the definitions follow (through kubernetes-models). */',
    `export const KUBERNETES_VERSION = ${JSON.stringify(KUBERNETES_VERSION)};`,
    '',
    '/**',
    ' * The definitions of the types the values schema names (`x-kubernetes-type`) and of every type',
    ' * they hold, as JSON text parsed on first use (src/check/schema/kubernetes-fields.ts): a string',
    ' * costs nothing to load, so runs without a Kubernetes-typed value never build these objects.',
    ' */',
    `export const KUBERNETES_DEFINITIONS_JSON = ${JSON.stringify(JSON.stringify(sorted))};`,
    '',
  ].join('\n');
  return { path: OUTPUT_PATH, content };
}
