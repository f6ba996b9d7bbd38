// Deps: what use cases need from the running application, the database and the configuration.
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';

/** What use cases need from the running application. */
export type Deps = {
  db: Db;
  database: Database;
  config: Config;
};
