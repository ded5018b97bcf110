/** Jest in ESM mode with ts-jest (see ../shared/toolchain.md). */
import { availableParallelism } from 'node:os'

export default {
  // The engine tier's runs wait on git and on the fake API as much as they compute: on a 2-core runner two
  // workers finish in about half the time jest's default (cores - 1 = one worker) takes.
  maxWorkers: Math.max(2, availableParallelism()),
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000
}
