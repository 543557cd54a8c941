// Runs the fetch command in its own process, for the kill -9 test: node --import tsx fetch-child.ts <fetch options>
import { fetchCommand } from '../../../pipeline/fetch/command.ts';

process.exitCode = await fetchCommand(process.argv.slice(2));
