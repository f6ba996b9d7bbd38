// Every environment variable Chancery reads, validated once at start into a typed Config.
import path from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../shared/common.ts';

/** Every setting Chancery reads from the environment, validated once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  CHANCERY_DATA_DIR: z.string().min(1).default('./data'),
  CHANCERY_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  CHANCERY_DEMO_PASSWORD: z.string().min(8).default('chancery-demo'),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(480),
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(24 * 7),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SECOND_FACTOR_ROLES: z
    .string()
    .trim()
    .refine(
      (v) => v === 'none' || v.split(',').every((r) => (ROLES as readonly string[]).includes(r.trim())),
      `must be "none" or a comma-separated list of roles (${ROLES.join(', ')})`,
    )
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Chancery <chancery@localhost>'),
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(1),
  JOB_POLL_MS: z.coerce.number().int().min(10).default(1000),
  CHANCERY_FILES_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(2048).default(50),
  TEXT_EXTRACTION_MAX_PAGES: z.coerce.number().int().min(1).default(2000),
  TEXT_EXTRACTION_SECONDS: z.coerce.number().min(1).default(60),
  TEXT_EXTRACTION_MEMORY_MB: z.coerce.number().int().min(16).default(256),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  BACKUP_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(19),
  METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  CORS_ORIGINS: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v.split(',').every((o) => /^https?:\/\/[^/\s,]+$/.test(o.trim())),
      'list origins separated by commas, each like https://app.example.org (scheme and host, no path)',
    ),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean | undefined;
  demoPassword: string;
  production: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** How long a resolved session is reused in this process; every process drops it at once on logout, disable, role or password change. */
  sessionCacheMs: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  /** Roles that must sign in with a second factor; undefined when unset (see `rolesRequiringSecondFactor`). */
  secondFactorRoles: Role[] | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  digestHourUtc: number;
  jobPollMs: number;
  /** Where uploaded files are stored; defaults to `files/` in the data folder. */
  filesDir: string;
  uploadMaxBytes: number;
  /** Limits of extracting a file's text for search, in a worker thread; a file over them is stored but not searchable by its text. */
  textExtraction: { maxPages: number; timeoutMs: number; memoryMb: number };
  /** Folder for the scheduled daily backups; none are made when unset. */
  backupDir: string | undefined;
  /** How many scheduled backups to keep (the oldest are removed). */
  backupKeep: number;
  backupHourUtc: number;
  /** Bearer token for `GET /metrics`; the route is not served when unset. */
  metricsToken: string | undefined;
  /** Other sites whose pages may call the API with an API token (CORS); none by default. */
  corsOrigins: string[];
};

export class ConfigError extends Error {}

const truthy = (v: string | undefined) => (v === undefined ? undefined : v === '1' || v === 'true');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid setting ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.CHANCERY_DATA_DIR),
    demo: truthy(e.CHANCERY_DEMO),
    demoPassword: e.CHANCERY_DEMO_PASSWORD,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL,
    trustProxy: truthy(e.TRUST_PROXY) ?? false,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    sessionCacheMs: e.SESSION_CACHE_SECONDS * 1000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    secondFactorRoles:
      e.SECOND_FACTOR_ROLES === undefined
        ? undefined
        : e.SECOND_FACTOR_ROLES === 'none'
          ? []
          : [...new Set(e.SECOND_FACTOR_ROLES.split(',').map((r) => r.trim() as Role))],
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    digestHourUtc: e.DIGEST_HOUR_UTC,
    jobPollMs: e.JOB_POLL_MS,
    filesDir: path.resolve(e.CHANCERY_FILES_DIR ?? path.join(e.CHANCERY_DATA_DIR, 'files')),
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    textExtraction: { maxPages: e.TEXT_EXTRACTION_MAX_PAGES, timeoutMs: e.TEXT_EXTRACTION_SECONDS * 1000, memoryMb: e.TEXT_EXTRACTION_MEMORY_MB },
    backupDir: e.BACKUP_DIR ? path.resolve(e.BACKUP_DIR) : undefined,
    backupKeep: e.BACKUP_KEEP,
    backupHourUtc: e.BACKUP_HOUR_UTC,
    metricsToken: e.METRICS_TOKEN,
    corsOrigins: e.CORS_ORIGINS ? [...new Set(e.CORS_ORIGINS.split(',').map((o) => o.trim()))] : [],
  };
}

/** Roles that must use a second factor by default: those who see and change the most. */
export const DEFAULT_SECOND_FACTOR_ROLES: Role[] = ['admin', 'head'];

/** The roles required to sign in with a second factor: the setting, or the default when it is unset. */
export const rolesRequiringSecondFactor = (config: Config): Role[] => config.secondFactorRoles ?? DEFAULT_SECOND_FACTOR_ROLES;

/**
 * Where links in e-mails and feeds point: `PUBLIC_URL`, or this server's own
 * address (a wildcard listen address such as 0.0.0.0 is no address to link to).
 */
export function linkBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
