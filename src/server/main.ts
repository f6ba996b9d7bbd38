// The `chancery` command line: serve, migrate, seed, user, audit, backup, restore and db copy commands, declared with commander.
import { Command, Option } from 'commander';
import { ROLES } from '../shared/common.ts';
import { backupCommand, dbCopyCommand, restoreCommand } from './cli/backup.ts';
import { auditVerify, migrateOnly, seedDemoCommand } from './cli/maintenance.ts';
import { serve } from './cli/serve.ts';
import { userCreate, userDisable, userEnable, userList, userResetSecondFactor, userSetPassword } from './cli/users.ts';

const program = new Command()
  .name('chancery')
  .description('Chancery — the working system of a permanent mission.\nSettings come from environment variables (see README).')
  // One line on stderr for a usage error, hint included, so scripts and logs get one line per failure.
  .configureOutput({ outputError: (str, write) => write(`${str.split('\n')[0]} (run with --help for usage)\n`) });

program.command('serve').description('Start the web server (applies migrations; loads demo data on a new embedded database)').action(serve);
program.command('migrate').description('Apply database migrations and exit').action(migrateOnly);
program
  .command('seed')
  .description('Load data into the database')
  .requiredOption('--demo', 'load the demo dataset and demo accounts (password from CHANCERY_DEMO_PASSWORD)')
  .action(seedDemoCommand);

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description('Create an account (prints a generated password unless --password is given)')
  .requiredOption('--email <email>', 'e-mail address (sign-in name)')
  .requiredOption('--name <name>', 'display name')
  .addOption(new Option('--role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
  .option('--party <code>', 'party code, for delegates (e.g. ID)')
  .option('--organization <id>', 'organisation id, for liaison officers')
  .addOption(new Option('--language <lang>', 'preferred language').choices(['en', 'ru']).default('en'))
  .option('--password <password>', 'initial password (at least 12 characters)')
  .action(userCreate);
user.command('list').description('List accounts').action(userList);
user.command('disable').description('Disable an account and end its sessions').argument('<email>').action(userDisable);
user.command('enable').description('Enable a disabled account').argument('<email>').action(userEnable);
user
  .command('reset-second-factor')
  .description("Switch off an account's second factor (a lost device) and end its sessions")
  .argument('<email>')
  .action(userResetSecondFactor);
user
  .command('set-password')
  .description('Set a new password (prints a generated one unless --password is given)')
  .argument('<email>')
  .option('--password <password>', 'the new password (at least 12 characters)')
  .action(userSetPassword);

const audit = program.command('audit').description('Audit trail');
audit.command('verify').description('Check the hash chain; exits 1 at the first altered, removed or inserted entry').action(auditVerify);

program
  .command('backup')
  .description('Write a backup of the database and the uploaded files to a file (.tar.gz)')
  .argument('<file>')
  .action(backupCommand);
program
  .command('restore')
  .description('Restore a backup into an empty database and an empty files folder, then migrate it')
  .argument('<file>')
  .action(restoreCommand);
const db = program.command('db').description('Database');
db.command('copy')
  .description('Copy the database and its files into an empty PostgreSQL database, verified by counts and the audit chain')
  .requiredOption('--to <url>', 'the target, postgres://…')
  .option('--files-dir <dir>', 'copy the uploaded files into this folder (default: leave them where they are)')
  .action(dbCopyCommand);

await program.parseAsync(process.argv);
