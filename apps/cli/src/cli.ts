// The stackyard command: runs one command on the real terminal and exits with its code.
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
