// ESLint 9 flat config with typescript-eslint 8's type-aware rules (versions: /work/shared/toolchain.md).
// The set is recommendedTypeChecked minus the rules the code does not follow yet (listed, with why, below):
// the promise, await and template rules stay on, so a floating promise or an awaited non-promise fails CI.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // The no-unsafe-* rules are on for src/ (see the overrides below for the files still reading API
      // answers as `any`); tests read JSON outputs loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // Parsed HCL/YAML values are `unknown` and printed on purpose (evidence shows what was there).
      '@typescript-eslint/no-base-to-string': 'off',
      // `'aws' | string` documents the known values of an open set.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Escaping, binary detection and redaction match control characters on purpose.
      'no-control-regex': 'off',
      // Fakes and in-memory APIs implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    // Tests read bundles, SARIF and API answers as loose JSON and assert on them (and cast fixtures to the
    // shape under test, which this rule would rewrite into explicit type arguments).
    files: ['__tests__/**/*.ts', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off'
    }
  },
  {
    // Still reading GitHub answers as `Record<string, any>`: type them (the fields read, as src/audit/population.ts
    // does) and remove the file from this list.
    files: ['src/collect/collector.ts', 'src/collect/push.ts', 'src/secrets/keywords.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off'
    }
  },
  {
    // expect(obj.method) passes methods around on purpose.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' }
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
