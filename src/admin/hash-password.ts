// Prints an ADMIN_USERS entry for a name and a password read from stdin: `npx tsx src/admin/hash-password.ts ana`.
import { createInterface } from 'node:readline';
import { hashPassword } from './auth.ts';

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9._@-]+$/.test(name)) {
  process.stderr.write('usage: npx tsx src/admin/hash-password.ts NAME   (then type the password; letters, digits and ._@- in the name)\n');
  process.exit(64);
}
// The password comes from stdin, never argv: command lines end up in shell history and process lists.
if (process.stdin.isTTY) process.stderr.write('password: ');
const rl = createInterface({ input: process.stdin });
rl.once('line', (password) => {
  rl.close();
  if (password.length < 10) {
    process.stderr.write('use at least 10 characters\n');
    process.exit(65);
  }
  process.stdout.write(`${name.toLowerCase()}:${hashPassword(password)}\n`);
});
