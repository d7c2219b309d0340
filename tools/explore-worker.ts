// Child process for the bench: explores the stories it is sent, one message per (story, role).
import { explore } from '../src/narrative/explorer';
import type { Role } from '../src/narrative/types';

process.on('message', (msg: { json: string; id: string; role: Role } | 'done') => {
  if (msg === 'done') process.exit(0);
  const t0 = performance.now();
  const ex = explore(msg.json, msg.id, msg.role);
  process.send?.({ id: msg.id, role: msg.role, states: ex.states, ms: performance.now() - t0 });
});
process.send?.('ready');
