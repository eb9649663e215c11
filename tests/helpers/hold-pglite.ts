// Opens the embedded database in the folder given as argument and holds it until told to stop,
// standing in for a running server in the lock test.
import { openPglite } from '../../src/db/client.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-pglite.ts <folder>');
const database = await openPglite(dir);
process.stdout.write(`ready ${process.pid}\n`);
const stop = async () => {
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
