// `npm run test:windows`: the Windows smoke test, run on its own (npm test leaves it out).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../../', import.meta.url)),
    include: ['tests/e2e/windows/**/*.test.ts'],
    globalSetup: ['tests/e2e/windows/global-setup.ts'],
    // One Wine prefix for all: files run one after another rather than racing for its first start.
    fileParallelism: false,
  },
});
