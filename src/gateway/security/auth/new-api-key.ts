import { isRole } from '../../request/roles';
import { generateApiKey, hashApiKey } from './api-keys';

/**
 * `npm run apikey -- <name> <reader|operator>`: prints a new API key (give it to the client, once) and the entry to add
 * to API_KEYS_FILE, which holds only its SHA-256.
 */
function main(argv: string[]): number {
  const [name, role] = argv;
  if (!name || !/^[A-Za-z0-9._:@-]{1,64}$/.test(name) || !isRole(role)) {
    console.error('usage: npm run apikey -- <name> <reader|operator>   (name: 1–64 letters, digits or . _ : @ -)');
    return 2;
  }
  const key = generateApiKey();
  console.log(`API key for ${name} (shown once; give it to the client):\n  ${key}\n`);
  console.log(`Entry for API_KEYS_FILE ({"keys": [ … ]}):\n  ${JSON.stringify({ name, role, sha256: hashApiKey(key) })}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
