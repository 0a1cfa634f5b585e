#!/usr/bin/env node
// Launcher for `npx cabildo …`: the command line is compiled to dist/ when the package is installed (`prepare`).
try {
  await import('../dist/cli.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js')) {
    console.error('cabildo: not built yet. Run "npm run build" in the Cabildo folder first.');
    process.exit(1);
  }
  throw err;
}
