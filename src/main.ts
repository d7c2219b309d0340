// Entry point: styles, the app shell, and read-only debug hooks for tests and the bench.
import './styles/main.css';
import { App } from './app/App';
import { installDebug } from './app/debug';

const root = document.getElementById('app');
if (root) {
  const app = new App(root);
  installDebug(app);
  void app.showMenu();
}
