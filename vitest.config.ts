import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The Windows smoke test runs under Wine on its own: `npm run test:windows`.
    exclude: [...configDefaults.exclude, 'tests/e2e/windows/**'],
  },
});
