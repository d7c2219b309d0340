// Entry point: trainer windows from the URL (?mode=formateur / ?mode=presentateur), otherwise the
// game. Trainer mode is its own chunk so a student's first screen never downloads it.
import './styles/main.css';
import { App } from './app/App';
import { installDebug } from './app/debug';

async function boot(root: HTMLElement): Promise<void> {
  const mode = new URLSearchParams(location.search).get('mode');
  if (mode === 'formateur' || mode === 'presentateur') {
    const { startTrainerFromUrl } = await import('./trainer');
    const handle = await startTrainerFromUrl(root, {
      onExit: () => {
        location.href = location.pathname;
      },
    });
    if (handle) return;
  }
  const app = new App(root);
  installDebug(app);
  await app.showMenu();
}

const root = document.getElementById('app');
if (root) void boot(root);
