// `cabildo`: the command line (bin/cabildo.js runs this file from dist/). It shares the core and the modules with the
// server; see cli/help.ts for the commands and exit codes.
import { main } from './cli/main.js';

// exitCode rather than process.exit(): output piped to another program (a token) is flushed before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
