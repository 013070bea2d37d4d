import { execFileSync } from 'node:child_process';

function gitConfig(key: string): string | undefined {
  try {
    return execFileSync('git', ['config', key], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who publishes: `--author`, else `$USER`, else the git identity (`user.name <user.email>`, for
 * containers without a user name). CI jobs should pass `--author` (the pipeline, the commit's author).
 */
export function resolveAuthor(flag: string | undefined, env: Record<string, string | undefined>): string {
  if (flag?.trim()) return flag.trim();
  const user = env.USER || env.USERNAME;
  if (user) return user;
  const name = gitConfig('user.name');
  const email = gitConfig('user.email');
  if (name) return email ? `${name} <${email}>` : name;
  return 'unknown';
}
