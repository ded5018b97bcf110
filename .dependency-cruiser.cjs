/**
 * Layers of src/ (issue 21: one straight pipeline). A module may import from its own layer and the layers
 * below it, never from a layer above:
 *
 *   5 entry points   action.ts index.ts cli.ts cli-entry.ts bench-entry.ts commands/ report/ audit/ oscal/ demo/
 *                    verify.ts docs/
 *   4 engine         engine.ts engine-parts.ts settings.ts evidence/   (collect → choose policy → evaluate → bundle)
 *   3 collect        collect/                               (the only layer that talks to GitHub, git or the disk)
 *   2 judge          policy/ controls/ evaluate/            (pure: a verdict from a record and a policy)
 *   1 detect         codeowners/ secrets/ iac/              (pure parsers and detectors)
 *   0 model          model/ catalog/ version.ts             (the record, verdict and result types; framework data)
 *
 * There are no exceptions (no known-violations baseline): a shared type belongs to the lowest layer using it.
 */
const L0 = '^src/(model/|catalog/|version\\.ts$)'
const L1 = '^src/(codeowners|secrets|iac)/'
const L2 = '^src/(policy|controls|evaluate)/'
const L3 = '^src/collect/'
const L4 = '^src/(engine\\.ts|engine-parts\\.ts|settings\\.ts|evidence/)'
const ABOVE_0 = [L1, L2, L3, L4, '^src/(action|index|cli|cli-entry|bench-entry|verify)\\.ts$', '^src/(commands|report|audit|oscal|demo|docs)/']
const ABOVE = n => ABOVE_0.slice(n)

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included.',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'judge-not-collect',
      severity: 'error',
      comment: 'controls/ and evaluate/ judge a record; they import nothing from collect/ (fact types live in model/).',
      from: { path: '^src/(controls|evaluate)/' },
      to: { path: '^src/collect/' }
    },
    {
      name: 'model-imports-nothing-above',
      severity: 'error',
      comment: 'Layer 0 (model/, catalog/, version.ts) imports no other layer.',
      from: { path: L0 },
      to: { path: ABOVE(0) }
    },
    {
      name: 'detect-imports-only-model',
      severity: 'error',
      comment: 'Layer 1 (codeowners/, secrets/, iac/) imports only the model and each other.',
      from: { path: L1 },
      to: { path: ABOVE(1) }
    },
    {
      name: 'judge-imports-no-io',
      severity: 'error',
      comment: 'Layer 2 (policy/, controls/, evaluate/) is pure: no collect, engine, evidence, settings or entry points.',
      from: { path: L2 },
      to: { path: ABOVE(2) }
    },
    {
      name: 'collect-not-engine',
      severity: 'error',
      comment: 'Layer 3 (collect/) does not call back into the engine, the bundle or the entry points.',
      from: { path: L3 },
      to: { path: ABOVE(3) }
    },
    {
      name: 'engine-not-entry-points',
      severity: 'error',
      comment: 'Layer 4 (engine.ts, settings.ts, evidence/) does not import reporters, commands or entry points.',
      from: { path: L4 },
      to: { path: ABOVE(4) }
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'Shipped code never imports test helpers or fixtures.',
      from: { path: '^src/' },
      to: { path: '^(__tests__|__fixtures__)/' }
    },
    {
      name: 'src-not-dev-dependencies',
      severity: 'error',
      comment:
        'ncc bundles src/: a runtime import of a devDependency would ship test-only code or fail (bench code excepted: it compares against dev-only peers).',
      from: { path: '^src/', pathNot: '(^src/bench-entry[.]ts$|/bench[.]ts$)' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types']
    }
  }
}
