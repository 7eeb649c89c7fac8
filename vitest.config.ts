import { defineConfig } from 'vitest/config';

// Dates and number formats in tests must not depend on the machine running them.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
