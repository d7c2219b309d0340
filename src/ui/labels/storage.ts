// French words for what the storage and save code report as typed values (storage/schema.ts,
// storage/store.ts, narrative/snapshot.ts, trainer/persist.ts): the core says what happened, this
// module says it to the player. Never a browser's own error text: it is English, technical, and
// says nothing about what to do.
import type { SaveMigration } from '../../narrative/migrate';
import type { RestoreError } from '../../narrative/snapshot';
import { frenchSpacing, frenchTypography } from '../../narrative/typography';
import type { StorageNotice } from '../../storage/schema';
import type { StoreStatus } from '../../storage/store';
import type { TrainerLoadProblem } from '../../trainer/persist';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** One sentence per problem found when loading the stored data. */
export function storageNoticeText(n: StorageNotice): string {
  switch (n.kind) {
    case 'unreadable': return frenchTypography('Vos données enregistrées étaient illisibles : elles ont été remises à zéro.');
    case 'bad-version': return frenchTypography('Vos données enregistrées ne disaient pas de quelle version du jeu elles venaient : ce qui était lisible a été conservé.');
    case 'older': return frenchTypography(`Vos données enregistrées viennent d'une version précédente du jeu (version ${n.version}) : ce qui était lisible a été conservé.`);
    case 'settings-reset': return frenchTypography('Vos réglages étaient abîmés : les réglages par défaut sont rétablis.');
    case 'progress-part-dropped': return frenchTypography('Une partie de votre progression était abîmée et a été effacée ; le reste est conservé.');
    case 'progress-reset': return frenchTypography('Votre progression était abîmée et a été remise à zéro.');
    case 'games-dropped': return frenchTypography(plural(n.count, 'Une partie en cours était abîmée et a été effacée ; le reste est conservé.', 'Des parties en cours étaient abîmées et ont été effacées ; le reste est conservé.'));
    case 'games-unknown-role': return frenchTypography(plural(n.count, 'Une partie en cours était enregistrée pour un rôle que le jeu ne connaît pas (ni étudiant·e ni infirmier·e) : elle a été effacée.', 'Des parties en cours étaient enregistrées pour un rôle que le jeu ne connaît pas (ni étudiant·e ni infirmier·e) : elles ont été effacées.'));
    case 'games-reset': return frenchTypography('La partie en cours était abîmée et a été effacée.');
  }
}

/**
 * The lasting warning shown while nothing is saved: what is not kept, and what to do.
 * null when saving works.
 */
export function storageWarningText(s: StoreStatus): string | null {
  switch (s.kind) {
    case 'ok': return null;
    case 'unavailable':
      return frenchTypography('Votre navigateur ne permet pas d’enregistrer : votre progression et la partie en cours seront perdues à la fermeture de cette page. Pour les garder, quittez la navigation privée ou autorisez ce site à conserver des données, puis rechargez la page.');
    case 'write-failed':
      return frenchTypography('L’enregistrement a échoué : l’espace de stockage du navigateur est plein ou bloqué. Vous pouvez continuer, mais ce qui suit ne sera pas conservé si vous fermez la page. Libérez de l’espace (effacez les données d’autres sites) ou quittez la navigation privée : le jeu réessaie à chaque étape.');
    case 'newer':
      return frenchTypography('Vos données ont été enregistrées par une version plus récente du jeu : cette version-ci les laisse intactes et joue sans rien enregistrer. Ouvrez la version à jour du jeu pour retrouver votre progression.');
    case 'erase-failed':
      return frenchTypography('Vos données n’ont pas pu être effacées de ce navigateur (stockage bloqué). Effacez les données de ce site depuis les réglages du navigateur.');
  }
}

/** What the pause dialog says about saving. */
export function pauseSavingText(s: StoreStatus): string {
  return s.kind === 'ok' ? 'Votre partie est enregistrée à chaque étape.' : frenchTypography('Votre partie n’est pas enregistrée : elle sera perdue si vous fermez la page.');
}

/** « Effacer mes données », done or refused. */
export function eraseText(ok: boolean): string {
  return ok
    ? 'Vos données ont été effacées de ce navigateur. Rien n’avait été envoyé ailleurs.'
    : storageWarningText({ kind: 'erase-failed' })!;
}

const GAME_RESTORE: Record<RestoreError['kind'], string> = {
  corrupted: 'La sauvegarde de cette partie est abîmée et ne peut pas être relue. La partie recommence au début ; vos autres progrès sont conservés.',
  truncated: 'La sauvegarde de cette partie est incomplète (peut-être une fermeture pendant l’enregistrement). La partie recommence au début ; vos autres progrès sont conservés.',
  version: 'Cette sauvegarde vient d’une autre version du jeu et ne peut pas être reprise. La partie recommence au début ; vos autres progrès sont conservés.',
  'other-scenario': 'Cette sauvegarde appartient à un autre scénario. La partie recommence au début ; vos autres progrès sont conservés.',
  'story-changed': 'Le scénario a été modifié depuis cette sauvegarde. La partie recommence au début ; vos autres progrès sont conservés.',
};

/** Why a student's saved game could not be resumed (the game then starts again). */
export function gameRestoreText(e: RestoreError): string {
  return frenchTypography(GAME_RESTORE[e.kind]);
}

const TRAINER_RESTORE: Record<RestoreError['kind'] | TrainerLoadProblem, string> = {
  corrupted: 'La séance enregistrée est abîmée et ne peut pas être reprise : commencez une nouvelle séance.',
  truncated: 'La séance enregistrée est incomplète (peut-être une fermeture pendant l’enregistrement) et ne peut pas être reprise : commencez une nouvelle séance.',
  version: 'La séance enregistrée vient d’une autre version du jeu et ne peut pas être reprise : commencez une nouvelle séance.',
  'other-scenario': 'La séance enregistrée ne correspond pas à son scénario et ne peut pas être reprise : commencez une nouvelle séance.',
  'story-changed': 'Le scénario a été modifié depuis cette séance : elle ne peut pas être reprise. Commencez une nouvelle séance.',
  damaged: 'La séance enregistrée était abîmée et ne peut pas être reprise : commencez une nouvelle séance.',
  'old-version': 'La séance enregistrée vient d’une autre version du jeu et ne peut pas être reprise : commencez une nouvelle séance.',
};

/** Why the trainer's saved session could not be resumed. */
export function trainerRestoreText(kind: RestoreError['kind'] | TrainerLoadProblem): string {
  return frenchTypography(TRAINER_RESTORE[kind]);
}

const choices = (n: number) => (n === 1 ? 'choix' : `${n} choix`);

/** Said when a save made on an earlier version of the scenario was replayed on this one. */
export function migrationText(m: Pick<SaveMigration, 'replayed' | 'total' | 'stoppedAtEnding'>): string {
  const { replayed, total } = m;
  const head = 'Le scénario a été modifié depuis votre dernière partie : ';
  let tail: string;
  if (total === 0) tail = 'la partie reprend dans la nouvelle version.';
  else if (replayed >= total) tail = total === 1 ? 'votre choix a été rejoué dans la nouvelle version.' : `vos ${choices(total)} ont été rejoués dans la nouvelle version.`;
  else if (replayed === 0) {
    tail = `${total === 1 ? 'votre choix n’a pas pu être rejoué' : 'vos choix n’ont pas pu être rejoués'} dans la nouvelle version. La partie recommence au début, dans le même rôle.`;
  } else {
    const done = replayed === 1 ? `votre premier choix (sur ${total}) a pu être rejoué` : `vos ${replayed} premiers choix (sur ${total}) ont pu être rejoués`;
    // The new version may end the story sooner than the saved path went.
    const next = m.stoppedAtEnding ? (replayed === 1 ? 'il mène maintenant à une fin' : 'ils mènent maintenant à une fin') : 'la partie reprend à la décision suivante';
    tail = `${done} ; ${next}.`;
  }
  return frenchSpacing(head + tail);
}
