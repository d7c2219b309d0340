// Shared by the step builders: the clock a step is shown at, and leaving the open conversation.
import type { AppId } from '../../types';
import type { LineEnv } from '../line-tags';

export function stamp(env: LineEnv): { time: string | null; date: string | null } {
  return { time: env.ctx.time, date: env.ctx.date };
}

/** A post, a mail, a call or a photo happens outside any conversation. */
export function leaveThread(env: LineEnv, app: AppId): void {
  env.ctx.app = app;
  env.ctx.thread = null;
}
