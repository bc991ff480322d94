// Vitest configuration: unit tests for pure modules only (the browser tests live in tests/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
